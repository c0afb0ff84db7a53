package io.github.idfraud.features;

/** The kinds of identifiers another identifier counts distinct values of ("devices per national ID", ...). */
enum Link {
    TENANT,
    NATIONAL_ID,
    EMAIL,
    PHONE,
    ADDRESS,
    DEVICE,
    CUSTOMER;

    static Link of(IdentifierKind kind) {
        return switch (kind) {
            case NATIONAL_ID -> NATIONAL_ID;
            case EMAIL -> EMAIL;
            case PHONE -> PHONE;
            case ADDRESS -> ADDRESS;
            case DEVICE -> DEVICE;
            case CUSTOMER -> CUSTOMER;
            default -> throw new IllegalArgumentException("no link kind for " + kind);
        };
    }
}
