package io.github.idfraud.testsupport.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sends generated requests exactly as built: raw body bytes, any content type, path segments and query values
 * percent-encoded here (REST Assured would re-encode or refuse hostile values). One client, kept alive.
 */
public final class FuzzHttp {

    /** One request as generated: {@code path} already encoded, {@code query} values raw. */
    public record Request(String method, String path, Map<String, List<String>> query, Map<String, String> headers,
                   byte[] body) {

        public Request {
            query = query == null ? Map.of() : query;
            headers = headers == null ? Map.of() : headers;
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }

        /** For failure messages: the request line, its headers (bearer tokens shortened) and the body's start. */
        public String describe() {
            String shownHeaders = headers.entrySet().stream()
                    .map(h -> h.getKey() + ": " + (h.getKey().equalsIgnoreCase("Authorization")
                            ? abbreviate(h.getValue(), 40) : h.getValue()))
                    .collect(Collectors.joining("; "));
            String shownBody = body == null ? "(no body)"
                    : body.length + " bytes: " + abbreviate(new String(body, StandardCharsets.UTF_8), 300);
            return method + " " + path + queryString(query) + " [" + shownHeaders + "] " + shownBody;
        }
    }

    public record Response(int status, String contentType, String body, Map<String, List<String>> headers) {

        /** The first value of header {@code name}, or null. */
        public String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(h -> h.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public FuzzHttp(URI base) {
        this.base = base;
    }

    /**
     * Beyond these sizes the HTTP server refuses the request itself and drops the connection: such requests go over
     * a connection of their own, so the kept-alive one stays usable.
     */
    private static final int SERVER_LINE_LIMIT = 4_000;
    private static final int SERVER_HEADER_LIMIT = 8_000;
    private static final int SERVER_BODY_LIMIT = 10 * 1024 * 1024;

    public Response send(Request request) {
        HttpClient sender = oversized(request) ? HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                : client;
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        base.resolve(request.path() + queryString(request.query())))
                .timeout(Duration.ofSeconds(30)).method(request.method(), body);
        request.headers().forEach(builder::header);
        try {
            HttpResponse<byte[]> response = sender.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    new String(response.body(), StandardCharsets.UTF_8), response.headers().map());
        } catch (IOException e) {
            throw new AssertionError("no answer to " + request.describe(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted sending " + request.describe(), e);
        }
    }

    private static boolean oversized(Request request) {
        int line = request.path().length() + queryString(request.query()).length();
        int headers = request.headers().values().stream().mapToInt(String::length).sum();
        return line > SERVER_LINE_LIMIT || headers > SERVER_HEADER_LIMIT
                || (request.body() != null && request.body().length > SERVER_BODY_LIMIT);
    }

    /** A path segment as a browser would send it: every reserved or non-ASCII character percent-encoded. */
    public static String segment(String raw) {
        return URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static Map<String, List<String>> query(String name, String value) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put(name, List.of(value));
        return query;
    }

    private static String queryString(Map<String, List<String>> query) {
        if (query.isEmpty()) {
            return "";
        }
        return "?" + query.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> segment(e.getKey()) + "=" + segment(v)))
                .collect(Collectors.joining("&"));
    }

    public static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "...(" + text.length() + " chars)";
    }
}
