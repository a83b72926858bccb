package org.voarchive.ingest.reduce;

/**
 * Turns raw frames into master calibrations and science frames into reduced products. Implementations
 * are stateless and may be called from several threads at once for different requests.
 */
public interface Reducer {

    /** A short name for logs and provenance: {@code java}, {@code esorex}. */
    String name();

    /**
     * Combines the raws of one calibration group into a master written to {@code request.outFile()}
     * (replaced when it exists).
     *
     * @throws ReductionException when the product tag is unknown, a needed master is missing, the raws
     *                            do not match each other, or the recipe fails
     */
    MasterResult master(MasterRequest request) throws ReductionException;

    /**
     * Reduces one science frame with its calibrations.
     *
     * @throws ReductionException when a needed calibration is missing or does not match the frame, or the
     *                            frame cannot be reduced (e.g. no star to measure the PSF on)
     */
    ScienceResult science(ScienceRequest request) throws ReductionException;
}
