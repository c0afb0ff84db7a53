package io.github.idfraud.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Who the applicant or account holder says they are. Every field is personal data. */
public record Identity(
        @Size(min = 1, max = 64) String nationalId,
        @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @Past LocalDate dateOfBirth,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "\\+?[0-9 ()\\-]{6,24}", message = "must be a phone number, preferably E.164 such as +447700900123")
        String phone,
        @Valid Address address) {
}
