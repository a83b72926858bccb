package org.voarchive.server.auth;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** An HTTP endpoint on loopback for tests that keeps every request body POSTed to it. */
public final class WebhookCatcher implements AutoCloseable {

    /** One call as received. */
    public record Call(String path, String contentType, String body) {
    }

    private final HttpServer server;
    private final BlockingQueue<Call> received = new LinkedBlockingQueue<>();
    private volatile int status = 204;

    public WebhookCatcher() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(new Call(exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("Content-Type"),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** The URL of a path on this endpoint. */
    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** The status the endpoint answers with from now on. */
    public void answer(int status) {
        this.status = status;
    }

    /** The next call received, waiting up to the timeout; null when none came. */
    public Call next(long timeout, TimeUnit unit) throws InterruptedException {
        return received.poll(timeout, unit);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
