package org.voarchive.server.tables;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voarchive.server.xml.IvoaSchemas;

class TablesDocumentTest {

    static final TableDescription OBSCORE = new TableDescription("ivoa", "ivoa.obscore", "table",
            "ivo://ivoa.net/std/ObsCore#table-1.1", "Science products", List.of(
                    new ColumnDescription("obs_publisher_did", "char", "*", null, null, "meta.ref.ivoid",
                            "obscore:Curation.publisherDID", "ID for the dataset", true, true, true),
                    new ColumnDescription("s_ra", "double", null, null, "deg", "pos.eq.ra", null, null, true, false, true),
                    new ColumnDescription("s_region", "double", "*", "polygon", null, "pos.outline;obs.field", null,
                            "Region & <outline>", true, true, true)),
            List.of());
    static final TableDescription COLUMNS = new TableDescription("tap_schema", "tap_schema.columns", "table", null,
            "Columns", List.of(ColumnDescription.of("table_name", "char", "*", null)),
            List.of(new TableDescription.ForeignKey("columns_table", "tap_schema.tables", List.of("table_name"),
                    List.of("table_name"), "The table each column belongs to")));

    private static String tableset(TablesDocument.Detail detail) throws Exception {
        var out = new ByteArrayOutputStream();
        TablesDocument.writeTableset(List.of(new SchemaDescription("ivoa", null, "IVOA models", List.of(OBSCORE)),
                new SchemaDescription("tap_schema", null, null, List.of(COLUMNS))), detail, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void fullTablesetIsValidAndCarriesEveryColumnAttribute() throws Exception {
        String xml = tableset(TablesDocument.Detail.MAX);
        IvoaSchemas.validate(xml);
        assertTrue(xml.contains("<column std=\"true\"><name>s_region</name>"), xml);
        assertTrue(xml.contains("<dataType xsi:type=\"vs:VOTableType\" arraysize=\"*\" extendedType=\"polygon\">double</dataType>"), xml);
        assertTrue(xml.contains("<unit>deg</unit>"), xml);
        assertTrue(xml.contains("<flag>indexed</flag><flag>principal</flag>"), xml);
        assertTrue(xml.contains("<foreignKey><targetTable>tap_schema.tables</targetTable><fkColumn>"), xml);
        assertTrue(xml.contains("Region &amp; &lt;outline&gt;"), xml);
    }

    @Test
    void minimalDetailLeavesColumnsOut() throws Exception {
        String xml = tableset(TablesDocument.Detail.MIN);
        IvoaSchemas.validate(xml);
        assertTrue(xml.contains("<name>ivoa.obscore</name>"), xml);
        assertFalse(xml.contains("<column"), xml);
    }

    @Test
    void oneTableIsItsOwnDocument() throws Exception {
        var out = new ByteArrayOutputStream();
        TablesDocument.writeTable(OBSCORE, out);
        String xml = out.toString(StandardCharsets.UTF_8);
        IvoaSchemas.validate(xml);
        assertTrue(xml.contains("<vosi:table xmlns:vosi="), xml);
        assertTrue(xml.contains("<name>s_ra</name>"), xml);
    }
}
