package org.voarchive.ingest.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.voarchive.db.Transactions;
import org.voarchive.ingest.catalog.AssociationRepository;
import org.voarchive.ingest.catalog.DbCalibrationCatalog;
import org.voarchive.ingest.catalog.FileRepository;
import org.voarchive.ingest.catalog.Item;
import org.voarchive.ingest.catalog.ItemRepository;
import org.voarchive.ingest.catalog.MasterRepository;
import org.voarchive.ingest.catalog.ProvenanceRepository;
import org.voarchive.ingest.catalog.RawFrame;
import org.voarchive.ingest.catalog.RawFrameRepository;
import org.voarchive.ingest.catalog.StoredFile;
import org.voarchive.ingest.frame.FrameReader;
import org.voarchive.ingest.frame.Keywords;
import org.voarchive.ingest.reduce.MasterRequest;
import org.voarchive.ingest.reduce.MasterResult;
import org.voarchive.ingest.reduce.Reducer;
import org.voarchive.ingest.reduce.ReductionException;
import org.voarchive.ingest.rules.Association;
import org.voarchive.ingest.rules.Associator;
import org.voarchive.ingest.rules.GroupRule;
import org.voarchive.ingest.rules.InstrumentRules;
import org.voarchive.ingest.rules.NeedResult;
import org.voarchive.ingest.rules.ProcessRule;
import org.voarchive.ingest.rules.ProductType;
import org.voarchive.ingest.rules.RuleBook;
import org.voarchive.ingest.rules.Selection;
import org.voarchive.ingest.store.ArchiveStore;

/**
 * Turns complete calibration groups into master calibrations. A group is complete when all the
 * exposures its template announced (TPL NEXP) have arrived, or, once the stream has gone quiet, when it
 * has at least the rule's minimum. A master's own needs (a master flat needs a master bias) are
 * associated like a science frame's; a group whose needs are not there yet waits for the next round.
 *
 * <p>One transaction records the master file, its headers, QC, associations and provenance. The file
 * name comes from the group's first frame, so a round repeated after a crash rewrites the same file; a
 * group whose reduction fails has its frames quarantined with the reducer's reason.
 */
public final class MasterMaker {

    private static final Logger LOG = Logger.getLogger(MasterMaker.class.getName());

    private final DataSource dataSource;
    private final ArchiveStore store;
    private final RuleBook rules;
    private final Associator associator;
    private final DbCalibrationCatalog calibrations;
    private final Reducer reducer;
    private final QcRecorder qc;

    public MasterMaker(DataSource dataSource, ArchiveStore store, RuleBook rules, DbCalibrationCatalog calibrations,
                       QcRecorder qc, Reducer reducer) {
        this.dataSource = dataSource;
        this.store = store;
        this.rules = rules;
        this.associator = new Associator(rules);
        this.calibrations = calibrations;
        this.qc = qc;
        this.reducer = reducer;
    }

    /**
     * Makes the masters that can be made now.
     *
     * @param quiet whether the stream has gone quiet, so that groups short of their announced size are made too
     * @return how many masters were made
     */
    public int run(boolean quiet) throws SQLException {
        int made = 0;
        List<String[]> groups = Transactions.run(dataSource, RawFrameRepository::groupsWithoutMaster);
        for (String[] group : groups) {
            InstrumentRules instrument = rules.require(group[0]);
            ProcessRule process = instrument.processRule(group[1]).orElse(null);
            GroupRule rule = instrument.groupRule(group[1]).orElse(null);
            if (process == null || rule == null || process.productType() != ProductType.MASTER) {
                continue;
            }
            if (make(instrument.instrument(), process, rule, group[2], quiet)) {
                made++;
            }
        }
        return made;
    }

    private boolean make(String instrument, ProcessRule process, GroupRule rule, String groupKey, boolean quiet)
            throws SQLException {
        List<RawFrame> frames = Transactions.run(dataSource, c -> RawFrameRepository.group(c, groupKey));
        int announced = frames.stream().map(RawFrame::tplNexp).filter(Objects::nonNull).max(Integer::compare).orElse(0);
        if (!rule.isComplete(frames.size()) || (!quiet && frames.size() < announced)) {
            return false;
        }
        RawFrame first = frames.get(0);
        double mjd = frames.stream().mapToDouble(RawFrame::mjdObs).average().orElseThrow();
        Prepared prepared = Transactions.run(dataSource, c -> prepare(c, instrument, process, first, frames, mjd));
        if (prepared == null) {
            return false;
        }
        String name = ArchiveNames.master(instrument, first.dateObs());
        Path temp = store.temporaryFile(".fits");
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC);
        MasterResult result;
        try {
            result = reducer.master(new MasterRequest(instrument, process.productTag(), prepared.raws, prepared.masters, temp));
        } catch (ReductionException | RuntimeException e) {
            quarantineGroup(frames, "MASTER_FAILED", process.recipe() + " could not make " + process.productTag()
                    + ": " + e.getMessage());
            deleteQuietly(temp);
            return false;
        }
        LocalDateTime end = LocalDateTime.now(ZoneOffset.UTC);
        String storePath = "masters/" + instrument + "/" + name;
        try {
            String sha = ArchiveStore.sha256Of(temp);
            long size = Files.size(temp);
            List<Keywords> headers = FrameReader.headers(temp);
            store.commit(temp, storePath);
            Transactions.run(dataSource, c -> {
                FileRepository.insert(c, new StoredFile(name, "master", instrument, sha, size, "application/fits",
                        storePath, name, first.progId(), first.dateObs()));
                FileRepository.insertKeywords(c, name, headers);
                MasterRepository.insert(c, new MasterRepository.Master(name, instrument, process.productTag(),
                        groupKey, first.setup(), mjd, first.night(), result.recipe()));
                qc.record(c, name, instrument, process.productTag(), first.setup(), mjd, first.night(), result.qc());
                AssociationRepository.replace(c, name, links(name, prepared.association));
                Map<String, String> used = new LinkedHashMap<>();
                frames.forEach(f -> used.put(f.arcfile(), f.tag()));
                prepared.chosen.forEach(used::put);
                ProvenanceRepository.recordActivity(c, ArchiveNames.activity(name), result.recipe(), start, end,
                        "reducer " + reducer.name() + ", " + frames.size() + " raw frames", used);
                ProvenanceRepository.recordGeneration(c, ArchiveNames.activity(name), name);
                return null;
            });
        } catch (IOException | FrameReader.FrameException e) {
            throw new SQLException("cannot store master " + name + ": " + e.getMessage(), e);
        }
        calibrations.forget();
        LOG.info(() -> "made " + process.productTag() + " " + name + " from " + frames.size() + " frames");
        return true;
    }

    /** The inputs of a master, or null when a master it needs is not there yet. */
    private Prepared prepare(Connection c, String instrument, ProcessRule process, RawFrame first,
                             List<RawFrame> frames, double mjd) throws SQLException {
        Keywords keywords = FileRepository.primaryKeywords(c, first.arcfile());
        Association association = associator.associate(instrument, first.tag(), keywords, mjd, calibrations.on(c));
        if (!association.complete()) {
            return null;
        }
        List<Path> raws = new ArrayList<>();
        for (RawFrame f : frames) {
            raws.add(store.resolve(FileRepository.byArcfile(c, f.arcfile()).orElseThrow().storePath()));
        }
        Map<String, Path> masters = new HashMap<>();
        Map<String, String> chosen = new LinkedHashMap<>();
        for (NeedResult need : association.needs()) {
            for (Selection s : need.selected()) {
                masters.put(need.need().tag(), store.resolve(FileRepository.byArcfile(c, s.candidate().id()).orElseThrow().storePath()));
                chosen.put(s.candidate().id(), need.need().tag());
            }
        }
        return new Prepared(raws, masters, chosen, association);
    }

    static List<AssociationRepository.Link> links(String subject, Association association) {
        List<AssociationRepository.Link> links = new ArrayList<>();
        for (NeedResult need : association.needs()) {
            switch (need.status()) {
                case SATISFIED -> need.selected().forEach(s -> links.add(new AssociationRepository.Link(subject,
                        need.need().tag(), s.candidate().id(), s.deltaMjd(), "CHOSEN", null)));
                case MISSING -> links.add(new AssociationRepository.Link(subject, need.need().tag(), null, null,
                        "MISSING", need.reason()));
                case OPTIONAL_ABSENT -> links.add(new AssociationRepository.Link(subject, need.need().tag(), null,
                        null, "ABSENT", need.reason()));
            }
        }
        return links;
    }

    private void quarantineGroup(List<RawFrame> frames, String code, String reason) throws SQLException {
        LOG.warning(reason);
        Transactions.run(dataSource, c -> {
            for (RawFrame f : frames) {
                Optional<Item> item = ItemRepository.byArcfile(c, f.arcfile());
                if (item.isPresent()) {
                    ItemRepository.quarantine(c, item.get().id(), code, reason);
                }
            }
            return null;
        });
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.fine(() -> "could not delete " + p + ": " + e.getMessage());
        }
    }

    private record Prepared(List<Path> raws, Map<String, Path> masters, Map<String, String> chosen,
                            Association association) {
    }
}
