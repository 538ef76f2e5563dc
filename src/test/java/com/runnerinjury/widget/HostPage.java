package com.runnerinjury.widget;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A clinic's website in miniature: pages on another origin (127.0.0.1 on a free port, while the service is
 * localhost) that embed the widgets with the snippet, so module loading and API calls cross origins as they do on
 * a real site.
 */
final class HostPage implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();

    HostPage() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String page = pages.get(exchange.getRequestURI().getPath());
            byte[] body = (page == null ? "not found" : page).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", page == null ? "text/plain" : "text/html;charset=utf-8");
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** Serves a page whose body is {@code body}, below a head that loads {@code script}, and returns its URL. */
    String page(String name, String script, String body) {
        pages.put("/" + name, """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Clinic</title>
                <link rel="icon" href="data:,">
                <script type="module" src="%s"></script></head>
                <body>%s</body></html>
                """.formatted(script, body));
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
    }

    /** A port on which nothing listens: it was free a moment ago and is closed again. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
