package io.github.idfraud.testsupport.fuzz;

import static io.github.idfraud.testsupport.fuzz.Gens.weighted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GensTests {

    private static final Gen<String> MIXED = Gens.frequencyOf(
            weighted(3, Gens.strings(Gens.anyChar(), 0, 20)),
            weighted(1, Gens.zip(Gens.integers(-5, 5), Gens.alphaChars(), (n, c) -> c + "" + n)),
            weighted(1, Gens.of("a", "b").flatMap(s -> Gens.integers(1, 3).map(s::repeat))),
            weighted(1, Gens.of("x", null)));

    @Test
    void theSameSeedDrawsTheSameValuesAndAnotherSeedOthers() {
        assertThat(draw(MIXED, 42, 500)).isEqualTo(draw(MIXED, 42, 500)).isNotEqualTo(draw(MIXED, 43, 500));
    }

    @Test
    void boundsAreInclusiveAndNeverExceeded() {
        Random random = new Random(1);
        Set<Integer> seen = new HashSet<>();
        IntStream.range(0, 2_000).forEach(i -> seen.add(Gens.integers(-2, 2).draw(random)));
        assertThat(seen).containsExactlyInAnyOrder(-2, -1, 0, 1, 2);
        assertThat(draw(Gens.longs(Long.MAX_VALUE - 1, Long.MAX_VALUE), 1, 200)).containsOnly(Long.MAX_VALUE - 1,
                Long.MAX_VALUE);
        assertThat(draw(Gens.integers(Integer.MIN_VALUE, Integer.MAX_VALUE), 1, 200)).doesNotHaveDuplicates();
        assertThat(draw(Gens.strings(Gens.chars('a', 'c'), 2, 4), 1, 500))
                .allMatch(s -> s.length() >= 2 && s.length() <= 4 && s.chars().allMatch(c -> c >= 'a' && c <= 'c'));
    }

    @Test
    void weightsSetHowOftenEachChoiceIsPickedAndZeroMeansNever() {
        Gen<String> mix = Gens.frequencyOf(weighted(3, Gens.just("often")), weighted(1, Gens.just("seldom")),
                weighted(0, Gens.just("never")));
        Map<String, Integer> counts = new HashMap<>();
        draw(mix, 7, 8_000).forEach(value -> counts.merge(value, 1, Integer::sum));
        assertThat(counts).doesNotContainKey("never");
        assertThat(counts.get("often") / (double) counts.get("seldom")).isBetween(2.7, 3.3);
    }

    @Test
    void aFilterThatRejectsEverythingFailsInsteadOfLooping() {
        Gen<Integer> impossible = Gens.integers(0, 9).filter(n -> n > 9);
        assertThatThrownBy(() -> impossible.draw(new Random(1))).isInstanceOf(IllegalStateException.class);
        assertThat(draw(Gens.integers(0, 9).filter(n -> n % 2 == 0), 1, 100)).allMatch(n -> n % 2 == 0);
    }

    @Test
    void subsetsKeepTheGivenOrderAndCoverEmptyAndFull() {
        List<Set<String>> subsets = draw(Gens.subsetOf("x", "y", "z"), 3, 400);
        assertThat(subsets).contains(Set.of(), Set.of("x", "y", "z"))
                .allMatch(subset -> String.join("", subset).matches("x?y?z?"));
    }

    private static <T> List<T> draw(Gen<T> gen, long seed, int count) {
        Random random = new Random(seed);
        return IntStream.range(0, count).mapToObj(i -> gen.draw(random)).toList();
    }
}
