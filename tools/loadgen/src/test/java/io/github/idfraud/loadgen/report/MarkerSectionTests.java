package io.github.idfraud.loadgen.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkerSectionTests {

    @Test
    void replacesOnlyTheTextBetweenTheMarkers() {
        String readme = "# Title\n\nIntro.\n\n## Benchmarks\n\nHow to run.\n\n<!-- bench:start -->\nold table\n"
                + "<!-- bench:end -->\n\n## After\n\nMore text.\n";

        String updated = MarkerSection.update(readme, "new table\n", "ignored");

        assertThat(updated).isEqualTo("# Title\n\nIntro.\n\n## Benchmarks\n\nHow to run.\n\n<!-- bench:start -->\n"
                + "new table\n<!-- bench:end -->\n\n## After\n\nMore text.\n");
        assertThat(MarkerSection.update(updated, "new table", "ignored")).isEqualTo(updated);
    }

    @Test
    void markersMentionedInProseAreNotMarkers() {
        String doc = "Run it: the text between `<!-- bench:start -->` and `<!-- bench:end -->` is rewritten.\n\n"
                + "<!-- bench:start -->\nold\n<!-- bench:end -->\n";

        assertThat(MarkerSection.update(doc, "new", "ignored")).isEqualTo(
                "Run it: the text between `<!-- bench:start -->` and `<!-- bench:end -->` is rewritten.\n\n"
                        + "<!-- bench:start -->\nnew\n<!-- bench:end -->\n");
    }

    @Test
    void createsABenchmarksSectionAtTheEndWhenTheMarkersAreMissing() {
        String updated = MarkerSection.update("# Title\n\nText.\n\n\n", "table", "Run `./bench`.");

        assertThat(updated).isEqualTo("# Title\n\nText.\n\n## Benchmarks\n\nRun `./bench`.\n\n<!-- bench:start -->\ntable\n"
                + "<!-- bench:end -->\n");
    }

    @Test
    void refusesBrokenMarkersRatherThanGuess() {
        assertThatThrownBy(() -> MarkerSection.update("<!-- bench:end -->\n<!-- bench:start -->\n", "t", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing was changed");
        assertThatThrownBy(() -> MarkerSection.update("<!-- bench:start -->\nno end\n", "t", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MarkerSection.update(
                "<!-- bench:start -->\n<!-- bench:end -->\n<!-- bench:start -->\n<!-- bench:end -->\n", "t", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
