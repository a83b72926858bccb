package org.voarchive.ingest.pipeline;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.voarchive.db.Transactions;
import org.voarchive.ingest.catalog.Item;
import org.voarchive.ingest.catalog.ItemRepository;
import org.voarchive.ingest.store.ArchiveStore;

/**
 * Runs an item through the stages after its checkpoint, one transaction per stage. The checkpoint is a
 * compare-and-set on the item's stage, so two runners can never both complete the same stage.
 *
 * <p>A {@link Rejection} quarantines the item with its code. So does any other failure of the stage's
 * own code (a reducer that trips over odd pixels), with code {@code STAGE_ERROR}: one bad file must not
 * stop the stream. A database failure does stop the run, leaving the item where it was.
 */
public final class StageRunner {

    private static final Logger LOG = Logger.getLogger(StageRunner.class.getName());

    private final DataSource dataSource;
    private final ArchiveStore store;
    private final List<Stage> stages;

    public StageRunner(DataSource dataSource, ArchiveStore store, List<Stage> stages) {
        this.dataSource = dataSource;
        this.store = store;
        this.stages = List.copyOf(stages);
    }

    /**
     * Where an item stands after a run.
     *
     * @param state       ACTIVE, WAITING, DONE or QUARANTINED
     * @param calibration whether it is a calibration frame that completed its stages, which other frames
     *                    may have been waiting for
     */
    public record Settled(String state, boolean calibration) {
    }

    /** Runs the item as far as it can go now. */
    public Settled run(Item item) throws SQLException {
        FrameContext frame = new FrameContext(item, store.resolve(item.storePath()));
        String state = advance(item, frame);
        boolean calibration = state.equals("DONE") && frame.classification()
                .map(raw -> raw.category().equals("CALIB")).orElse(false);
        return new Settled(state, calibration);
    }

    private String advance(Item item, FrameContext frame) throws SQLException {
        String completed = item.stage();
        int i = next(completed);
        while (i < stages.size()) {
            int first = i;
            String from = completed;
            Step step;
            try {
                step = Transactions.run(dataSource, c -> runUnit(item, frame, c, first, from));
            } catch (StageFailure failure) {
                quarantine(item, failure.code, failure.stage + ": " + failure.getMessage());
                return "QUARANTINED";
            }
            for (int k = first; k <= step.last; k++) {
                stages.get(k).afterCommit(frame);
            }
            if (!step.state.equals("ACTIVE")) {
                return step.state;
            }
            completed = step.completed;
            i = step.last + 1;
        }
        return "DONE";
    }

    /**
     * Runs stages from {@code first} in one transaction: those that are not {@link Stage#checkpointed()}
     * share it with the next one that is, so the header-level stages of a frame cost one commit.
     */
    private Step runUnit(Item item, FrameContext frame, Connection c, int first, String from) throws SQLException {
        for (int j = first; ; j++) {
            Stage stage = stages.get(j);
            Outcome o = runStage(stage, frame, c);
            boolean last = j == stages.size() - 1;
            if (o.kind() == Outcome.Kind.CONTINUE && !stage.checkpointed() && !last) {
                continue;
            }
            String to = o.kind() == Outcome.Kind.WAIT ? (j == first ? from : stages.get(j - 1).name()) : stage.name();
            String state = switch (o.kind()) {
                case WAIT -> "WAITING";
                case DONE -> "DONE";
                case CONTINUE -> last ? "DONE" : "ACTIVE";
            };
            if (!ItemRepository.advance(c, item.id(), from, to, state, o.code(), o.reason())) {
                throw new SQLException("item " + item.id() + " left stage " + from + " under another runner");
            }
            return new Step(j, to, state);
        }
    }

    /** What one transaction did: the last stage it ran, the checkpoint it wrote and the item's state. */
    private record Step(int last, String completed, String state) {
    }

    private static Outcome runStage(Stage stage, FrameContext frame, Connection c) throws SQLException {
        try {
            return stage.run(frame, c);
        } catch (Rejection r) {
            throw new StageFailure(stage.name(), r.code(), r.getMessage());
        } catch (RuntimeException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            LOG.log(Level.WARNING, "stage " + stage.name() + " failed on " + frame.arcfile(), e);
            throw new StageFailure(stage.name(), "STAGE_ERROR", e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "stage " + stage.name() + " failed on " + frame.arcfile(), e);
            throw new StageFailure(stage.name(), "STAGE_ERROR", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void quarantine(Item item, String code, String reason) throws SQLException {
        Transactions.run(dataSource, c -> {
            ItemRepository.quarantine(c, item.id(), code, reason);
            return null;
        });
    }

    private int next(String completed) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).name().equals(completed)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Carries a stage's refusal out of the transaction, which rolls back on it. */
    private static final class StageFailure extends RuntimeException {
        private final String stage;
        private final String code;

        StageFailure(String stage, String code, String message) {
            super(message, null, false, false);
            this.stage = stage;
            this.code = code;
        }
    }
}
