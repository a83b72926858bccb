package org.voarchive.ingest.pipeline;

import java.io.IOException;
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

    /** Runs the item as far as it can go now; returns its state afterwards. */
    public String run(Item item) throws SQLException {
        FrameContext frame = new FrameContext(item, store.resolve(item.storePath()));
        String completed = item.stage();
        for (int i = next(completed); i < stages.size(); i++) {
            Stage stage = stages.get(i);
            boolean last = i == stages.size() - 1;
            String from = completed;
            try {
                Outcome outcome = Transactions.run(dataSource, c -> {
                    Outcome o = runStage(stage, frame, c);
                    String to = o.kind() == Outcome.Kind.WAIT ? from : stage.name();
                    String state = switch (o.kind()) {
                        case WAIT -> "WAITING";
                        case DONE -> "DONE";
                        case CONTINUE -> last ? "DONE" : "ACTIVE";
                    };
                    if (!ItemRepository.advance(c, item.id(), from, to, state, o.code(), o.reason())) {
                        throw new SQLException("item " + item.id() + " left stage " + from + " under another runner");
                    }
                    return o;
                });
                if (outcome.kind() == Outcome.Kind.WAIT) {
                    return "WAITING";
                }
                stage.afterCommit(frame);
                completed = stage.name();
                if (outcome.kind() == Outcome.Kind.DONE || last) {
                    return "DONE";
                }
            } catch (StageFailure failure) {
                quarantine(item, failure.code, stage.name() + ": " + failure.getMessage());
                return "QUARANTINED";
            }
        }
        return "DONE";
    }

    private static Outcome runStage(Stage stage, FrameContext frame, java.sql.Connection c) throws SQLException {
        try {
            return stage.run(frame, c);
        } catch (Rejection r) {
            throw new StageFailure(r.code(), r.getMessage());
        } catch (RuntimeException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            LOG.log(Level.WARNING, "stage " + stage.name() + " failed on " + frame.arcfile(), e);
            throw new StageFailure("STAGE_ERROR", e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "stage " + stage.name() + " failed on " + frame.arcfile(), e);
            throw new StageFailure("STAGE_ERROR", e.getClass().getSimpleName() + ": " + e.getMessage());
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
        private final String code;

        StageFailure(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }
}
