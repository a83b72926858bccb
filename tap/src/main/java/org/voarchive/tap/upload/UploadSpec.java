package org.voarchive.tap.upload;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.voarchive.server.dali.DaliException;

/**
 * One table of the UPLOAD parameter: its name in {@code TAP_UPLOAD} and where its VOTable is.
 *
 * @param table the table name, a regular ADQL identifier
 * @param source {@code param:part} for a part of a multipart request, or an http(s) URL
 */
public record UploadSpec(String table, URI source) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    /** Whether the table comes inline, as a part of the request. */
    public boolean inline() {
        return "param".equals(source.getScheme());
    }

    /** The name of the request part that holds the table, for inline uploads. */
    public String part() {
        return source.getSchemeSpecificPart();
    }

    /**
     * Parses UPLOAD values, each {@code name,URI} pairs separated by semicolons.
     *
     * @throws DaliException when a pair is malformed, a name is not a regular identifier or is used twice,
     *     or a URI is neither {@code param:} nor http(s)
     */
    public static List<UploadSpec> parse(List<String> values) {
        List<UploadSpec> specs = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String value : values) {
            for (String pair : value.split(";")) {
                if (pair.isBlank()) {
                    continue;
                }
                int comma = pair.indexOf(',');
                if (comma < 0) {
                    throw new DaliException("UPLOAD must be name,URI pairs such as t1,param:table1; not '" + pair + "'");
                }
                String name = pair.substring(0, comma).trim();
                if (!NAME.matcher(name).matches()) {
                    throw new DaliException("UPLOAD table name '" + name + "' is not a regular ADQL identifier");
                }
                if (!names.add(name.toLowerCase(Locale.ROOT))) {
                    throw new DaliException("UPLOAD names table '" + name + "' twice");
                }
                specs.add(new UploadSpec(name, source(pair.substring(comma + 1).trim())));
            }
        }
        return specs;
    }

    private static URI source(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("param") && !uri.getSchemeSpecificPart().isBlank()
                    || (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new DaliException("UPLOAD source '" + text + "' must be param:<part> or an http(s) URL");
    }
}
