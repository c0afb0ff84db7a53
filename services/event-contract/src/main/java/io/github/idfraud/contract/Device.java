package io.github.idfraud.contract;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

/** The device and network the event came from, as the bank observed them. */
public record Device(
        @Size(min = 1, max = 128) String deviceId,
        @Size(max = 45) @jakarta.validation.constraints.Pattern(regexp = "[0-9A-Fa-f.:]{2,45}", message = "must be an IPv4 or IPv6 address") String ip,
        @Size(max = 512) String userAgent,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude) {
}
