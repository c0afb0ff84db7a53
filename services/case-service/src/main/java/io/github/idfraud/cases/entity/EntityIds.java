package io.github.idfraud.cases.entity;

/** How generated ids are handed out, written once for the entities and their migration (V10__pooled_ids.sql). */
public final class EntityIds {

    /**
     * Ids a sequence call reserves (Hibernate's pooled optimizer); V10 sets each sequence's increment to this. Ids are
     * then unique, not in commit order across instances: lists order by time first.
     */
    public static final int ALLOCATION_SIZE = 50;

    private EntityIds() {
    }
}
