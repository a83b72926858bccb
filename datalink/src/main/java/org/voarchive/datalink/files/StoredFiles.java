package org.voarchive.datalink.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.voarchive.db.files.ArchivedFile;
import org.voarchive.db.files.ReleasedFiles;
import org.voarchive.server.access.Caller;
import org.voarchive.server.config.ArchiveConfig;

/**
 * The files of the archive store a caller may have, and where they are on disk. Lookups run as the query
 * role on the caller's behalf, so a proprietary file of someone else's programme is not found. Thread
 * safe.
 */
@ApplicationScoped
public class StoredFiles {

    @Inject
    DataSource dataSource;

    @Inject
    ArchiveConfig config;

    /**
     * A file by its ARCFILE, or empty when there is none or it is proprietary and the caller is not
     * entitled to it: the two look the same.
     */
    public Optional<ArchivedFile> find(String arcfile, Caller caller) {
        try {
            return new ReleasedFiles(dataSource, config.readerRole(), caller).byArcfile(arcfile);
        } catch (SQLException e) {
            throw new IllegalStateException("the archive database did not answer: " + e.getMessage(), e);
        }
    }

    /** The root of the store: {@code <data dir>/store}. */
    public Path root() {
        return config.dataDir().resolve("store").toAbsolutePath().normalize();
    }

    /**
     * Where a file is on disk.
     *
     * @throws IllegalStateException when its recorded path leads outside the store, which only a corrupt
     *     record can cause
     */
    public Path path(ArchivedFile file) {
        Path root = root();
        Path path = root.resolve(file.storePath()).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalStateException("store path of " + file.arcfile() + " leaves the store");
        }
        return path;
    }
}
