package io.github.idfraud.simulator.legit;

import io.github.idfraud.simulator.world.DayClock;
import io.github.idfraud.simulator.world.Habits;
import io.github.idfraud.simulator.world.Rng;

/** A person's ordinary day: logins, card payments, cash, transfers to known payees and the monthly rent. */
public final class Routine {

    private static final double[] CHANNEL_WEIGHTS = {55, 22, 13, 10};

    private final LegitActor actor;

    public Routine(LegitActor actor) {
        this.actor = actor;
    }

    public void day(long dayStart) {
        Habits h = actor.habits();
        boolean weekend = DayClock.dayOfWeek(dayStart) >= 5;
        double activity = weekend ? actor.world.config.legit().weekendActivity() : 1.0;
        if (Rng.chance(actor.r, h.loginPropensity() * activity)) {
            actor.session(actor.activeSecond(dayStart));
            if (Rng.chance(actor.r, 0.25)) {
                actor.session(actor.activeSecond(dayStart));
            }
        }
        int payments = Math.min(3, Rng.poisson(actor.r, h.paymentsPerDay() * (weekend ? 1.15 : 1.0)));
        for (int i = 0; i < payments; i++) {
            payment(actor.activeSecond(dayStart));
        }
        if (h.rentAmount() > 0 && actor.world.dayOfMonth(dayStart) == h.rentDay()) {
            long t = dayStart + Rng.between(actor.r, 7 * 3600, 21 * 3600);
            actor.transfer(t, h.payees().get(0), h.rentAmount());
        }
    }

    private void payment(long t) {
        switch (Rng.weighted(actor.r, CHANNEL_WEIGHTS)) {
            case 0 -> actor.cardPresent(t);
            case 1 -> actor.cardNotPresent(t);
            case 2 -> {
                double amount = Rng.logNormal(actor.r, actor.habits().medianAmount() * 3, 0.8);
                actor.transfer(t, Rng.pick(actor.r, actor.state.payees), amount);
            }
            default -> actor.atm(t);
        }
    }
}
