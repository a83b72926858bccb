package org.voarchive.tap.vosi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.voarchive.server.config.ArchiveConfig;
import org.voarchive.server.vosi.Capability;
import org.voarchive.server.vosi.CapabilityInterface;
import org.voarchive.server.vosi.CapabilityProvider;
import org.voarchive.tap.adql.LanguageFeatures;

/**
 * The TAP service's capabilities: TAP 1.1 with its TAPRegExt description, its VOSI tables and its DALI
 * examples. They appear in the archive's {@code /capabilities} and, with the TAP service's own VOSI
 * endpoints, in {@code /tap/capabilities}.
 */
@ApplicationScoped
public class TapCapabilities implements CapabilityProvider {

    static final String TAP = "ivo://ivoa.net/std/TAP";
    static final String TABLES = "ivo://ivoa.net/std/VOSI#tables-1.1";
    static final String EXAMPLES = "ivo://ivoa.net/std/DALI#examples";

    @Inject
    ArchiveConfig config;

    @Override
    public List<Capability> capabilities() {
        return List.of(tap(), tables(), examples());
    }

    /** Everything {@code /tap/capabilities} lists: the TAP capability and the service's VOSI endpoints. */
    List<Capability> ofTheService() {
        return List.of(
                new Capability("ivo://ivoa.net/std/VOSI#capabilities", "VOSI capabilities",
                        List.of(new CapabilityInterface("tap/capabilities", null, null, "full"))),
                new Capability("ivo://ivoa.net/std/VOSI#availability", "VOSI availability",
                        List.of(new CapabilityInterface("tap/availability", null, null, "full"))),
                tables(), tap(), examples());
    }

    private static Capability tables() {
        return new Capability(TABLES, "TAP tables (VOSI)", List.of(new CapabilityInterface("tap/tables", "std", "1.1",
                "full")));
    }

    private static Capability examples() {
        return new Capability(EXAMPLES, "TAP examples", List.of(CapabilityInterface.browser("tap/examples")));
    }

    private Capability tap() {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put(LanguageFeatures.VERSION, LanguageFeatures.VERSION_IVOID);
        versions.put("2.0", "ivo://ivoa.net/std/ADQL#v2.0");
        TapRegExt.Language adql = new TapRegExt.Language(LanguageFeatures.LANGUAGE_NAME, versions,
                "ADQL 2.1 on PostgreSQL with pgSphere; ADQL 2.0 queries are valid ADQL 2.1",
                LanguageFeatures.byType());
        long retention = config.asyncRetention().toSeconds();
        TapRegExt extension = new TapRegExt(Map.of("ivo://ivoa.net/std/ObsCore#core-1.1", "ObsCore-1.1"),
                List.of(adql), List.of("ivo://ivoa.net/std/TAPRegExt#upload-inline",
                        "ivo://ivoa.net/std/TAPRegExt#upload-http", "ivo://ivoa.net/std/TAPRegExt#upload-https"),
                retention, retention, config.asyncDurationDefault(), config.asyncDurationHard(),
                config.maxrecDefault(), config.maxrecHard(), config.uploadMaxBytes());
        return new Capability(TAP, "Table Access Protocol (TAP 1.1, ADQL 2.1)",
                List.of(new CapabilityInterface("tap", "std", "1.1", "base")), extension);
    }
}
