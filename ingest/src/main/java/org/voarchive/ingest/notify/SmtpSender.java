package org.voarchive.ingest.notify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;

/**
 * Sends plain-text mail through an SMTP relay that accepts the archive's mail without login (the
 * site's relay on a trusted network), as RFC 5321 describes: EHLO, MAIL, RCPT, DATA with dot-stuffing,
 * QUIT. The body is UTF-8 in base64, so any text survives any relay.
 */
public final class SmtpSender {

    private final String host;
    private final int port;
    private final String from;
    private final Duration timeout;

    public SmtpSender(String host, int port, String from, Duration timeout) {
        this.host = host;
        this.port = port;
        this.from = from;
        this.timeout = timeout;
    }

    public void send(String to, String subject, String text) throws IOException {
        if (to.contains("\r") || to.contains("\n") || from.contains("\r") || from.contains("\n")) {
            throw new IOException("an address with a line break");
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            expect(in, 220, "greeting");
            command(out, in, "EHLO " + localName(socket), 250);
            command(out, in, "MAIL FROM:<" + from + ">", 250);
            command(out, in, "RCPT TO:<" + to + ">", 250);
            command(out, in, "DATA", 354);
            write(out, message(to, subject, text) + ".\r\n");
            expect(in, 250, "message");
            command(out, in, "QUIT", 221);
        }
    }

    private String message(String to, String subject, String text) {
        String body = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(text.getBytes(StandardCharsets.UTF_8));
        // base64 lines never start with a dot, so the body needs no dot-stuffing
        return "From: " + from + "\r\n"
                + "To: " + to + "\r\n"
                + "Subject: =?UTF-8?B?" + Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8))
                + "?=\r\n"
                + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now()) + "\r\n"
                + "Message-ID: <" + UUID.randomUUID() + "@" + domainOf(from) + ">\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "\r\n"
                + body + "\r\n";
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "localhost" : address.substring(at + 1);
    }

    private static String localName(Socket socket) {
        String name = socket.getLocalAddress().getHostName();
        return name == null || name.isBlank() ? "localhost" : name;
    }

    private static void command(OutputStream out, BufferedReader in, String line, int expected) throws IOException {
        write(out, line + "\r\n");
        expect(in, expected, line.split(" ")[0]);
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Reads a reply (its continuation lines too) and checks its code. */
    private static void expect(BufferedReader in, int expected, String after) throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                throw new IOException("the SMTP server closed the connection after " + after);
            }
        } while (line.length() > 3 && line.charAt(3) == '-');
        if (!line.startsWith(Integer.toString(expected))) {
            throw new IOException("the SMTP server answered " + after + " with: " + line);
        }
    }
}
