package io.github.idfraud.cases.mail;

/** Shows the consumer enough of an identifier to recognise it, and no more: j***@example.com, ******0123. */
public final class Masking {

    private Masking() {
    }

    public static String email(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return address.charAt(0) + "***" + address.substring(at);
    }

    public static String phone(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String digits = number.replaceAll("[^0-9]", "");
        if (digits.length() <= 4) {
            return "******";
        }
        return "******" + digits.substring(digits.length() - 4);
    }
}
