package org.voarchive.server.vosi;

import java.util.Objects;

/**
 * One HTTP interface of a capability ({@code vs:ParamHTTP}).
 *
 * @param path the path below the archive's base URL, without a leading slash, for example
 *     {@code tap} or {@code availability}
 * @param role {@code "std"} for the standard interface of the capability, or null for none
 * @param version the version of the standard it implements, or null when not meaningful
 * @param use how the access URL is used: {@code full} for a complete URL, {@code base} for one that
 *     clients extend
 */
public record CapabilityInterface(String path, String role, String version, String use) {

    public CapabilityInterface {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(use, "use");
        if (path.startsWith("/")) {
            throw new IllegalArgumentException("path must be relative to the base URL: " + path);
        }
        if (!use.equals("full") && !use.equals("base") && !use.equals("post")) {
            throw new IllegalArgumentException("use must be full, base or post: " + use);
        }
    }

    /** The standard interface at a path that is used as it is. */
    public static CapabilityInterface standard(String path, String version) {
        return new CapabilityInterface(path, "std", version, "full");
    }
}
