package io.github.idfraud.k8s;

/** What a render is for, which decides the rules that differ between base and overlays. */
public enum Profile {
    /** k8s/base alone: not deployable by itself; must hold no Secret data, references are not resolved. */
    BASE,
    /** k8s/overlays/dev: every reference resolves inside the render; only Secrets marked dev-only. */
    DEV,
    /** k8s/overlays/prod: no Secret objects at all, highly available workloads, documented Secret names. */
    PROD;

    public static Profile parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
