package io.github.idfraud.features;

import io.github.idfraud.contract.RedisKeys;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Where an identifier's value lives in Redis (ADR 0015): a field of one of {@code count} bucket hashes per
 * pseudonymisation key under the prefix. The engine names a value by {@link StateKeys}
 * ({@code <prefix>{<kind>:<pseudonym>}:s:<keyId>}; a prefix has no braces); the field is {@code <kind>:<pseudonym>},
 * and the bucket, {@code <prefix>{<n>}:h:<keyId>}, follows from the name alone, so anyone holding the name (the engine,
 * a data-subject request, a test) finds the value, and the re-key tool deletes a retired key's buckets by name. A stored field is {@link #DEADLINE_BYTES} of deadline (Unix
 * seconds, big-endian), then the value: hash fields have no expiry of their own before Redis 7.4.
 *
 * @param count how many buckets; one per {@value #IDENTIFIERS_PER_BUCKET} identifiers keeps each a compact listpack
 *              (docs/operations.md).
 *              Changing it orphans every stored value (they expire), so it is set once per deployment.
 */
public record StateBuckets(int count) {

    public static final int DEFAULT_COUNT = 65_536;
    public static final int DEADLINE_BYTES = 4;
    /** How many identifiers a bucket is sized for; under the listpack bound below, with room to grow five-fold. */
    public static final int IDENTIFIERS_PER_BUCKET = 100;
    /**
     * The Redis settings that keep a bucket a listpack (a few bytes per field) rather than a hashtable (about a string
     * key's cost per field, as before ADR 0015): Redis's defaults, 128 fields and 64-byte values, are under a bucket's
     * size and most values. The operations guide, the k8s Redis configuration and the test clusters set the same.
     */
    public static final Map<String, String> REDIS_SETTINGS = Map.of(
            "hash-max-listpack-entries", "512", "hash-max-listpack-value", "8192");

    public StateBuckets {
        if (count < 1) {
            throw new IllegalArgumentException("state buckets must be at least 1, not " + count);
        }
    }

    /** Buckets for about {@code identifiers} identifiers, {@value #IDENTIFIERS_PER_BUCKET} to a bucket. */
    public static StateBuckets forIdentifiers(long identifiers) {
        return new StateBuckets((int) Math.max(1, Math.min(Integer.MAX_VALUE,
                (identifiers + IDENTIFIERS_PER_BUCKET - 1) / IDENTIFIERS_PER_BUCKET)));
    }

    /** Where a value lives: its bucket's key and its field there. */
    public record Place(String key, String field) {
    }

    /** The bucket and field of the value named {@code valueName}, from one reading of the name. */
    public Place place(String valueName) {
        Name name = Name.of(valueName);
        // CRC32C rather than String.hashCode, whose low bits follow the last characters of similar names
        CRC32C crc = new CRC32C();
        crc.update(name.field.getBytes(StandardCharsets.UTF_8));
        return new Place(RedisKeys.identifierStateBucket(name.prefix, (int) (crc.getValue() % count), name.keyId),
                name.field);
    }

    /** The bucket holding the value named {@code valueName}. */
    public String key(String valueName) {
        return place(valueName).key();
    }

    /** The field of the value named {@code valueName} in its bucket. */
    public String field(String valueName) {
        return Name.of(valueName).field;
    }

    /** The name of the value in field {@code field} of the bucket {@code bucketKey}: the inverse of key and field. */
    public static String valueName(String bucketKey, String field) {
        if (!isBucket(bucketKey)) {
            throw new IllegalArgumentException("not a bucket of identifier values: " + bucketKey);
        }
        int open = bucketKey.indexOf('{');
        int close = bucketKey.indexOf('}', open);
        return bucketKey.substring(0, open) + "{" + field + "}" + StateKeys.LAYOUT_SUFFIX
                + bucketKey.substring(close + 1 + RedisKeys.IDENTIFIER_STATE_BUCKET.length());
    }

    /** Whether {@code key} is a bucket of identifier values ({@code <prefix>{<n>}:h[:<keyId>]}). */
    public static boolean isBucket(String key) {
        int open = key.indexOf('{');
        int close = open < 0 ? -1 : key.indexOf('}', open);
        if (close <= open + 1 || !key.startsWith(RedisKeys.IDENTIFIER_STATE_BUCKET, close + 1)
                || !key.chars().skip(open + 1).limit(close - open - 1).allMatch(Character::isDigit)) {
            return false;
        }
        int end = close + 1 + RedisKeys.IDENTIFIER_STATE_BUCKET.length();
        return end == key.length() || key.charAt(end) == ':' && end + 1 < key.length();
    }

    /** A value's name taken apart: {@code <prefix>{<field>}:s[:<keyId>]}. */
    private record Name(String prefix, String field, String keyId) {

        static Name of(String valueName) {
            int open = valueName.indexOf('{');
            int close = valueName.indexOf('}', open);
            if (open < 0 || close < 0 || !valueName.startsWith(StateKeys.LAYOUT_SUFFIX, close + 1)) {
                throw new IllegalArgumentException("not an identifier value's name: " + valueName);
            }
            String rest = valueName.substring(close + 1 + StateKeys.LAYOUT_SUFFIX.length());
            if (!rest.isEmpty() && (rest.length() < 2 || rest.charAt(0) != ':')) {
                throw new IllegalArgumentException("not an identifier value's name: " + valueName);
            }
            return new Name(valueName.substring(0, open), valueName.substring(open + 1, close),
                    rest.isEmpty() ? null : rest.substring(1));
        }
    }

    /** What a field stores: the deadline (Unix seconds), then the value. */
    public static byte[] stored(long deadline, byte[] value) {
        return ByteBuffer.allocate(DEADLINE_BYTES + value.length).putInt((int) deadline).put(value).array();
    }

    /** A stored field's deadline, Unix seconds. */
    public static long deadline(byte[] stored) {
        return Integer.toUnsignedLong(ByteBuffer.wrap(stored, 0, DEADLINE_BYTES).getInt());
    }

    /** A stored field's value, without its deadline. */
    public static byte[] value(byte[] stored) {
        return Arrays.copyOfRange(stored, DEADLINE_BYTES, stored.length);
    }

    /** Whether a stored field (null: none) still holds a value at {@code nowSeconds}. */
    public static boolean live(byte[] stored, long nowSeconds) {
        return stored != null && deadline(stored) > nowSeconds;
    }
}
