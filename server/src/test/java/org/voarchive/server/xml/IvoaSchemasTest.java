package org.voarchive.server.xml;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** The fallback to the schemas in the test dependencies' jars, used where ../shared/ivoa-xsd is absent. */
class IvoaSchemasTest {

    static final IvoaSchemas.Schemas JARS = IvoaSchemas.fromJars();

    static final String VOTABLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <VOTABLE version="1.4" xmlns="http://www.ivoa.net/xml/VOTable/v1.3">
              <RESOURCE type="results">
                <INFO name="QUERY_STATUS" value="OK"/>
                <COOSYS ID="system" system="ICRS"/>
                <TIMESYS ID="time" refposition="BARYCENTER" timeorigin="MJD-origin" timescale="TDB"/>
                <TABLE>
                  <FIELD name="s_ra" datatype="double" unit="deg" ref="system"/>
                  <FIELD name="t_min" datatype="double" ref="time"/>
                  %s
                  <DATA><TABLEDATA><TR><TD>10.5</TD><TD>60000.5</TD></TR></TABLEDATA></DATA>
                </TABLE>
              </RESOURCE>
            </VOTABLE>
            """;

    @Test
    void validVotable14Validates() {
        JARS.validate(VOTABLE.formatted(""));
    }

    @Test
    void tableWithAnUnknownElementFails() {
        AssertionError e = assertThrows(AssertionError.class, () -> JARS.validate(VOTABLE.formatted("<COLUMN/>")));
        assertTrue(e.getMessage().contains("COLUMN"), e.getMessage());
    }

    @Test
    void uwsJobValidates() {
        JARS.validate("""
                <uws:job xmlns:uws="http://www.ivoa.net/xml/UWS/v1.0" xmlns:xlink="http://www.w3.org/1999/xlink"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="1.1">
                  <uws:jobId>abc123</uws:jobId>
                  <uws:ownerId xsi:nil="true"/>
                  <uws:phase>COMPLETED</uws:phase>
                  <uws:creationTime>2026-11-21T10:00:00.123Z</uws:creationTime>
                  <uws:startTime>2026-11-21T10:00:01Z</uws:startTime>
                  <uws:endTime>2026-11-21T10:00:03Z</uws:endTime>
                  <uws:executionDuration>600</uws:executionDuration>
                  <uws:destruction>2026-11-28T10:00:00Z</uws:destruction>
                  <uws:parameters><uws:parameter id="LANG">ADQL</uws:parameter></uws:parameters>
                  <uws:results>
                    <uws:result id="result" xlink:type="simple" xlink:href="http://h/tap/async/abc123/results/result"/>
                  </uws:results>
                </uws:job>
                """);
    }

    /** cadc-vosi's VOSITables-v1.0.xsd is VOSITables 1.1 inside: it has the table root of /tables/{name}. */
    @Test
    void singleTableDocumentValidates() {
        JARS.validate("""
                <vosi:table xmlns:vosi="http://www.ivoa.net/xml/VOSITables/v1.0"
                    xmlns:vs="http://www.ivoa.net/xml/VODataService/v1.1"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" type="table">
                  <name>ivoa.obscore</name>
                  <column><name>s_ra</name><dataType xsi:type="vs:VOTableType">double</dataType></column>
                </vosi:table>
                """);
    }

    @Test
    void documentInAnUncoveredNamespaceIsSkipped() {
        TestAbortedException e = assertThrows(TestAbortedException.class, () -> JARS.validate("""
                <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2026-11-21T10:00:00Z</responseDate>
                </OAI-PMH>
                """));
        assertTrue(e.getMessage().contains("[http://www.openarchives.org/OAI/2.0/]"), e.getMessage());
    }

    /** SIA-2 capabilities are typed sia:SimpleImageAccess, which cadc-registry's SIA-v1.1.xsd rejects. */
    @Test
    void capabilityOfAnUncoveredTypeIsSkipped() {
        TestAbortedException e = assertThrows(TestAbortedException.class, () -> JARS.validate("""
                <vosi:capabilities xmlns:vosi="http://www.ivoa.net/xml/VOSICapabilities/v1.0"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                  <capability standardID="ivo://ivoa.net/std/SIA#query-2.0" xmlns:sia="http://www.ivoa.net/xml/SIA/v1.1"
                      xsi:type="sia:SimpleImageAccess"/>
                </vosi:capabilities>
                """));
        assertTrue(e.getMessage().contains("[http://www.ivoa.net/xml/SIA/v1.1]"), e.getMessage());
    }
}
