package io.github.idfraud.contract;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Reports each missing type-dependent block on the block's own property path, so the error names the field. */
public class RequiredBlocksValidator implements ConstraintValidator<RequiredBlocks, Event> {

    @Override
    public boolean isValid(Event event, ConstraintValidatorContext context) {
        if (event == null || event.type() == null) {
            return true; // @NotNull on type reports that case
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        switch (event.type()) {
            case ACCOUNT_OPENING -> {
                valid &= require(event.identity() != null, "identity", event, context);
                if (event.identity() != null) {
                    valid &= require(event.identity().nationalId() != null, "identity.nationalId", event, context);
                }
            }
            case LOGIN -> {
                valid &= require(event.device() != null, "device", event, context);
                valid &= require(event.login() != null, "login", event, context);
            }
            case CONTACT_CHANGE -> valid &= require(event.contactChange() != null, "contactChange", event, context);
            case PAYEE_ADDED -> valid &= require(event.payee() != null, "payee", event, context);
            case TRANSACTION -> valid &= require(event.transaction() != null, "transaction", event, context);
            case PASSWORD_RESET -> { }
            case PROFILE_VERIFIED -> {
                valid &= require(event.profile() != null, "profile", event, context);
                valid &= require(event.identity() != null
                        && (event.identity().email() != null || event.identity().phone() != null), "identity.email", event, context);
            }
        }
        if (event.type() != EventType.ACCOUNT_OPENING) {
            valid &= require(event.customerId() != null && !event.customerId().isBlank(), "customerId", event, context);
        }
        return valid;
    }

    private static boolean require(boolean present, String path, Event event, ConstraintValidatorContext context) {
        if (!present) {
            var builder = context.buildConstraintViolationWithTemplate("is required for type " + event.type());
            String[] nodes = path.split("\\.");
            var node = builder.addPropertyNode(nodes[0]);
            for (int i = 1; i < nodes.length; i++) {
                node = node.addPropertyNode(nodes[i]);
            }
            node.addConstraintViolation();
        }
        return present;
    }
}
