package io.github.idfraud.loadgen.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the text between {@code <!-- bench:start -->} and {@code <!-- bench:end -->} in a markdown document and
 * touches nothing else. A marker counts only on a line of its own, so prose that mentions the markers is left alone.
 * A document without the markers gets a "## Benchmarks" section with them at its end.
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
        return update(document, "bench", "Benchmarks", content, intro);
    }

    /**
     * The same for the section between {@code <!-- name:start -->} and {@code <!-- name:end -->}; a document without
     * them gets a section titled {@code heading} at its end.
     */
    public static String update(String document, String name, String heading, String content, String intro) {
        String startMarker = "<!-- " + name + ":start -->";
        String endMarker = "<!-- " + name + ":end -->";
        List<Integer> starts = markerLines(document, startMarker);
        List<Integer> ends = markerLines(document, endMarker);
        if (starts.isEmpty() && ends.isEmpty()) {
            String body = document.stripTrailing();
            return body + (body.isEmpty() ? "" : "\n\n") + "## " + heading + "\n\n" + intro.strip() + "\n\n"
                    + startMarker + "\n" + content.strip() + "\n" + endMarker + "\n";
        }
        if (starts.size() != 1 || ends.size() != 1 || ends.get(0) < starts.get(0)) {
            throw new IllegalArgumentException("expected exactly one line " + startMarker + " followed by one line "
                    + endMarker + "; fix the markers by hand, nothing was changed");
        }
        int start = starts.get(0);
        int end = ends.get(0);
        return document.substring(0, start + startMarker.length()) + "\n" + content.strip() + "\n"
                + document.substring(end);
    }

    /** Offsets of the lines that consist of the marker alone (surrounding blanks allowed). */
    private static List<Integer> markerLines(String document, String marker) {
        List<Integer> found = new ArrayList<>();
        Matcher m = Pattern.compile("^[ \\t]*(" + Pattern.quote(marker) + ")[ \\t]*$", Pattern.MULTILINE).matcher(document);
        while (m.find()) {
            found.add(m.start(1));
        }
        return found;
    }
}
