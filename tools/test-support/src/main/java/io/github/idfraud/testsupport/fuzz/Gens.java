package io.github.idfraud.testsupport.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The generators the fuzz tests are built from: fixed choices, weighted mixes, bounded numbers, characters and
 * strings, and combinations of several generators. Every bound is inclusive.
 */
public final class Gens {

    /** A generator and how often it is picked relative to the others in {@link #frequencyOf}; 0 means never. */
    public record Weighted<T>(int weight, Gen<? extends T> gen) {

        public Weighted {
            if (weight < 0) {
                throw new IllegalArgumentException("a weight cannot be negative: " + weight);
            }
        }
    }

    @FunctionalInterface
    public interface Function3<A, B, C, R> {
        R apply(A a, B b, C c);
    }

    @FunctionalInterface
    public interface Function4<A, B, C, D, R> {
        R apply(A a, B b, C c, D d);
    }

    @FunctionalInterface
    public interface Function5<A, B, C, D, E, R> {
        R apply(A a, B b, C c, D d, E e);
    }

    private Gens() {
    }

    /** Always {@code value} (which may be null). */
    public static <T> Gen<T> just(T value) {
        return random -> value;
    }

    /** One of {@code values}, each as likely. */
    @SafeVarargs
    public static <T> Gen<T> of(T... values) {
        return of(Arrays.asList(values));
    }

    /** One of {@code values} (null among them), each as likely; copied, so later changes do not count. */
    public static <T> Gen<T> of(Collection<? extends T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        List<T> choices = new ArrayList<>(values);
        return random -> choices.get(random.nextInt(choices.size()));
    }

    /** One of the enum's constants. */
    public static <E extends Enum<E>> Gen<E> of(Class<E> type) {
        return of(type.getEnumConstants());
    }

    public static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
        return new Weighted<>(weight, gen);
    }

    /** Picks one of the generators by weight, then draws from it. */
    @SafeVarargs
    public static <T> Gen<T> frequencyOf(Weighted<? extends T>... choices) {
        return frequencyOf(Arrays.asList(choices));
    }

    public static <T> Gen<T> frequencyOf(List<? extends Weighted<? extends T>> choices) {
        List<Weighted<? extends T>> copy = List.copyOf(choices);
        int total = copy.stream().mapToInt(Weighted::weight).sum();
        if (total == 0) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        return random -> {
            int ticket = random.nextInt(total);
            for (Weighted<? extends T> choice : copy) {
                ticket -= choice.weight();
                if (ticket < 0) {
                    return choice.gen().draw(random);
                }
            }
            throw new AssertionError("weights changed while drawing");
        };
    }

    public static Gen<Integer> integers(int min, int max) {
        checkRange(min, max);
        return random -> (int) random.nextLong(min, max + 1L);
    }

    /** Any long at all. */
    public static Gen<Long> longs() {
        return random -> random.nextLong();
    }

    public static Gen<Long> longs(long min, long max) {
        checkRange(min, max);
        if (max < Long.MAX_VALUE) {
            return random -> random.nextLong(min, max + 1);
        }
        // max + 1 would overflow: shift the range down by one instead.
        return min == Long.MIN_VALUE ? longs() : random -> random.nextLong(min - 1, max) + 1;
    }

    public static Gen<Character> chars(char min, char max) {
        checkRange(min, max);
        return random -> (char) (min + random.nextInt(max - min + 1));
    }

    /** Any UTF-16 code unit, lone surrogates and noncharacters included. */
    public static Gen<Character> anyChar() {
        return chars(Character.MIN_VALUE, Character.MAX_VALUE);
    }

    /** An ASCII letter. */
    public static Gen<Character> alphaChars() {
        return frequencyOf(weighted(1, chars('a', 'z')), weighted(1, chars('A', 'Z')));
    }

    /** Strings of {@code minLength} to {@code maxLength} characters drawn from {@code characters}. */
    public static Gen<String> strings(Gen<Character> characters, int minLength, int maxLength) {
        return characters.list(minLength, maxLength).map(Gens::join);
    }

    /** Some of {@code values} (none to all), in the order given. */
    @SafeVarargs
    public static <T> Gen<Set<T>> subsetOf(T... values) {
        return random -> {
            Set<T> subset = new LinkedHashSet<>();
            for (T value : values) {
                if (random.nextBoolean()) {
                    subset.add(value);
                }
            }
            return subset;
        };
    }

    public static <A, B, R> Gen<R> zip(Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> combine) {
        return random -> combine.apply(a.draw(random), b.draw(random));
    }

    public static <A, B, C, R> Gen<R> zip(Gen<A> a, Gen<B> b, Gen<C> c,
            Function3<? super A, ? super B, ? super C, ? extends R> combine) {
        return random -> combine.apply(a.draw(random), b.draw(random), c.draw(random));
    }

    public static <A, B, C, D, R> Gen<R> zip(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d,
            Function4<? super A, ? super B, ? super C, ? super D, ? extends R> combine) {
        return random -> combine.apply(a.draw(random), b.draw(random), c.draw(random), d.draw(random));
    }

    public static <A, B, C, D, E, R> Gen<R> zip(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Gen<E> e,
            Function5<? super A, ? super B, ? super C, ? super D, ? super E, ? extends R> combine) {
        return random -> combine.apply(a.draw(random), b.draw(random), c.draw(random), d.draw(random),
                e.draw(random));
    }

    private static String join(List<Character> characters) {
        StringBuilder text = new StringBuilder(characters.size());
        characters.forEach(text::append);
        return text.toString();
    }

    private static void checkRange(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("empty range " + min + ".." + max);
        }
    }
}
