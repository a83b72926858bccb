package org.voarchive.server.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A tiny SMTP server on loopback for tests: it accepts every message (RFC 5321's happy path, one
 * connection at a time) and keeps it for {@link #next}.
 */
public final class MailCatcher implements AutoCloseable {

    /** One message as received. */
    public record Mail(String from, List<String> to, String data) {

        /** A header's value, or null. */
        public String header(String name) {
            for (String line : data.split("\r\n")) {
                if (line.isEmpty()) {
                    return null;
                }
                if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                    return line.substring(name.length() + 1).strip();
                }
            }
            return null;
        }

        /** The subject, decoded from its RFC 2047 base64 form when it has one. */
        public String subject() {
            String s = header("Subject");
            if (s != null && s.startsWith("=?UTF-8?B?") && s.endsWith("?=")) {
                return new String(Base64.getDecoder().decode(s.substring(10, s.length() - 2)), StandardCharsets.UTF_8);
            }
            return s;
        }

        /** The body as text, decoded from base64 when its transfer encoding says so. */
        public String text() {
            String body = data.substring(data.indexOf("\r\n\r\n") + 4);
            if ("base64".equalsIgnoreCase(header("Content-Transfer-Encoding"))) {
                return new String(Base64.getMimeDecoder().decode(body.strip()), StandardCharsets.UTF_8);
            }
            return body;
        }
    }

    private final ServerSocket server;
    private final BlockingQueue<Mail> received = new LinkedBlockingQueue<>();
    private final Thread thread;

    public MailCatcher() throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "mail catcher");
        thread.setDaemon(true);
        thread.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The next message received, waiting up to the timeout; null when none came. */
    public Mail next(long timeout, TimeUnit unit) throws InterruptedException {
        return received.poll(timeout, unit);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                converse(s);
            } catch (IOException e) {
                // closed, or a client hung up mid-conversation: wait for the next
            }
        }
    }

    private void converse(Socket s) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = s.getOutputStream();
        reply(out, "220 catcher ESMTP");
        String from = null;
        List<String> to = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
            switch (verb) {
                case "EHLO", "HELO" -> reply(out, "250-catcher\r\n250 8BITMIME");
                case "MAIL" -> {
                    from = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
                    reply(out, "250 OK");
                }
                case "RCPT" -> {
                    to.add(line.substring(line.indexOf('<') + 1, line.indexOf('>')));
                    reply(out, "250 OK");
                }
                case "DATA" -> {
                    reply(out, "354 go ahead");
                    StringBuilder data = new StringBuilder();
                    String d;
                    while ((d = in.readLine()) != null && !d.equals(".")) {
                        data.append(d.startsWith("..") ? d.substring(1) : d).append("\r\n");
                    }
                    received.add(new Mail(from, List.copyOf(to), data.toString()));
                    reply(out, "250 queued");
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "250 OK");
            }
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
