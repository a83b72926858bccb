package org.voarchive.server.vosi;

import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * What a registry extension schema adds to a capability, for example TAPRegExt's {@code tr:TableAccess}:
 * the capability's xsi:type and the elements that follow its interfaces. Implementations are immutable
 * and thread safe.
 */
public interface CapabilityExtension {

    /** The capability's xsi:type, with a prefix that {@link #namespaces()} binds, for example {@code tr:TableAccess}. */
    String type();

    /** The namespaces the type and the content use, by prefix. */
    Map<String, String> namespaces();

    /** Writes the extension's elements (unqualified, as registry extension schemas declare them). */
    void writeContent(XMLStreamWriter w) throws XMLStreamException;
}
