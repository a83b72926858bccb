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
 * @param type the interface's xsi:type: {@code vs:ParamHTTP} for services, {@code vr:WebBrowser} for pages
 */
public record CapabilityInterface(String path, String role, String version, String use, String type) {

    public CapabilityInterface {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(use, "use");
        Objects.requireNonNull(type, "type");
        if (path.startsWith("/")) {
            throw new IllegalArgumentException("path must be relative to the base URL: " + path);
        }
        if (!use.equals("full") && !use.equals("base") && !use.equals("post")) {
            throw new IllegalArgumentException("use must be full, base or post: " + use);
        }
    }

    /** A service interface ({@code vs:ParamHTTP}). */
    public CapabilityInterface(String path, String role, String version, String use) {
        this(path, role, version, use, "vs:ParamHTTP");
    }

    /** The standard interface at a path that is used as it is. */
    public static CapabilityInterface standard(String path, String version) {
        return new CapabilityInterface(path, "std", version, "full");
    }

    /** A page for people and browsers ({@code vr:WebBrowser}), such as DALI examples. */
    public static CapabilityInterface browser(String path) {
        return new CapabilityInterface(path, null, null, "full", "vr:WebBrowser");
    }
}
