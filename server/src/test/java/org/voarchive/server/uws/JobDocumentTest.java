package org.voarchive.server.uws;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voarchive.server.xml.IvoaSchemas;

class JobDocumentTest {

    static final Instant CREATED = Instant.parse("2026-11-21T10:00:00.123456Z");

    static Job job(ExecutionPhase phase, List<JobResult> results, JobError error) {
        return new Job("abc123", "my run", null, phase, null, CREATED,
                phase == ExecutionPhase.PENDING ? null : CREATED.plusSeconds(1),
                phase.isFinal() ? CREATED.plusSeconds(3) : null, 600, CREATED.plusSeconds(86400 * 7),
                List.of(new JobParameter("LANG", "ADQL"), new JobParameter("QUERY", "SELECT * FROM t WHERE a < 'x&y'")),
                results, error);
    }

    private static String write(Job job) throws Exception {
        var out = new ByteArrayOutputStream();
        JobDocument.writeJob(job, URI.create("http://h:8080/tap/async/abc123/"), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void pendingJobIsValid() throws Exception {
        String xml = write(job(ExecutionPhase.PENDING, List.of(), null));
        IvoaSchemas.validate(xml);
        assertTrue(xml.contains("<uws:phase>PENDING</uws:phase>"), xml);
        assertTrue(xml.contains("<uws:ownerId xsi:nil=\"true\"/>"), xml);
        assertTrue(xml.contains("<uws:creationTime>2026-11-21T10:00:00.123Z</uws:creationTime>"), xml);
        assertTrue(xml.contains("<uws:parameter id=\"QUERY\">SELECT * FROM t WHERE a &lt; 'x&amp;y'</uws:parameter>"), xml);
    }

    @Test
    void completedJobLinksItsResults() throws Exception {
        String xml = write(job(ExecutionPhase.COMPLETED, List.of(new JobResult("result", 1234, "application/x-votable+xml")), null));
        IvoaSchemas.validate(xml);
        assertTrue(xml.contains("xlink:href=\"http://h:8080/tap/async/abc123/results/result\""), xml);
        assertTrue(xml.contains("size=\"1234\""), xml);
    }

    @Test
    void failedJobSaysWhy() throws Exception {
        String xml = write(job(ExecutionPhase.ERROR, List.of(), new JobError(true, "unknown column \"x\"")));
        IvoaSchemas.validate(xml);
        assertTrue(xml.contains("<uws:errorSummary type=\"fatal\" hasDetail=\"true\"><uws:message>unknown column \"x\"</uws:message>"), xml);
    }

    @Test
    void jobListIsValid() throws Exception {
        var out = new ByteArrayOutputStream();
        JobDocument.writeJobList(List.of(job(ExecutionPhase.PENDING, List.of(), null),
                job(ExecutionPhase.ERROR, List.of(), new JobError(false, "down"))), URI.create("http://h/tap/async/"), out);
        String xml = out.toString(StandardCharsets.UTF_8);
        IvoaSchemas.validate(xml);
        assertTrue(xml.contains("<uws:jobref id=\"abc123\" xlink:type=\"simple\" xlink:href=\"http://h/tap/async/abc123\"><uws:phase>PENDING</uws:phase>"), xml);
    }
}
