package io.github.idfraud.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.LabelEntrySignature;
import io.github.idfraud.contract.StreamNames;
import io.github.idfraud.contract.StreamedLabel;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** Labels stream entries as the case service writes them: version, line and signature (test profile's key). */
final class SignedLabelEntries {

    private SignedLabelEntries() {
    }

    /** Layout 1, as case services before event references wrote it: an event-log line naming the bank's event id. */
    static Map<String, String> of(String labelLine) {
        return signed(StreamedLabel.SCHEMA_VERSION_EVENT_LOG_LINE, labelLine);
    }

    /** Layout 2: a {@link StreamedLabel}, naming its event by the alert's reference. */
    static Map<String, String> of(StreamedLabel label) {
        try {
            return signed(StreamedLabel.SCHEMA_VERSION, ContractJson.newMapper().writeValueAsString(label));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> signed(String version, String line) {
        return Map.of(StreamNames.FIELD_VERSION, version, StreamNames.FIELD_LABEL, line,
                StreamNames.FIELD_SIGNATURE, signature().sign(version, line));
    }

    static LabelEntrySignature signature() {
        return LabelEntrySignature.fromContactKey(ConfigProvider.getConfig()
                .getValue("fraud.contact-encryption-key", String.class));
    }
}
