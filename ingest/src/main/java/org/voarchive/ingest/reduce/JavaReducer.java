package org.voarchive.ingest.reduce;

/**
 * The built-in reducer: masters by median combination ({@link JavaMasters}), UVES echelle science
 * (tags SCIENCE_* and STANDARD_*) by optimal extraction ({@link EchelleReduction}), HAWK-I imaging
 * (tags OBJECT and STD) by dark, flat, sky and mosaic ({@link ImagingReduction}). Stateless and thread-safe.
 */
public final class JavaReducer implements Reducer {

    @Override
    public String name() {
        return "java";
    }

    @Override
    public MasterResult master(MasterRequest request) throws ReductionException {
        return JavaMasters.make(request);
    }

    @Override
    public ScienceResult science(ScienceRequest request) throws ReductionException {
        String tag = request.tag();
        if (tag.startsWith("SCIENCE") || tag.startsWith("STANDARD")) {
            return ScienceResult.ofSpectrum(EchelleReduction.RECIPE, EchelleReduction.reduce(request));
        }
        if (tag.equals("OBJECT") || tag.equals("STD")) {
            return ScienceResult.ofImage(ImagingReduction.RECIPE, ImagingReduction.reduce(request));
        }
        throw new ReductionException("the Java reducer reduces no science frame tagged " + tag);
    }
}
