package org.voarchive.ingest.pipeline;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.voarchive.ingest.catalog.Item;
import org.voarchive.ingest.catalog.RawFrame;
import org.voarchive.ingest.catalog.RawFrameRepository;
import org.voarchive.ingest.frame.FrameReader;
import org.voarchive.ingest.frame.Keywords;
import org.voarchive.ingest.publish.PublishedProduct;

/**
 * One item as the stages see it: its stored file, its headers (read once, on first use) and, once
 * classified, its raw-frame row. A runner that resumes after a restart builds a fresh context, so
 * nothing here may hold state that is not also in the database or the store.
 */
public final class FrameContext {

    private final Item item;
    private final Path file;
    private List<Keywords> headers;
    private RawFrame raw;
    private PublishedProduct published;

    public FrameContext(Item item, Path file) {
        this.item = item;
        this.file = file;
    }

    public Item item() {
        return item;
    }

    public Path file() {
        return file;
    }

    public String arcfile() {
        return item.arcfile();
    }

    public List<Keywords> headers() throws Rejection {
        if (headers == null) {
            try {
                headers = FrameReader.headers(file);
            } catch (FrameReader.FrameException e) {
                throw new Rejection(e.code(), e.getMessage());
            }
        }
        return headers;
    }

    public Keywords primary() throws Rejection {
        return headers().get(0);
    }

    /** The classified frame; only stages after classify may ask. */
    public RawFrame raw(Connection c) throws SQLException {
        if (raw == null) {
            raw = RawFrameRepository.byArcfile(c, item.arcfile())
                    .orElseThrow(() -> new IllegalStateException(item.arcfile() + " was not classified"));
        }
        return raw;
    }

    /** The classified frame if a stage of this run read or wrote it, without asking the database. */
    Optional<RawFrame> classification() {
        return Optional.ofNullable(raw);
    }

    void classified(RawFrame frame) {
        this.raw = frame;
    }

    /** What publish made of this frame, for the listeners told after the commit. */
    PublishedProduct published() {
        return published;
    }

    void published(PublishedProduct product) {
        this.published = product;
    }
}
