package org.voarchive.server.uws;

import java.util.ArrayList;
import java.util.List;

/**
 * How a running job learns that it must stop: the executor registers actions (cancel the database
 * statement), which run once, from another thread, when the job is aborted. Thread safe.
 */
public final class Cancellation {

    private final List<Runnable> actions = new ArrayList<>();
    private boolean cancelled;

    /** Runs the action when the job is cancelled, or at once if it already was. */
    public void onCancel(Runnable action) {
        boolean now;
        synchronized (this) {
            now = cancelled;
            if (!now) {
                actions.add(action);
            }
        }
        if (now) {
            action.run();
        }
    }

    /** Whether the job was cancelled. */
    public synchronized boolean isCancelled() {
        return cancelled;
    }

    void cancel() {
        List<Runnable> run;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            run = List.copyOf(actions);
            actions.clear();
        }
        run.forEach(Runnable::run);
    }
}
