package io.github.idfraud.demo;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The three banks' webhook endpoints for "no, this wasn't me" (docs/bank-webhook.md), on this machine's loopback: each
 * checks the signature with its bank's key as a bank would, and counts each delivery id once.
 */
final class BankReceiver implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> keyByTenant = new LinkedHashMap<>();
    private final Set<String> deliveries = new HashSet<>();
    private final AtomicInteger badSignatures = new AtomicInteger();

    BankReceiver(int port, Iterable<String> tenants) throws IOException {
        for (String tenant : tenants) {
            keyByTenant.put(tenant, "demo-webhook-" + tenant + "-" + DemoCli.secret(24));
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        for (String tenant : keyByTenant.keySet()) {
            server.createContext("/" + tenant + "/fraud-answers", exchange -> {
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                boolean valid = verifies(keyByTenant.get(tenant), exchange.getRequestHeaders().getFirst("X-Fraud-Signature"), body);
                if (valid) {
                    synchronized (deliveries) {
                        deliveries.add(exchange.getRequestHeaders().getFirst("X-Fraud-Delivery-Id"));
                    }
                } else {
                    badSignatures.incrementAndGet();
                }
                exchange.sendResponseHeaders(valid ? 204 : 401, -1);
                exchange.close();
            });
        }
    }

    void start() {
        server.start();
    }

    Map<String, String> urlByTenant() {
        Map<String, String> urls = new HashMap<>();
        keyByTenant.keySet().forEach(t -> urls.put(t, "http://127.0.0.1:" + server.getAddress().getPort() + "/" + t + "/fraud-answers"));
        return urls;
    }

    Map<String, String> keyByTenant() {
        return keyByTenant;
    }

    /** Distinct deliveries with a valid signature. */
    int notified() {
        synchronized (deliveries) {
            return deliveries.size();
        }
    }

    int badSignatures() {
        return badSignatures.get();
    }

    private static boolean verifies(String key, String header, byte[] body) {
        if (header == null || !header.startsWith("t=") || !header.contains(",v1=")) {
            return false;
        }
        String t = header.substring(2, header.indexOf(','));
        String v1 = header.substring(header.indexOf(",v1=") + 4);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(t.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            byte[] expected = mac.doFinal(body);
            return MessageDigest.isEqual(java.util.HexFormat.of().formatHex(expected).getBytes(StandardCharsets.UTF_8),
                    v1.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
