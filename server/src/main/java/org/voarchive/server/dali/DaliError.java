package org.voarchive.server.dali;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import uk.ac.starlink.votable.VOSerializer;

/**
 * A DALI error document: a VOTable whose results resource holds only {@code QUERY_STATUS} ERROR and the
 * message. The message is for people: what was wrong and, where known, where (line and column).
 */
public final class DaliError {

    /** The MIME type of error documents. */
    public static final String MIME_TYPE = "application/x-votable+xml";

    private DaliError() {
    }

    /** Writes the error document; the stream is flushed, not closed. */
    public static void write(String message, OutputStream out) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<VOTABLE version=\"1.4\" xmlns=\"" + VoTableWriter.NS + "\">\n"
                + "<RESOURCE type=\"results\">\n"
                + "<INFO name=\"QUERY_STATUS\" value=\"ERROR\">" + VOSerializer.formatText(message) + "</INFO>\n"
                + "</RESOURCE>\n</VOTABLE>\n";
        out.write(xml.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
