package org.voarchive.ingest.stream;

import java.io.IOException;
import java.io.InputStream;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.voarchive.db.Transactions;
import org.voarchive.ingest.catalog.Item;
import org.voarchive.ingest.catalog.ItemRepository;
import org.voarchive.ingest.frame.FrameReader;
import org.voarchive.ingest.frame.Keywords;
import org.voarchive.ingest.store.ArchiveStore;

/**
 * Lands one file: its bytes go into the store while their SHA-256 is computed, and one transaction
 * records the ingest item. The same bytes landed again change nothing; a file the archive cannot even
 * name (not FITS, truncated header, no ARCFILE) or whose ARCFILE another file already holds is kept in
 * the quarantine area with the reason, so nothing the observatory sent is ever lost.
 */
public final class Landing {

    /** Serialises landings across processes, so two copies of one ARCFILE cannot both win. */
    private static final long LOCK = 0x766f_6c61_6e64L;

    private final DataSource dataSource;
    private final ArchiveStore store;

    public Landing(DataSource dataSource, ArchiveStore store) {
        this.dataSource = dataSource;
        this.store = store;
    }

    /** What became of a landed file. */
    public record Result(Outcome outcome, Item item) {
    }

    /** ACCEPTED: new and on its way; DUPLICATE: these bytes were landed before; QUARANTINED: refused. */
    public enum Outcome {
        ACCEPTED, DUPLICATE, QUARANTINED
    }

    public Result land(InputStream in, String sourceName) throws IOException, SQLException {
        ArchiveStore.Received received = store.receive(in);
        try {
            return Transactions.run(dataSource, c -> {
                try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, LOCK);
                    lock.execute();
                }
                Optional<Item> existing = ItemRepository.bySha(c, received.sha256());
                if (existing.isPresent()) {
                    return new Result(Outcome.DUPLICATE, existing.get());
                }
                Refusal refusal = null;
                String arcfile = null;
                String instrument = null;
                try {
                    Keywords primary = FrameReader.headers(received.temp()).get(0);
                    instrument = primary.value("INSTRUME").filter(String.class::isInstance)
                            .map(v -> ((String) v).strip()).orElse(null);
                    arcfile = primary.value("ARCFILE").filter(String.class::isInstance)
                            .map(v -> ((String) v).strip()).orElse(null);
                    if (arcfile == null || !arcfile.matches("[A-Za-z0-9_.:-]+\\.fits")) {
                        refusal = new Refusal("MISSING_KEYWORD", "ARCFILE is missing or not a file name; the archive cannot name the file");
                    } else if (ItemRepository.byArcfile(c, arcfile).isPresent()) {
                        refusal = new Refusal("ARCFILE_CONFLICT", "another file with different content already holds ARCFILE " + arcfile);
                    }
                } catch (FrameReader.FrameException e) {
                    refusal = new Refusal(e.code(), e.getMessage());
                }
                String storePath = refusal == null
                        ? "raw/" + safe(instrument) + "/" + arcfile
                        : "quarantine/" + received.sha256() + "-" + safe(sourceName);
                commit(received, storePath);
                long id = ItemRepository.insert(c, received.sha256(), sourceName, refusal == null ? arcfile : null,
                        instrument, storePath, refusal == null ? "ACTIVE" : "QUARANTINED",
                        refusal == null ? null : refusal.code, refusal == null ? null : refusal.message);
                return new Result(refusal == null ? Outcome.ACCEPTED : Outcome.QUARANTINED,
                        ItemRepository.byId(c, id).orElseThrow());
            });
        } finally {
            received.discard();
        }
    }

    private void commit(ArchiveStore.Received received, String storePath) throws SQLException {
        try {
            store.commit(received.temp(), storePath);
        } catch (IOException e) {
            throw new SQLException("cannot store " + storePath + ": " + e.getMessage(), e);
        }
    }

    private static String safe(String name) {
        if (name == null || name.isBlank()) {
            return "UNKNOWN";
        }
        String cleaned = name.replaceAll("[^A-Za-z0-9_.:-]", "_");
        return cleaned.startsWith(".") ? "_" + cleaned : cleaned;
    }

    private record Refusal(String code, String message) {
    }
}
