package org.voarchive.server.dali;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voarchive.server.tables.ColumnDescription;
import org.voarchive.server.xml.IvoaSchemas;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableFactory;
import uk.ac.starlink.util.ByteArrayDataSource;

class ResultWritersTest {

    static final List<ColumnDescription> COLUMNS = List.of(
            new ColumnDescription("obs_id", "char", "*", null, null, "meta.id", "obscore:DataID.observationID",
                    "Observation ID", true, false, true),
            new ColumnDescription("s_ra", "double", null, null, "deg", "pos.eq.ra", null, "Right ascension", true,
                    false, true),
            new ColumnDescription("calib_level", "int", null, null, null, "meta.code;obs.calib", null, null, true,
                    false, true),
            new ColumnDescription("access_estsize", "long", null, null, "kbyte", null, null, null, false, false, true),
            new ColumnDescription("obs_release_date", "char", "*", "timestamp", null, "time.release", null, null,
                    false, false, true),
            ColumnDescription.of("pos", "double", "2", "point"));

    static final List<Object[]> ROWS = List.of(
            new Object[] {"1234567", 10.5, 2, 1024L, "2026-01-02T03:04:05.000", new double[] {10.5, -20.25}},
            new Object[] {"a,\"quoted\" <id> & more", null, null, null, null, null},
            new Object[] {"third", 359.999, 3, 5L, "2031-12-31T23:59:59.999", new double[] {0, 90}});

    private static byte[] write(ResultFormat format, int limit) throws IOException {
        var out = new ByteArrayOutputStream();
        format.writer().write(new ListCursor(COLUMNS, ROWS, limit), out);
        return out.toByteArray();
    }

    private static StarTable read(byte[] bytes, String stilFormat) throws IOException {
        return new StarTableFactory(false).makeStarTable(new ByteArrayDataSource("result", bytes), stilFormat);
    }

    private static List<Object[]> rows(StarTable table) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        try (RowSequence s = table.getRowSequence()) {
            while (s.next()) {
                rows.add(s.getRow());
            }
        }
        return rows;
    }

    @Test
    void tabledataIsValidAndCarriesColumnMetadata() throws Exception {
        String xml = new String(write(ResultFormat.VOTABLE, 10), StandardCharsets.UTF_8);
        IvoaSchemas.validate(xml);
        assertTrue(xml.contains("<INFO name=\"QUERY_STATUS\" value=\"OK\"/>"), xml);
        assertFalse(xml.contains("OVERFLOW"), xml);
        assertTrue(xml.matches("(?s).*<FIELD[^>]*name=\"s_ra\"[^>]*>.*"), xml);
        assertTrue(xml.contains("unit=\"deg\""), xml);
        assertTrue(xml.contains("ucd=\"pos.eq.ra\""), xml);
        assertTrue(xml.contains("xtype=\"timestamp\""), xml);
        assertTrue(xml.contains("xtype=\"point\""), xml);
        assertTrue(xml.contains("utype=\"obscore:DataID.observationID\""), xml);
        assertTrue(xml.contains("a,&quot;quoted&quot; &lt;id&gt; &amp; more") || xml.contains("a,\"quoted\" &lt;id&gt; &amp; more"), xml);
    }

    @Test
    void overflowIsMarkedAfterTheTable() throws Exception {
        String xml = new String(write(ResultFormat.VOTABLE, 2), StandardCharsets.UTF_8);
        IvoaSchemas.validate(xml);
        assertTrue(xml.indexOf("value=\"OVERFLOW\"") > xml.indexOf("</TABLE>"), xml);
        assertEquals(2, rows(read(xml.getBytes(StandardCharsets.UTF_8), "votable")).size());
    }

    @Test
    void everyVoTableSerializationReadsBackTheSameValues() throws Exception {
        for (ResultFormat format : List.of(ResultFormat.VOTABLE, ResultFormat.VOTABLE_BINARY, ResultFormat.VOTABLE_BINARY2)) {
            byte[] bytes = write(format, 10);
            IvoaSchemas.validate(new String(bytes, StandardCharsets.UTF_8));
            StarTable table = read(bytes, "votable");
            assertEquals("deg", table.getColumnInfo(1).getUnitString(), format.name());
            List<Object[]> rows = rows(table);
            assertEquals(3, rows.size(), format.name());
            assertEquals("1234567", rows.get(0)[0], format.name());
            assertEquals(10.5, rows.get(0)[1], format.name());
            assertEquals(2, ((Number) rows.get(0)[2]).intValue(), format.name());
            assertEquals(1024L, ((Number) rows.get(0)[3]).longValue(), format.name());
            assertArrayEquals(new double[] {10.5, -20.25}, (double[]) rows.get(0)[5], format.name());
            assertNull(rows.get(1)[2], format.name() + ": NULL integers stay NULL");
            assertNull(rows.get(1)[3], format.name() + ": NULL longs stay NULL");
            assertTrue(rows.get(1)[1] == null || ((Double) rows.get(1)[1]).isNaN(), format.name());
        }
    }

    @Test
    void fitsReadsBack() throws Exception {
        StarTable table = read(write(ResultFormat.FITS, 10), "fits");
        List<Object[]> rows = rows(table);
        assertEquals(3, rows.size());
        assertEquals("third", rows.get(2)[0]);
        assertEquals(359.999, rows.get(2)[1]);
        assertEquals("deg", table.getColumnInfo(1).getUnitString());
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndTsvSeparatesByTabs() throws Exception {
        String csv = new String(write(ResultFormat.CSV, 10), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertEquals("obs_id,s_ra,calib_level,access_estsize,obs_release_date,pos", lines[0]);
        assertEquals("1234567,10.5,2,1024,2026-01-02T03:04:05.000,10.5 -20.25", lines[1]);
        assertEquals("\"a,\"\"quoted\"\" <id> & more\",,,,,", lines[2]);
        String tsv = new String(write(ResultFormat.TSV, 1), StandardCharsets.UTF_8);
        assertEquals("obs_id\ts_ra\tcalib_level\taccess_estsize\tobs_release_date\tpos\r\n"
                + "1234567\t10.5\t2\t1024\t2026-01-02T03:04:05.000\t10.5 -20.25\r\n", tsv);
    }

    @Test
    void nonAsciiTextAndSeparatorsInsideFieldsSurvive() throws Exception {
        List<ColumnDescription> columns = List.of(ColumnDescription.of("name", "char", "*", null),
                ColumnDescription.of("x", "double", null, null));
        List<Object[]> rows = List.of(new Object[] {"Ångström, \"Å\"", 1.5}, new Object[] {"tab\there\nnewline", Double.NaN});
        var csv = new ByteArrayOutputStream();
        ResultFormat.CSV.writer().write(new ListCursor(columns, rows, 10), csv);
        assertEquals("name,x\r\n\"Ångström, \"\"Å\"\"\",1.5\r\n\"tab\there\nnewline\",\r\n",
                csv.toString(StandardCharsets.UTF_8));
        var tsv = new ByteArrayOutputStream();
        ResultFormat.TSV.writer().write(new ListCursor(columns, rows, 10), tsv);
        assertEquals("name\tx\r\nÅngström, \"Å\"\t1.5\r\ntab here newline\t\r\n", tsv.toString(StandardCharsets.UTF_8));
    }

    @Test
    void csvLongerThanItsBufferAndFieldsLongerThanTheBufferComeOutWhole() throws Exception {
        List<ColumnDescription> columns = List.of(ColumnDescription.of("name", "char", "*", null),
                ColumnDescription.of("x", "double", null, null));
        String huge = "é\"".repeat(50_000);
        List<Object[]> rows = new java.util.ArrayList<>();
        StringBuilder expected = new StringBuilder("name,x\r\n");
        for (int i = 0; i < 20_000; i++) {
            rows.add(new Object[] {"row " + i, i + 0.5});
            expected.append("row ").append(i).append(',').append(i + 0.5).append("\r\n");
            if (i == 7_000) {
                rows.add(new Object[] {huge, null});
                expected.append('"').append(huge.replace("\"", "\"\"")).append("\",\r\n");
            }
        }
        var csv = new ByteArrayOutputStream();
        ResultFormat.CSV.writer().write(new ListCursor(columns, rows, rows.size()), csv);
        assertEquals(expected.toString(), csv.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonHasMetadataDataAndOverflow() throws Exception {
        JsonObject json = Json.createReader(new StringReader(new String(write(ResultFormat.JSON, 2),
                StandardCharsets.UTF_8))).readObject();
        assertEquals("deg", json.getJsonArray("columns").getJsonObject(1).getString("unit"));
        assertEquals(2, json.getJsonArray("data").size());
        assertEquals(-20.25, json.getJsonArray("data").getJsonArray(0).getJsonArray(5).getJsonNumber(1).doubleValue());
        assertTrue(json.getJsonArray("data").getJsonArray(1).isNull(1));
        assertTrue(json.getBoolean("overflow"));
    }

    @Test
    void formatsAreFoundByMimeTypeOrShortName() {
        assertEquals(ResultFormat.VOTABLE, ResultFormat.forName("votable").orElseThrow());
        assertEquals(ResultFormat.VOTABLE, ResultFormat.forName("application/x-votable+xml").orElseThrow());
        assertEquals(ResultFormat.VOTABLE_BINARY2,
                ResultFormat.forName("application/x-votable+xml;serialization=BINARY2").orElseThrow());
        assertEquals(ResultFormat.CSV, ResultFormat.forName("text/csv;header=present").orElseThrow());
        assertEquals(ResultFormat.FITS, ResultFormat.forName("FITS").orElseThrow());
        assertTrue(ResultFormat.forName("application/pdf").isEmpty());
        assertTrue(ResultFormat.forName("application/x-votable+xml;serialization=fits").isEmpty());
    }

    @Test
    void errorDocumentsAreValidVoTables() throws Exception {
        var out = new ByteArrayOutputStream();
        DaliError.write("unknown column \"foo\" at line 1, column 8 <here> & there", out);
        String xml = out.toString(StandardCharsets.UTF_8);
        IvoaSchemas.validate(xml);
        assertTrue(xml.contains("value=\"ERROR\">unknown column &quot;foo&quot; at line 1, column 8 &lt;here&gt; &amp; there<")
                || xml.contains("value=\"ERROR\">unknown column \"foo\" at line 1, column 8 &lt;here&gt; &amp; there<"), xml);
    }

    /** Output must flow while rows are still being produced: nothing may collect the whole result first. */
    @Test
    void writersStreamInsteadOfBuffering() throws Exception {
        for (ResultFormat format : List.of(ResultFormat.VOTABLE, ResultFormat.VOTABLE_BINARY2, ResultFormat.CSV,
                ResultFormat.JSON)) {
            CountingStream out = new CountingStream();
            format.writer().write(new GeneratedCursor(200_000, out), out);
            assertTrue(out.bytesWhenHalfRead > 1_000_000, format + " had written only " + out.bytesWhenHalfRead
                    + " bytes when half the rows were read");
        }
    }

    private static final class CountingStream extends OutputStream {
        long bytes;
        long bytesWhenHalfRead = -1;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    private static final class GeneratedCursor implements ResultCursor {
        private final int size;
        private final CountingStream out;
        private int row;

        GeneratedCursor(int size, CountingStream out) {
            this.size = size;
            this.out = out;
        }

        @Override
        public List<ColumnDescription> columns() {
            return COLUMNS;
        }

        @Override
        public boolean next() {
            if (row == size / 2) {
                out.bytesWhenHalfRead = out.bytes;
            }
            return row++ < size;
        }

        @Override
        public Object value(int column) {
            return switch (column) {
                case 0 -> "obs" + row;
                case 1 -> row * 0.001;
                case 2 -> row % 4;
                case 3 -> (long) row;
                case 4 -> "2026-01-02T03:04:05.000";
                default -> new double[] {row * 0.001, -10};
            };
        }

        @Override
        public boolean overflowed() {
            return false;
        }

        @Override
        public void close() {
        }
    }
}
