package io.github.idfraud.trainer.csv;

import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.Label;
import io.github.idfraud.contract.LabelValue;
import io.github.idfraud.contract.Transaction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Maps one CSV row to a TRANSACTION event and, when the row is flagged as fraud, its delayed FRAUD label. */
final class CsvRowMapper {

    // The contract's patterns for ids, currencies and merchant category codes.
    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9._:\\-]+");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern MERCHANT_CATEGORY = Pattern.compile("[0-9]{4}");
    private static final int AMOUNT_DECIMALS = 4;

    private final CsvMapping mapping;
    private final Duration labelDelay;
    private final TimestampParser timestamps;
    private final Set<String> fraudValues;
    private final Map<String, Integer> index = new HashMap<>();

    /** One row's outcome: its tenant, its event, and its FRAUD label or null. */
    record Mapped(String tenant, Event event, Label label) {
    }

    CsvRowMapper(CsvMapping mapping, List<String> header, Duration labelDelay) {
        this.mapping = mapping;
        this.labelDelay = labelDelay;
        this.timestamps = new TimestampParser(mapping.timestamp());
        this.fraudValues = mapping.fraudValues().stream().map(v -> v.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).trim(), i);
        }
        CsvMapping.Columns c = mapping.columns();
        for (String column : new String[] {c.eventId(), c.occurredAt(), c.customerId(), c.accountId(), c.counterpartyId(),
                c.amount(), c.currency(), c.channel(), c.merchantCategory(), c.tenant(), c.fraud()}) {
            if (column != null && !index.containsKey(column)) {
                throw new IllegalArgumentException("the mapping names column '" + column + "', which the CSV header "
                        + header + " does not have");
            }
        }
    }

    Mapped map(List<String> row) {
        CsvMapping.Columns c = mapping.columns();
        String id = mapping.eventIdPrefix() + required(row, c.eventId());
        if (!EVENT_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("event id '" + id + "' may contain only letters, digits and . _ : -");
        }
        Instant at = timestamps.parse(required(row, c.occurredAt()));
        String tenant = orDefault(value(row, c.tenant()), mapping.tenant());
        Transaction transaction = new Transaction(amount(required(row, c.amount())), currency(row), channel(row),
                value(row, c.counterpartyId()), merchantCategory(row));
        Event event = new Event(id, EventType.TRANSACTION, at, value(row, c.customerId()), value(row, c.accountId()), null,
                null, null, null, null, transaction);
        String flag = value(row, c.fraud());
        Label label = flag != null && fraudValues.contains(flag.toLowerCase(Locale.ROOT))
                ? new Label(id, LabelValue.FRAUD, at.plus(labelDelay), mapping.labelSource()) : null;
        return new Mapped(tenant, event, label);
    }

    private static BigDecimal amount(String text) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount '" + text + "' is not a decimal number such as 57.16");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount " + text + " is negative; refunds are not transactions here");
        }
        return amount.scale() > AMOUNT_DECIMALS ? amount.setScale(AMOUNT_DECIMALS, RoundingMode.HALF_UP) : amount;
    }

    private String currency(List<String> row) {
        String currency = orDefault(value(row, mapping.columns().currency()), mapping.currency()).toUpperCase(Locale.ROOT);
        if (!CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency '" + currency + "' is not an ISO 4217 code such as EUR");
        }
        return currency;
    }

    private Channel channel(List<String> row) {
        String text = value(row, mapping.columns().channel());
        if (text == null) {
            return mapping.channel();
        }
        try {
            return Channel.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("channel '" + text + "' is not one of " + List.of(Channel.values()));
        }
    }

    private String merchantCategory(List<String> row) {
        String mcc = value(row, mapping.columns().merchantCategory());
        if (mcc != null && !MERCHANT_CATEGORY.matcher(mcc).matches()) {
            throw new IllegalArgumentException("merchant category '" + mcc + "' is not a four-digit code");
        }
        return mcc;
    }

    private String required(List<String> row, String column) {
        String value = value(row, column);
        if (value == null) {
            throw new IllegalArgumentException("column " + column + " is empty");
        }
        return value;
    }

    /** The trimmed cell of {@code column}, or null when the column is not mapped, missing in the row or empty. */
    private String value(List<String> row, String column) {
        if (column == null) {
            return null;
        }
        int i = index.get(column);
        if (i >= row.size()) {
            return null;
        }
        String cell = row.get(i).trim();
        return cell.isEmpty() ? null : cell;
    }

    private static String orDefault(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
