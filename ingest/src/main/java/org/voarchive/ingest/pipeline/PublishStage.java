package org.voarchive.ingest.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.voarchive.db.obscore.ObsCoreInserter;
import org.voarchive.db.obscore.ObsCoreRecord;
import org.voarchive.ingest.catalog.FileRepository;
import org.voarchive.ingest.catalog.ProductRepository;
import org.voarchive.ingest.catalog.ProvenanceRepository;
import org.voarchive.ingest.catalog.RawFrame;
import org.voarchive.ingest.catalog.StoredFile;
import org.voarchive.ingest.frame.FrameReader;
import org.voarchive.ingest.frame.Keywords;
import org.voarchive.ingest.phase3.Phase3Validator;
import org.voarchive.ingest.phase3.Violation;
import org.voarchive.ingest.publish.ObsCoreMapping;
import org.voarchive.ingest.publish.PublishedListener;
import org.voarchive.ingest.publish.PublishedProduct;
import org.voarchive.ingest.store.ArchiveStore;

/**
 * Checks the product against the Phase 3 rules of its category and publishes it in one transaction:
 * the file record and headers, the product row, the provenance link from the reduction to the product,
 * and the {@code ivoa.obscore} row that makes it queryable. Listeners hear of it once that committed.
 * The product inherits the release date of its science frame, so it stays as private as its raw data.
 */
public final class PublishStage implements Stage {

    private static final Logger LOG = Logger.getLogger(PublishStage.class.getName());

    private final ArchiveStore store;
    private final ObsCoreMapping.Publisher publisher;
    private final List<PublishedListener> listeners;
    private final Phase3Validator validator = new Phase3Validator();

    public PublishStage(ArchiveStore store, ObsCoreMapping.Publisher publisher, List<PublishedListener> listeners) {
        this.store = store;
        this.publisher = publisher;
        this.listeners = listeners;
    }

    @Override
    public String name() {
        return "publish";
    }

    @Override
    public Outcome run(FrameContext frame, Connection c) throws Rejection, SQLException, IOException {
        RawFrame raw = frame.raw(c);
        String storePath = ReduceStage.productPath(raw);
        Path file = store.resolve(storePath);
        String name = file.getFileName().toString();
        List<Violation> violations = validator.validate(file);
        if (!violations.isEmpty()) {
            throw new Rejection("PHASE3_INVALID", violations.stream()
                    .map(v -> v.code() + " " + v.hdu() + "/" + v.keyword() + ": " + v.message())
                    .collect(Collectors.joining("; ")));
        }
        List<Keywords> headers;
        try {
            headers = FrameReader.headers(file);
        } catch (FrameReader.FrameException e) {
            throw new Rejection(e.code(), e.getMessage());
        }
        StoredFile source = FileRepository.byArcfile(c, raw.arcfile()).orElseThrow();
        long size = Files.size(file);
        FileRepository.insert(c, new StoredFile(name, "product", raw.instrument(), ArchiveStore.sha256Of(file), size,
                "application/fits", storePath, name, source.progId(), source.releaseDate()));
        FileRepository.insertKeywords(c, name, headers);
        ProvenanceRepository.recordGeneration(c, ArchiveNames.activity(name), name);
        ObsCoreRecord row = ObsCoreMapping.map(headers.get(0), name, size, Instant.now(),
                source.releaseDate().toInstant(ZoneOffset.UTC), publisher);
        ProductRepository.insert(c, name, row.obsPublisherDid(), row.dataproductSubtype(), raw.instrument(), raw.arcfile());
        ObsCoreInserter.insert(c, List.of(row).iterator());
        frame.published(new PublishedProduct(name, raw.arcfile(), row));
        return Outcome.DONE;
    }

    @Override
    public void afterCommit(FrameContext frame) {
        PublishedProduct product = frame.published();
        if (product == null) {
            return;
        }
        for (PublishedListener listener : listeners) {
            try {
                listener.published(product);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a listener failed on " + product.arcfile(), e);
            }
        }
    }
}
