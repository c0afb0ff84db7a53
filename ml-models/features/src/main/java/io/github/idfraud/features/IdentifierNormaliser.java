package io.github.idfraud.features;

import io.github.idfraud.contract.Address;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Canonical forms, so that the same person written two ways gets the same pseudonym:
 * trimmed; e-mail lower-cased; phone in E.164; address upper-cased, accents and punctuation removed.
 */
public final class IdentifierNormaliser {

    /** Calling codes for numbers given in national format; others must arrive with a '+' or '00' prefix. */
    private static final Map<String, String> CALLING_CODES = Map.ofEntries(
            Map.entry("GB", "44"), Map.entry("IE", "353"), Map.entry("US", "1"), Map.entry("CA", "1"),
            Map.entry("DE", "49"), Map.entry("FR", "33"), Map.entry("ES", "34"), Map.entry("IT", "39"),
            Map.entry("NL", "31"), Map.entry("BE", "32"), Map.entry("PT", "351"), Map.entry("PL", "48"));

    public String nationalId(String raw) {
        return blankToNull(raw) == null ? null : raw.replaceAll("[\\s\\-./]", "").toUpperCase(Locale.ROOT);
    }

    public String email(String raw) {
        return blankToNull(raw) == null ? null : raw.trim().toLowerCase(Locale.ROOT);
    }

    /** @param country ISO country used to read a national-format number, may be null */
    public String phone(String raw, String country) {
        if (blankToNull(raw) == null) {
            return null;
        }
        String digits = raw.trim().replaceAll("[\\s()\\-.]", "");
        if (digits.startsWith("+")) {
            return "+" + digits.substring(1).replaceAll("\\D", "");
        }
        digits = digits.replaceAll("\\D", "");
        if (digits.startsWith("00")) {
            return "+" + digits.substring(2);
        }
        String callingCode = country == null ? null : CALLING_CODES.get(country);
        if (callingCode != null && digits.startsWith("0")) {
            return "+" + callingCode + digits.substring(1);
        }
        return "+" + digits;
    }

    public String address(Address address) {
        if (address == null || (blankToNull(address.line1()) == null && blankToNull(address.postalCode()) == null)) {
            return null;
        }
        return canonical(address.line1()) + "|" + canonical(address.line2()) + "|"
                + canonical(address.postalCode()).replace(" ", "") + "|" + canonical(address.country());
    }

    public String plain(String raw) {
        return blankToNull(raw) == null ? null : raw.trim();
    }

    public String ip(String raw) {
        return blankToNull(raw) == null ? null : raw.trim().toLowerCase(Locale.ROOT);
    }

    private static String canonical(String part) {
        if (part == null) {
            return "";
        }
        String ascii = Normalizer.normalize(part, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9 ]", " ").replaceAll("\\s+", " ").trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
