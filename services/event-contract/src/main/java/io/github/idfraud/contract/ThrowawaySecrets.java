package io.github.idfraud.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * The dev and test profiles' secrets (the {@code %dev.} and {@code %test.} values of a service's
 * application.properties) are public: a packaged service must never serve with one. A service started with
 * {@code QUARKUS_PROFILE=dev}, or with a dev key, issuer or password copied into its environment, finds it here and
 * refuses to start. Names settings, never values.
 */
public final class ThrowawaySecrets {

    private static final List<String> THROWAWAY_PROFILES = List.of("dev", "test");
    /** Settings that hold a secret or decide whom a token may come from. */
    private static final String KEY_SUFFIX = "-key";
    private static final Pattern SECRET_SETTING = Pattern.compile("(?i).*(key|secret|password|issuer|location).*");

    private ThrowawaySecrets() {
    }

    /** Throws, naming every throwaway setting in use, so that {@code service} does not start with one. */
    public static void refuseAny(Config config, String service) {
        List<String> inUse = inUse(config);
        if (!inUse.isEmpty()) {
            throw new IllegalStateException(service + " will not start with the dev or test profile's public values "
                    + "outside dev mode; set your own for: " + String.join(", ", inUse));
        }
    }

    /**
     * The settings, sorted, whose live value is (or, for a list such as {@code tenant:key,...}, holds an element of)
     * a dev or test profile's value; and {@code quarkus.profile} when that names one of those profiles.
     */
    public static List<String> inUse(Config config) {
        Set<String> found = new TreeSet<>();
        config.getOptionalValue("quarkus.profile", String.class)
                .filter(profiles -> elements(profiles).stream().anyMatch(THROWAWAY_PROFILES::contains))
                .ifPresent(profiles -> found.add("quarkus.profile"));
        for (String name : config.getPropertyNames()) {
            for (String profile : THROWAWAY_PROFILES) {
                String prefix = "%" + profile + ".";
                if (name.startsWith(prefix) && SECRET_SETTING.matcher(name).matches()) {
                    String setting = name.substring(prefix.length());
                    Set<String> throwaway = elements(raw(config, name).orElse(""));
                    for (String candidate : withRetiredKeys(setting)) {
                        Set<String> live = elements(config.getOptionalValue(candidate, String.class).orElse(""));
                        if (live.stream().anyMatch(throwaway::contains)) {
                            found.add(candidate);
                        }
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * The setting and, for a key ({@code fraud.vault-key}), its rotation settings ({@code fraud.vault-previous-keys},
     * {@code fraud.pseudonymisation-previous-key}): a dev key kept on as a "previous" one is just as public.
     */
    private static List<String> withRetiredKeys(String setting) {
        if (!setting.endsWith(KEY_SUFFIX)) {
            return List.of(setting);
        }
        String base = setting.substring(0, setting.length() - KEY_SUFFIX.length());
        return List.of(setting, base + "-previous-keys", base + "-previous-key");
    }

    /** A profile-prefixed name's own value, as written. */
    private static Optional<String> raw(Config config, String name) {
        return Optional.ofNullable(config.getConfigValue(name).getRawValue());
    }

    /** The non-blank comma-separated parts of a value. */
    private static Set<String> elements(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(part -> !part.isEmpty())
                .collect(Collectors.toSet());
    }
}
