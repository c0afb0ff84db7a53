package io.github.idfraud.scoring.security;

import java.time.Duration;

/**
 * The share of suspicious requests among a tenant's last {@code size} (a ring of flags), and whether it just rose
 * above a threshold: a crossing counts once, until the share falls back below it.
 */
final class RecentShare {

    enum Crossing { NONE, CROSSED, CROSSED_AND_LOG }

    private final boolean[] flags;
    private int next;
    private int filled;
    private int suspicious;
    private boolean above;
    private long lastLogNanos;
    private boolean logged;

    RecentShare(int size) {
        this.flags = new boolean[size];
    }

    synchronized Crossing add(boolean flag, double threshold, long nowNanos, Duration logEvery) {
        if (filled == flags.length) {
            suspicious -= flags[next] ? 1 : 0;
        } else {
            filled++;
        }
        flags[next] = flag;
        suspicious += flag ? 1 : 0;
        next = (next + 1) % flags.length;
        boolean nowAbove = filled == flags.length && suspicious > threshold * flags.length;
        boolean crossed = nowAbove && !above;
        above = nowAbove;
        if (!crossed) {
            return Crossing.NONE;
        }
        if (logged && nowNanos - lastLogNanos < logEvery.toNanos()) {
            return Crossing.CROSSED;
        }
        logged = true;
        lastLogNanos = nowNanos;
        return Crossing.CROSSED_AND_LOG;
    }
}
