package io.github.idfraud.loadgen.report;

/**
 * Replaces the text between {@code <!-- bench:start -->} and {@code <!-- bench:end -->} in a markdown document and
 * touches nothing else. A document without the markers gets a "## Benchmarks" section with them at its end.
 */
public final class MarkerSection {

    public static final String START = "<!-- bench:start -->";
    public static final String END = "<!-- bench:end -->";

    private MarkerSection() {
    }

    /**
     * @param intro text placed above the markers when the section has to be created (e.g. how to run the suite)
     */
    public static String update(String document, String content, String intro) {
        int start = document.indexOf(START);
        int end = document.indexOf(END);
        if (start < 0 && end < 0) {
            String body = document.stripTrailing();
            return body + (body.isEmpty() ? "" : "\n\n") + "## Benchmarks\n\n" + intro.strip() + "\n\n" + START + "\n"
                    + content.strip() + "\n" + END + "\n";
        }
        if (start < 0 || end < 0 || end < start || document.indexOf(START, start + 1) >= 0
                || document.indexOf(END, end + 1) >= 0) {
            throw new IllegalArgumentException("expected exactly one " + START + " followed by one " + END
                    + "; fix the markers by hand, nothing was changed");
        }
        return document.substring(0, start + START.length()) + "\n" + content.strip() + "\n" + document.substring(end);
    }
}
