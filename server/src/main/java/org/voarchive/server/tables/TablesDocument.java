package org.voarchive.server.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes VOSI tables documents (VOSITables 1.1 with VODataService 1.2 types): the whole tableset, or one
 * table as the root element. The caller's stream is flushed, never closed.
 */
public final class TablesDocument {

    static final String VOSI_NS = "http://www.ivoa.net/xml/VOSITables/v1.0";
    static final String VS_NS = "http://www.ivoa.net/xml/VODataService/v1.1";
    static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

    /** How much of each table to describe. */
    public enum Detail {
        /** Names and descriptions of schemas and tables only, as clients ask for large tablesets. */
        MIN,
        /** Everything, columns and foreign keys included. */
        MAX
    }

    private TablesDocument() {
    }

    /** Writes {@code <vosi:tableset>} with every schema. */
    public static void writeTableset(List<SchemaDescription> schemas, Detail detail, OutputStream out)
            throws IOException {
        try {
            XMLStreamWriter w = start(out, "tableset");
            writeSchemas(w, schemas, detail);
            end(w);
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the unqualified {@code <schema>} elements of a {@code vs:TableSet}, as a tableset document
     * or a VODataService resource record holds them. The caller has bound the prefixes {@code vs} and
     * {@code xsi}, and no default namespace is in force.
     */
    public static void writeSchemas(XMLStreamWriter w, List<SchemaDescription> schemas, Detail detail)
            throws XMLStreamException {
        for (SchemaDescription schema : schemas) {
            w.writeStartElement("schema");
            text(w, "name", schema.name());
            text(w, "description", schema.description());
            text(w, "utype", schema.utype());
            for (TableDescription table : schema.tables()) {
                w.writeStartElement("table");
                table(w, table, detail);
                w.writeEndElement();
            }
            w.writeEndElement();
        }
    }

    /** Writes one table as the {@code <vosi:table>} root element, always in full detail. */
    public static void writeTable(TableDescription table, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = start(out, "table");
            table(w, table, Detail.MAX);
            end(w);
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }

    private static XMLStreamWriter start(OutputStream out, String root) throws XMLStreamException {
        XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("vosi", root, VOSI_NS);
        w.writeNamespace("vosi", VOSI_NS);
        w.writeNamespace("vs", VS_NS);
        w.writeNamespace("xsi", XSI_NS);
        return w;
    }

    private static void end(XMLStreamWriter w) throws XMLStreamException {
        w.writeEndElement();
        w.writeEndDocument();
        w.flush();
    }

    private static void table(XMLStreamWriter w, TableDescription table, Detail detail) throws XMLStreamException {
        w.writeAttribute("type", table.tableType());
        text(w, "name", table.tableName());
        text(w, "description", table.description());
        text(w, "utype", table.utype());
        if (detail == Detail.MIN) {
            return;
        }
        for (ColumnDescription c : table.columns()) {
            w.writeStartElement("column");
            if (c.std()) {
                w.writeAttribute("std", "true");
            }
            text(w, "name", c.name());
            text(w, "description", c.description());
            text(w, "unit", c.unit());
            text(w, "ucd", c.ucd());
            text(w, "utype", c.utype());
            w.writeStartElement("dataType");
            w.writeAttribute("xsi", XSI_NS, "type", "vs:VOTableType");
            if (c.arraysize() != null) {
                w.writeAttribute("arraysize", c.arraysize());
            }
            if (c.xtype() != null) {
                w.writeAttribute("extendedType", c.xtype());
            }
            w.writeCharacters(c.datatype());
            w.writeEndElement();
            if (c.indexed()) {
                text(w, "flag", "indexed");
            }
            if (c.principal()) {
                text(w, "flag", "principal");
            }
            w.writeEndElement();
        }
        for (TableDescription.ForeignKey key : table.foreignKeys()) {
            w.writeStartElement("foreignKey");
            text(w, "targetTable", key.targetTable());
            for (int i = 0; i < key.fromColumns().size(); i++) {
                w.writeStartElement("fkColumn");
                text(w, "fromColumn", key.fromColumns().get(i));
                text(w, "targetColumn", key.targetColumns().get(i));
                w.writeEndElement();
            }
            text(w, "description", key.description());
            w.writeEndElement();
        }
    }

    /** An unqualified child element, left out when the value is null or blank. */
    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        if (value == null || value.isBlank()) {
            return;
        }
        w.writeStartElement(name);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
