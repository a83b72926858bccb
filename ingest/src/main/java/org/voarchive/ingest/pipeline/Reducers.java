package org.voarchive.ingest.pipeline;

import java.util.logging.Logger;
import org.voarchive.ingest.reduce.EsorexReducer;
import org.voarchive.ingest.reduce.JavaReducer;
import org.voarchive.ingest.reduce.Reducer;

/** The reducer a configuration names: {@code java}, {@code esorex}, or {@code auto} (esorex when installed). */
public final class Reducers {

    private static final Logger LOG = Logger.getLogger(Reducers.class.getName());

    private Reducers() {
    }

    public static Reducer choose(String name) {
        return switch (name) {
            case "java" -> new JavaReducer();
            case "esorex" -> {
                EsorexReducer esorex = new EsorexReducer();
                if (!esorex.available()) {
                    throw new IllegalStateException("archive.ingest.reducer=esorex but esorex with the UVES and HAWK-I"
                            + " recipes is not installed (apt-get install esorex cpl-plugin-uves cpl-plugin-hawki)");
                }
                yield esorex;
            }
            case "auto" -> {
                EsorexReducer esorex = new EsorexReducer();
                boolean available = esorex.available();
                LOG.info(() -> available ? "reducing masters with ESO's esorex recipes where they apply"
                        : "esorex is not installed; reducing with the built-in Java reducer");
                yield available ? esorex : new JavaReducer();
            }
            default -> throw new IllegalArgumentException("unknown reducer '" + name + "': use java, esorex or auto");
        };
    }
}
