package io.github.idfraud.testsupport.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A source of generated values: each draw takes what it needs from the run's seeded {@link Random}, so one seed
 * always draws the same inputs. Built with {@link Gens}; composed with {@link #map}, {@link #flatMap},
 * {@link #filter} and {@link #list}.
 */
@FunctionalInterface
public interface Gen<T> {

    /** How often a filter may reject in a row before the generator is taken to be wrong. */
    int MAX_REJECTIONS = 10_000;

    T draw(Random random);

    default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
        return random -> mapper.apply(draw(random));
    }

    /** A generator chosen by a drawn value (a length, then text of that length). */
    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> next) {
        return random -> next.apply(draw(random)).draw(random);
    }

    /** Draws again until {@code keep} holds; fails loudly rather than loop when it almost never does. */
    default Gen<T> filter(Predicate<? super T> keep) {
        return random -> {
            for (int attempt = 0; attempt < MAX_REJECTIONS; attempt++) {
                T value = draw(random);
                if (keep.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("a filter rejected " + MAX_REJECTIONS + " drawn values in a row");
        };
    }

    /** Lists of {@code minSize} to {@code maxSize} values, each drawn on its own. */
    default Gen<List<T>> list(int minSize, int maxSize) {
        Gen<Integer> sizes = Gens.integers(minSize, maxSize);
        return random -> {
            int size = sizes.draw(random);
            List<T> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(draw(random));
            }
            return values;
        };
    }
}
