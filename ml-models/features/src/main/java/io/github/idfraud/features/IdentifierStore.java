package io.github.idfraud.features;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Where the engine keeps identifier values (ADR 0004): whole values, replaced by compare-and-set. This port in JDK
 * types is all the engine knows of storage; {@code io.github.idfraud.features.redis.RedisIdentifierStore} implements it
 * on a Vert.x Redis client.
 *
 * <p>Calls must reach storage in the order they are made, as on one connection: the engine builds a commit on the
 * value of the commit before it, which may still be in flight, and makes its calls in that order under a lock.
 */
public interface IdentifierStore {

    /** Gets ready for the first commit, e.g. loads a script; optional, as a commit gets ready by itself when needed. */
    CompletionStage<Void> prepare();

    /**
     * Writes each commit's value only if its identifier still holds the version the value was built on.
     *
     * @param grouped in one call for all commits (a private replay; a store on a Redis Cluster, where the commits' keys
     *                lie in several slots, makes one call per commit anyway), otherwise one call per commit, each
     *                naming its one key
     * @return one reply per commit, in order; fails when storage could not be reached
     */
    CompletionStage<List<Reply>> commit(List<Commit> commits, boolean grouped);

    /**
     * Moves identifier values to their current keys during a pseudonymisation-key rotation. For each move whose key holds
     * no value yet, the first former key holding one is copied there with its remaining lifetime, and removed once
     * copied, unless it changed meanwhile. Every call names one key (Cluster-safe: the values of two pseudonyms may live
     * in different slots), and only one copy can land however many scorers move the same identifier at once.
     *
     * @return per move, in order, the value this call moved to its key, or null (nothing found, or the key already held
     *         a value: another scorer moved it first, or the identifier was written under its current key)
     */
    default CompletionStage<List<byte[]>> move(List<Move> moves) {
        throw new UnsupportedOperationException("this store cannot move values between keys");
    }

    /** An identifier's current key and the keys its value may still sit under, first match wins. */
    record Move(String key, List<String> formerKeys) {
    }

    /**
     * One identifier's compare-and-set. Arrays are not copied: the caller leaves them alone.
     *
     * @param key             the identifier's key
     * @param expectedVersion the 8 version bytes the stored value must start with, or null when the update was built on
     *                        no value (the identifier must still have none)
     * @param value           the new value (8 bytes of version, then the state)
     * @param ttlSeconds      how long the value lives without another write
     */
    record Commit(String key, byte[] expectedVersion, byte[] value, long ttlSeconds) {
    }

    /**
     * The answer to one commit.
     *
     * @param applied whether the value was written
     * @param current when refused, the value that won, for the update to be applied again to it (null: none is stored)
     */
    record Reply(boolean applied, byte[] current) {

        public static final Reply APPLIED = new Reply(true, null);

        public static Reply refused(byte[] current) {
            return new Reply(false, current);
        }
    }
}
