package org.voarchive.ingest.pipeline;

import java.sql.Connection;
import java.util.List;
import java.util.stream.Collectors;
import org.voarchive.ingest.validate.FrameValidator;

/**
 * Checks the FITS structure (every HDU complete) and the instrument's mandatory keywords and types.
 * Every problem found goes into the quarantine reason, not only the first, so an operator can fix a
 * file in one go.
 */
public final class ValidateStage implements Stage {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public boolean checkpointed() {
        return false;
    }

    @Override
    public Outcome run(FrameContext frame, Connection c) throws Rejection {
        List<FrameValidator.Problem> problems = FrameValidator.validate(frame.primary());
        if (!problems.isEmpty()) {
            String reason = problems.stream().map(FrameValidator.Problem::message).collect(Collectors.joining("; "));
            throw new Rejection(problems.get(0).code(), reason);
        }
        return Outcome.CONTINUE;
    }
}
