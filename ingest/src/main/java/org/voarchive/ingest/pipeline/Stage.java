package org.voarchive.ingest.pipeline;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One step of the back end. A stage does its database writes on the connection it is given; the runner
 * commits them together with the item's checkpoint, so a stage either happened completely or not at all.
 * Files a stage writes go into the store under names derived from the frame, so running it twice after a
 * crash rewrites the same file instead of leaving a second one.
 */
public interface Stage {

    /** The checkpoint name, stored in {@code archive.ingest_items.stage}. */
    String name();

    /**
     * @throws Rejection when the frame cannot go on: the runner quarantines it with the rejection's code
     * @throws SQLException when the database fails: the runner stops and the item resumes here next time
     */
    Outcome run(FrameContext frame, Connection c) throws Rejection, SQLException, IOException;

    /**
     * Whether the stage's completion is worth a commit of its own. The quick header-level stages say no:
     * they share one transaction with the next stage that says yes, so a frame costs one commit for all
     * of them, and after a crash they simply run again.
     */
    default boolean checkpointed() {
        return true;
    }

    /** Runs after the stage's transaction committed: the place to tell others what is now durable. */
    default void afterCommit(FrameContext frame) {
    }
}
