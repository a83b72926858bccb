package org.voarchive.server.uws;

import java.util.Objects;

/**
 * One result of a completed job. Its URL is derived from the job's ({@code .../results/<id>}).
 *
 * @param id the result's name, {@code result} for a TAP query
 * @param size its size in bytes
 * @param mimeType its content type
 */
public record JobResult(String id, long size, String mimeType) {

    public JobResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mimeType, "mimeType");
    }
}
