package io.github.idfraud.features;

/** The sliding event-time windows the Lua script knows, by their code in its argument list. */
enum Window {
    HOUR("1h"),
    DAY("24h"),
    WEEK("7d"),
    MONTH("30d");

    private final String code;

    Window(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }
}
