package org.voarchive.ingest.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Collectors;
import org.voarchive.ingest.catalog.AssociationRepository;
import org.voarchive.ingest.catalog.DbCalibrationCatalog;
import org.voarchive.ingest.catalog.FileRepository;
import org.voarchive.ingest.catalog.RawFrame;
import org.voarchive.ingest.catalog.StoredFile;
import org.voarchive.ingest.frame.Keywords;
import org.voarchive.ingest.rules.Association;
import org.voarchive.ingest.rules.AssociationTree;
import org.voarchive.ingest.rules.AssociationTreeXml;
import org.voarchive.ingest.rules.CalibrationCatalog;
import org.voarchive.ingest.rules.Associator;
import org.voarchive.ingest.rules.Candidate;
import org.voarchive.ingest.rules.RuleBook;
import org.voarchive.ingest.rules.NeedResult;
import org.voarchive.ingest.store.ArchiveStore;

/**
 * Finds the calibrations a science frame needs by its instrument's rules, records the choice (and what
 * is missing, which the completeness report shows), and stores the whole cascade as an association tree
 * file. A frame whose mandatory calibrations are not there yet waits; it is tried again whenever new
 * calibrations arrive.
 */
public final class AssociateStage implements Stage {

    private final Associator associator;
    private final DbCalibrationCatalog calibrations;
    private final ArchiveStore store;

    public AssociateStage(RuleBook rules, DbCalibrationCatalog calibrations, ArchiveStore store) {
        this.associator = new Associator(rules);
        this.calibrations = calibrations;
        this.store = store;
    }

    @Override
    public String name() {
        return "associate";
    }

    @Override
    public Outcome run(FrameContext frame, Connection c) throws SQLException, IOException {
        RawFrame raw = frame.raw(c);
        Keywords keywords = FileRepository.primaryKeywords(c, raw.arcfile());
        CalibrationCatalog catalog = calibrations.on(c);
        Association association = associator.associate(raw.instrument(), raw.tag(), keywords, raw.mjdObs(), catalog);
        AssociationRepository.replace(c, raw.arcfile(), MasterMaker.links(raw.arcfile(), association));
        if (!association.complete()) {
            return Outcome.waitFor("CALIBRATION_MISSING", association.missing().stream()
                    .map(NeedResult::reason).collect(Collectors.joining("; ")));
        }
        AssociationTree tree = associator.tree(raw.instrument(),
                new Candidate(raw.arcfile(), raw.tag(), keywords, raw.mjdObs(), false, Candidate.Kind.RAW), catalog);
        storeTree(c, raw, tree);
        return Outcome.CONTINUE;
    }

    static String treeName(String arcfile) {
        return arcfile.replaceFirst("\\.fits$", "") + ".assoc.xml";
    }

    private void storeTree(Connection c, RawFrame raw, AssociationTree tree) throws SQLException, IOException {
        String name = treeName(raw.arcfile());
        String storePath = "associations/" + raw.instrument() + "/" + name;
        java.nio.file.Path temp = store.temporaryFile(".xml");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            AssociationTreeXml.write(tree, out);
        }
        String sha = ArchiveStore.sha256Of(temp);
        long size = Files.size(temp);
        store.commit(temp, storePath);
        StoredFile source = FileRepository.byArcfile(c, raw.arcfile()).orElseThrow();
        FileRepository.insert(c, new StoredFile(name, "association", raw.instrument(), sha, size,
                "application/xml", storePath, null, source.progId(), source.releaseDate()));
    }
}
