package io.github.idfraud.k8s;

import java.util.ArrayList;
import java.util.List;

/** Policy findings of one render, each naming the object it is about. */
public final class Findings {

    private final List<String> messages = new ArrayList<>();

    public void add(Manifest manifest, String message) {
        messages.add(manifest.id() + ": " + message);
    }

    public void add(String message) {
        messages.add(message);
    }

    public List<String> messages() {
        return List.copyOf(messages);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }
}
