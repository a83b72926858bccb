package org.voarchive.server.uws;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes UWS 1.1 job and job list documents. The caller's stream is flushed, never closed. */
public final class JobDocument {

    static final String NS = "http://www.ivoa.net/xml/UWS/v1.0";
    static final String XLINK_NS = "http://www.w3.org/1999/xlink";
    static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

    private JobDocument() {
    }

    /**
     * Writes {@code <uws:job>}.
     *
     * @param job the job
     * @param jobUrl the job's own URL, ending in a slash; result URLs are resolved against it
     */
    public static void writeJob(Job job, URI jobUrl, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = start(out, "job");
            text(w, "jobId", job.jobId());
            if (job.runId() != null) {
                text(w, "runId", job.runId());
            }
            nillable(w, "ownerId", job.ownerId());
            text(w, "phase", job.phase().name());
            nillable(w, "quote", time(job.quote()));
            text(w, "creationTime", time(job.creationTime()));
            nillable(w, "startTime", time(job.startTime()));
            nillable(w, "endTime", time(job.endTime()));
            text(w, "executionDuration", Integer.toString(job.executionDuration()));
            nillable(w, "destruction", time(job.destruction()));
            w.writeStartElement("uws", "parameters", NS);
            for (JobParameter p : job.parameters()) {
                w.writeStartElement("uws", "parameter", NS);
                w.writeAttribute("id", p.name());
                w.writeCharacters(p.value());
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeStartElement("uws", "results", NS);
            results(w, job, jobUrl);
            w.writeEndElement();
            if (job.error() != null) {
                w.writeStartElement("uws", "errorSummary", NS);
                w.writeAttribute("type", job.error().fatal() ? "fatal" : "transient");
                w.writeAttribute("hasDetail", "true");
                text(w, "message", job.error().message());
                w.writeEndElement();
            }
            end(w);
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }

    /** Writes the {@code <uws:parameters>} element of a job as a document of its own. */
    public static void writeParameters(Job job, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = start(out, "parameters", false);
            for (JobParameter p : job.parameters()) {
                w.writeStartElement("uws", "parameter", NS);
                w.writeAttribute("id", p.name());
                w.writeCharacters(p.value());
                w.writeEndElement();
            }
            end(w);
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }

    /** Writes the {@code <uws:results>} element of a job as a document of its own. */
    public static void writeResults(Job job, URI jobUrl, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = start(out, "results", false);
            results(w, job, jobUrl);
            end(w);
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code <uws:jobs>}.
     *
     * @param listUrl the job list's URL, ending in a slash; job URLs are resolved against it
     */
    public static void writeJobList(List<Job> jobs, URI listUrl, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = start(out, "jobs");
            for (Job job : jobs) {
                w.writeStartElement("uws", "jobref", NS);
                w.writeAttribute("id", job.jobId());
                w.writeAttribute("xlink", XLINK_NS, "type", "simple");
                w.writeAttribute("xlink", XLINK_NS, "href", listUrl.resolve(job.jobId()).toString());
                text(w, "phase", job.phase().name());
                if (job.runId() != null) {
                    text(w, "runId", job.runId());
                }
                nillable(w, "ownerId", job.ownerId());
                text(w, "creationTime", time(job.creationTime()));
                w.writeEndElement();
            }
            end(w);
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }

    private static void results(XMLStreamWriter w, Job job, URI jobUrl) throws XMLStreamException {
        for (JobResult r : job.results()) {
            w.writeEmptyElement("uws", "result", NS);
            w.writeAttribute("id", r.id());
            w.writeAttribute("xlink", XLINK_NS, "type", "simple");
            w.writeAttribute("xlink", XLINK_NS, "href", jobUrl.resolve("results/" + r.id()).toString());
            w.writeAttribute("size", Long.toString(r.size()));
            w.writeAttribute("mime-type", r.mimeType());
        }
    }

    private static XMLStreamWriter start(OutputStream out, String root) throws XMLStreamException {
        return start(out, root, true);
    }

    /** Only the job and job list elements carry UWS's version attribute. */
    private static XMLStreamWriter start(OutputStream out, String root, boolean versioned) throws XMLStreamException {
        XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("uws", root, NS);
        w.writeNamespace("uws", NS);
        w.writeNamespace("xlink", XLINK_NS);
        w.writeNamespace("xsi", XSI_NS);
        if (versioned) {
            w.writeAttribute("version", "1.1");
        }
        return w;
    }

    private static void end(XMLStreamWriter w) throws XMLStreamException {
        w.writeEndElement();
        w.writeEndDocument();
        w.flush();
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement("uws", name, NS);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void nillable(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        if (value == null) {
            w.writeEmptyElement("uws", name, NS);
            w.writeAttribute("xsi", XSI_NS, "nil", "true");
        } else {
            text(w, name, value);
        }
    }

    /** UWS times: UTC to the millisecond. */
    static String time(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
