package io.github.idfraud.scoring;

import io.github.idfraud.contract.LabelEntrySignature;
import io.github.idfraud.contract.StreamNames;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** Labels stream entries as the case service writes them: version, line and signature (test profile's key). */
final class SignedLabelEntries {

    private static final String VERSION = "1";

    private SignedLabelEntries() {
    }

    static Map<String, String> of(String labelLine) {
        return Map.of(StreamNames.FIELD_VERSION, VERSION, StreamNames.FIELD_LABEL, labelLine,
                StreamNames.FIELD_SIGNATURE, signature().sign(VERSION, labelLine));
    }

    static LabelEntrySignature signature() {
        return LabelEntrySignature.fromContactKey(ConfigProvider.getConfig()
                .getValue("fraud.contact-encryption-key", String.class));
    }
}
