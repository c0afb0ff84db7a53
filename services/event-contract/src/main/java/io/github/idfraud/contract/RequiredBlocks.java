package io.github.idfraud.contract;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The type-dependent blocks of an {@link Event} are present (e.g. a TRANSACTION has a transaction). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RequiredBlocksValidator.class)
public @interface RequiredBlocks {
    String message() default "is required for this event type";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
