package io.github.idfraud.simulator;

import io.github.idfraud.simulator.world.Ids;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Everything a simulation depends on: the same config (seed included) always gives the same bytes.
 *
 * @param seed              root of every random stream
 * @param start             first second of the simulated period (UTC, whole seconds)
 * @param days              length of the period; events fall in [start, start + days)
 * @param identities        number of real people simulated (each a customer of at least one tenant by the end)
 * @param tenants           the banks; a person's first bank is drawn from these
 * @param legit             legitimate behaviour rates
 * @param fraudsters        shared fraudster infrastructure (devices, mules, drop addresses)
 * @param stolenIdentity    scenario {@code stolen_identity}
 * @param accountTakeover   scenario {@code account_takeover}
 * @param simSwap           scenario {@code sim_swap}
 * @param cardCompromise    scenario {@code card_compromise}
 * @param syntheticIdentity scenario {@code synthetic_identity}
 * @param moneyMule         scenario {@code money_mule}
 * @param cardTesting       scenario {@code card_testing}
 * @param slowTakeover      scenario {@code slow_takeover}
 * @param lookalikes        legitimate behaviour that looks like fraud
 * @param dataQuality       how much each bank leaves out of its events
 * @param labels            label delays, unlabelled share and wrong labels
 */
public record SimulationConfig(
        long seed,
        Instant start,
        int days,
        int identities,
        List<String> tenants,
        LegitParams legit,
        FraudsterParams fraudsters,
        StolenIdentityParams stolenIdentity,
        AccountTakeoverParams accountTakeover,
        SimSwapParams simSwap,
        CardCompromiseParams cardCompromise,
        SyntheticIdentityParams syntheticIdentity,
        MoneyMuleParams moneyMule,
        CardTestingParams cardTesting,
        SlowTakeoverParams slowTakeover,
        LookalikeParams lookalikes,
        DataQualityParams dataQuality,
        LabelParams labels) {

    public static final Instant DEFAULT_START = Instant.parse("2026-10-01T00:00:00Z");
    public static final List<String> DEFAULT_TENANTS = List.of("bank-a", "bank-b", "bank-c");

    public SimulationConfig {
        Objects.requireNonNull(start, "start is required, e.g. 2026-10-01T00:00:00Z");
        if (start.getNano() != 0) {
            throw new IllegalArgumentException("start must be a whole second, got " + start);
        }
        Check.range("days", days, 1, 3650);
        Check.range("identities", identities, 1, Ids.MAX_PEOPLE);
        Objects.requireNonNull(tenants, "tenants are required, e.g. [bank-a, bank-b]");
        tenants = List.copyOf(tenants);
        if (tenants.isEmpty() || tenants.stream().anyMatch(String::isBlank) || new HashSet<>(tenants).size() != tenants.size()) {
            throw new IllegalArgumentException("tenants must be distinct non-blank names, got " + tenants);
        }
        Objects.requireNonNull(legit, "legit");
        Objects.requireNonNull(fraudsters, "fraudsters");
        Objects.requireNonNull(stolenIdentity, "stolenIdentity");
        Objects.requireNonNull(accountTakeover, "accountTakeover");
        Objects.requireNonNull(simSwap, "simSwap");
        Objects.requireNonNull(cardCompromise, "cardCompromise");
        Objects.requireNonNull(syntheticIdentity, "syntheticIdentity");
        Objects.requireNonNull(moneyMule, "moneyMule");
        Objects.requireNonNull(cardTesting, "cardTesting");
        Objects.requireNonNull(slowTakeover, "slowTakeover");
        Objects.requireNonNull(lookalikes, "lookalikes");
        Objects.requireNonNull(dataQuality, "dataQuality");
        Objects.requireNonNull(labels, "labels");
    }

    /** Defaults: start 2026-10-01T00:00:00Z, tenants bank-a, bank-b, bank-c, default rates (about 1% fraud events). */
    public static SimulationConfig defaults(long seed, int days, int identities) {
        return new SimulationConfig(seed, DEFAULT_START, days, identities, DEFAULT_TENANTS, LegitParams.defaults(),
                FraudsterParams.defaults(), StolenIdentityParams.defaults(), AccountTakeoverParams.defaults(),
                SimSwapParams.defaults(), CardCompromiseParams.defaults(), SyntheticIdentityParams.defaults(),
                MoneyMuleParams.defaults(), CardTestingParams.defaults(), SlowTakeoverParams.defaults(),
                LookalikeParams.defaults(), DataQualityParams.complete(), LabelParams.defaults());
    }

    /** First second after the period. */
    public Instant end() {
        return start.plusSeconds(86_400L * days);
    }

    /** The same config with every fraud scenario switched off. */
    public SimulationConfig withoutFraud() {
        return withStolenIdentity(stolenIdentity.withDailyRate(0))
                .withAccountTakeover(accountTakeover.withDailyRate(0))
                .withSimSwap(simSwap.withDailyRate(0))
                .withCardCompromise(cardCompromise.withMerchants(0))
                .withSyntheticIdentity(syntheticIdentity.withRingsPer10k(0))
                .withMoneyMule(moneyMule.withDailyRate(0))
                .withCardTesting(cardTesting.withDailyRate(0))
                .withSlowTakeover(slowTakeover.withDailyRate(0));
    }

    /** The same world over another period: {@code value} must be a whole second. */
    public SimulationConfig withStart(Instant value) {
        return new SimulationConfig(seed, value, days, identities, tenants, legit, fraudsters, stolenIdentity,
                accountTakeover, simSwap, cardCompromise, syntheticIdentity, moneyMule, cardTesting, slowTakeover,
                lookalikes, dataQuality, labels);
    }

    public SimulationConfig withSeed(long value) {
        return new SimulationConfig(value, start, days, identities, tenants, legit, fraudsters, stolenIdentity,
                accountTakeover, simSwap, cardCompromise, syntheticIdentity, moneyMule, cardTesting, slowTakeover,
                lookalikes, dataQuality, labels);
    }

    public SimulationConfig withTenants(List<String> value) {
        return new SimulationConfig(seed, start, days, identities, value, legit, fraudsters, stolenIdentity,
                accountTakeover, simSwap, cardCompromise, syntheticIdentity, moneyMule, cardTesting, slowTakeover,
                lookalikes, dataQuality, labels);
    }

    public SimulationConfig withLegit(LegitParams value) {
        return new SimulationConfig(seed, start, days, identities, tenants, value, fraudsters, stolenIdentity,
                accountTakeover, simSwap, cardCompromise, syntheticIdentity, moneyMule, cardTesting, slowTakeover,
                lookalikes, dataQuality, labels);
    }

    public SimulationConfig withFraudsters(FraudsterParams value) {
        return new SimulationConfig(seed, start, days, identities, tenants, legit, value, stolenIdentity,
                accountTakeover, simSwap, cardCompromise, syntheticIdentity, moneyMule, cardTesting, slowTakeover,
                lookalikes, dataQuality, labels);
    }

    public SimulationConfig withStolenIdentity(StolenIdentityParams value) {
        return new SimulationConfig(seed, start, days, identities, tenants, legit, fraudsters, value, accountTakeover,
                simSwap, cardCompromise, syntheticIdentity, moneyMule, cardTesting, slowTakeover, lookalikes,
                dataQuality, labels);
    }

    public SimulationConfig withAccountTakeover(AccountTakeoverParams value) {
        return new SimulationConfig(seed, start, days, identities, tenants, legit, fraudsters, stolenIdentity, value,
                simSwap, cardCompromise, syntheticIdentity, moneyMule, cardTesting, slowTakeover, lookalikes,
                dataQuality, labels);
    }

    public SimulationConfig withSimSwap(SimSwapParams value) {
        return new SimulationConfig(seed, start, days, identities, tenants, legit, fraudsters, stolenIdentity,
                accountTakeover, value, cardCompromise, syntheticIdentity, moneyMule, cardTesting, slowTakeover,
                lookalikes, dataQuality, labels);
    }

    public SimulationConfig withCardCompromise(CardCompromiseParams value) {
        return new SimulationConfig(seed, start, days, identities, tenants, legit, fraudsters, stolenIdentity,
                accountTakeover, simSwap, value, syntheticIdentity, moneyMule, cardTesting, slowTakeover, lookalikes,
                dataQuality, labels);
    }

    public SimulationConfig withSyntheticIdentity(SyntheticIdentityParams value) {
        return new SimulationConfig(seed, start, days, identities, tenants, legit, fraudsters, stolenIdentity,
                accountTakeover, simSwap, cardCompromise, value, moneyMule, cardTesting, slowTakeover, lookalikes,
                dataQuality, labels);
    }

    public SimulationConfig withMoneyMule(MoneyMuleParams value) {
        return new SimulationConfig(seed, start, days, identities, tenants, legit, fraudsters, stolenIdentity,
                accountTakeover, simSwap, cardCompromise, syntheticIdentity, value, cardTesting, slowTakeover,
                lookalikes, dataQuality, labels);
    }

    public SimulationConfig withCardTesting(CardTestingParams value) {
        return new SimulationConfig(seed, start, days, identities, tenants, legit, fraudsters, stolenIdentity,
                accountTakeover, simSwap, cardCompromise, syntheticIdentity, moneyMule, value, slowTakeover,
                lookalikes, dataQuality, labels);
    }

    public SimulationConfig withSlowTakeover(SlowTakeoverParams value) {
        return new SimulationConfig(seed, start, days, identities, tenants, legit, fraudsters, stolenIdentity,
                accountTakeover, simSwap, cardCompromise, syntheticIdentity, moneyMule, cardTesting, value,
                lookalikes, dataQuality, labels);
    }

    public SimulationConfig withLookalikes(LookalikeParams value) {
        return new SimulationConfig(seed, start, days, identities, tenants, legit, fraudsters, stolenIdentity,
                accountTakeover, simSwap, cardCompromise, syntheticIdentity, moneyMule, cardTesting, slowTakeover,
                value, dataQuality, labels);
    }

    public SimulationConfig withDataQuality(DataQualityParams value) {
        return new SimulationConfig(seed, start, days, identities, tenants, legit, fraudsters, stolenIdentity,
                accountTakeover, simSwap, cardCompromise, syntheticIdentity, moneyMule, cardTesting, slowTakeover,
                lookalikes, value, labels);
    }

    public SimulationConfig withLabels(LabelParams value) {
        return new SimulationConfig(seed, start, days, identities, tenants, legit, fraudsters, stolenIdentity,
                accountTakeover, simSwap, cardCompromise, syntheticIdentity, moneyMule, cardTesting, slowTakeover,
                lookalikes, dataQuality, value);
    }
}
