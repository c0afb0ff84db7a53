package io.github.idfraud.k8s;

import com.google.gson.JsonObject;

/**
 * One Kubernetes object of a rendered overlay: where it came from, its raw JSON form and, once the schema check
 * accepted it, its typed form (a model of the official Kubernetes Java client).
 */
public record Manifest(String source, int index, String apiVersion, String kind, String namespace, String name,
                       JsonObject raw, Object typed) {

    /** {@code Kind/namespace/name} for messages. */
    public String id() {
        return kind + "/" + (namespace == null ? "" : namespace + "/") + name;
    }

    public Manifest withTyped(Object value) {
        return new Manifest(source, index, apiVersion, kind, namespace, name, raw, value);
    }

    @SuppressWarnings("unchecked")
    public <T> T as(Class<T> type) {
        return type.isInstance(typed) ? (T) typed : null;
    }
}
