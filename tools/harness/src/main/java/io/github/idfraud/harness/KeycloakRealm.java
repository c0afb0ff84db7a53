package io.github.idfraud.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.idfraud.contract.AnalystRoles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The committed realm export ({@code keycloak/idfraud-realm.json} on the harness classpath). Its secrets are
 * {@code ${NAME}} placeholders: the client secrets, the workbench's base URL and one {@code PASSWORD_<USER>} per user
 * ({@link #passwordPlaceholder}), filled per run by {@link #fill}, so no password is ever committed.
 */
final class KeycloakRealm {

    static final String RESOURCE = "/keycloak/idfraud-realm.json";
    static final String WORKBENCH_BASE_URL = "WORKBENCH_BASE_URL";
    static final String WORKBENCH_CLIENT_SECRET = "WORKBENCH_CLIENT_SECRET";
    static final String CASE_API_CLIENT_SECRET = "CASE_API_CLIENT_SECRET";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");
    private static final Set<String> ROLES = Set.of(AnalystRoles.ANALYST, AnalystRoles.SUPERVISOR);

    private final ObjectMapper json = new ObjectMapper();
    private final ObjectNode template;

    KeycloakRealm() {
        try (InputStream in = KeycloakRealm.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the harness jar");
            }
            template = (ObjectNode) json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    String name() {
        return template.path("realm").asText();
    }

    /** Every user with the tenant of their bank group and their role, in the export's order. */
    List<RealmUser> users() {
        List<RealmUser> users = new ArrayList<>();
        for (JsonNode user : template.path("users")) {
            String username = user.path("username").asText();
            String role = null;
            for (JsonNode realmRole : user.path("realmRoles")) {
                if (ROLES.contains(realmRole.asText())) {
                    role = realmRole.asText();
                }
            }
            String tenant = null;
            for (JsonNode groupPath : user.path("groups")) {
                tenant = tenantOfGroup(groupPath.asText());
            }
            if (role == null || tenant == null) {
                throw new IllegalStateException(RESOURCE + ": user " + username
                        + " needs one of the roles " + ROLES + " and a bank group with a tenant attribute");
            }
            users.add(new RealmUser(username, tenant, role));
        }
        return users;
    }

    static String passwordPlaceholder(String username) {
        return "PASSWORD_" + username.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /**
     * The realm as JSON with every placeholder replaced by its value; fails naming the placeholders that have none, so
     * a new placeholder in the export cannot reach Keycloak as literal text.
     */
    String fill(Map<String, String> values) {
        ObjectNode realm = template.deepCopy();
        Set<String> missing = new TreeSet<>();
        replaceIn(realm, values, missing);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(RESOURCE + " has placeholders without a value: " + missing);
        }
        try {
            return json.writeValueAsString(realm);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tenantOfGroup(String path) {
        for (JsonNode group : template.path("groups")) {
            if (group.path("path").asText().equals(path)) {
                JsonNode tenant = group.path("attributes").path("tenant").path(0);
                return tenant.isTextual() ? tenant.asText() : null;
            }
        }
        return null;
    }

    private static void replaceIn(JsonNode node, Map<String, String> values, Set<String> missing) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (field.getValue().isTextual()) {
                    field.setValue(TextNode.valueOf(replace(field.getValue().asText(), values, missing)));
                } else {
                    replaceIn(field.getValue(), values, missing);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(replace(array.get(i).asText(), values, missing)));
                } else {
                    replaceIn(array.get(i), values, missing);
                }
            }
        }
    }

    private static String replace(String text, Map<String, String> values, Set<String> missing) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                missing.add(placeholder.group(1));
                value = placeholder.group();
            }
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }
}
