package io.github.idfraud.simulator;

import io.github.idfraud.simulator.label.LabelPlanner;
import io.github.idfraud.simulator.scenario.MuleNetwork;
import io.github.idfraud.simulator.world.Account;
import io.github.idfraud.simulator.world.CompromisedMerchants;
import io.github.idfraud.simulator.world.FraudsterPool;
import io.github.idfraud.simulator.world.Ids;
import io.github.idfraud.simulator.world.MerchantCatalog;
import io.github.idfraud.simulator.world.PersonFactory;
import io.github.idfraud.simulator.world.PopularPayees;
import java.time.LocalDate;

/**
 * The read-only context every generator shares: configuration, catalogues, id codes, payees many customers pay,
 * label policy and the plans that span several people (money mules).
 */
public final class World {

    public final SimulationConfig config;
    public final long start;
    final long end;
    public final Ids ids;
    public final MerchantCatalog merchants;
    public final FraudsterPool fraudsters;
    public final PopularPayees popularPayees;
    public final LabelPlanner labels;
    public final PersonFactory people;
    public final CompromisedMerchants breaches;
    public final MuleNetwork mules;
    private final byte[] dayOfMonth;

    public World(SimulationConfig config) {
        this.config = config;
        this.start = config.start().getEpochSecond();
        this.end = config.end().getEpochSecond();
        this.ids = new Ids(config.seed());
        this.merchants = new MerchantCatalog(config.seed());
        this.fraudsters = new FraudsterPool(config, ids);
        this.popularPayees = new PopularPayees(config);
        this.labels = new LabelPlanner(config.labels());
        this.people = new PersonFactory(config, ids, merchants);
        this.breaches = new CompromisedMerchants(config, merchants);
        this.dayOfMonth = new byte[config.days()];
        for (int day = 0; day < config.days(); day++) {
            dayOfMonth[day] = (byte) LocalDate.ofEpochDay(Math.floorDiv(dayStart(day), 86_400L)).getDayOfMonth();
        }
        this.mules = new MuleNetwork(this); // last: it reads the people, fraudsters and labels above
    }

    public int tenantCount() {
        return config.tenants().size();
    }

    /** The account a tenant gives the customer in {@code slot}; distinct slots give distinct ids per tenant. */
    public Account account(int tenantIndex, long slot, long openedAt) {
        return new Account(tenantIndex, config.tenants().get(tenantIndex), ids.customerId(tenantIndex, slot),
                ids.accountId(tenantIndex, slot), openedAt);
    }

    public long dayStart(int day) {
        return start + 86_400L * day;
    }

    /** Day of the month (1-31, UTC) of the simulated day starting at {@code dayStart}. */
    public int dayOfMonth(long dayStart) {
        return dayOfMonth[dayOf(dayStart)];
    }

    /** Index of the day {@code t} falls in. */
    public int dayOf(long t) {
        return (int) Math.floorDiv(t - start, 86_400L);
    }
}
