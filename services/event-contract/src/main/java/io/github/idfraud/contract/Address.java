package io.github.idfraud.contract;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A postal address; country is an ISO 3166-1 alpha-2 code. */
public record Address(
        @Size(max = 200) String line1,
        @Size(max = 200) String line2,
        @Size(max = 100) String city,
        @Size(max = 20) String postalCode,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as GB") String country) {
}
