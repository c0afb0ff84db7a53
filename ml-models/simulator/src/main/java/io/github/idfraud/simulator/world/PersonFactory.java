package io.github.idfraud.simulator.world;

import io.github.idfraud.contract.Address;
import io.github.idfraud.contract.LoginMethod;
import io.github.idfraud.contract.Payee;
import io.github.idfraud.simulator.SimulationConfig;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Builds person {@code i} from (seed, i) alone, so any person can be rebuilt without the others. */
public final class PersonFactory {

    private static final LoginMethod[] METHODS = {
        LoginMethod.PASSWORD, LoginMethod.BIOMETRIC, LoginMethod.PASSKEY, LoginMethod.ONE_TIME_CODE};
    private static final double[] METHOD_WEIGHTS = {45, 35, 10, 10};
    private static final String[] ABROAD_PAYEE_COUNTRIES = {"IE", "FR", "ES", "PL", "IN", "PK", "NG", "RO"};

    private final long seed;
    private final SimulationConfig config;
    private final Ids ids;
    private final MerchantCatalog merchants;
    private final LocalDate today;

    public PersonFactory(SimulationConfig config, Ids ids, MerchantCatalog merchants) {
        this.seed = config.seed();
        this.config = config;
        this.ids = ids;
        this.merchants = merchants;
        this.today = LocalDate.ofInstant(config.start(), ZoneOffset.UTC);
    }

    public Person person(int index) {
        SplittableRandom r = Rng.of(seed, Rng.PERSON, index);
        String first = Names.first(r);
        String last = Names.last(r);
        LocalDate dob = birthDate(r, 18, 90);
        City home = Cities.home(r);
        String line2 = Rng.chance(r, 0.2) ? "Flat " + (1 + r.nextInt(40)) : null;
        Address address = new Address(Names.streetLine(r), line2, home.name(), Names.postcode(r, home), home.country());
        List<DeviceProfile> devices = new ArrayList<>();
        devices.add(Devices.create(r));
        if (Rng.chance(r, 0.6)) {
            devices.add(Devices.create(r));
        }
        int tenants = config.tenants().size();
        int primary = r.nextInt(tenants);
        int second = tenants > 1 && Rng.chance(r, config.legit().secondBankShare())
                ? (primary + 1 + r.nextInt(tenants - 1)) % tenants : -1;
        return new Person(index, first, last, dob, ids.nationalId(index),
                Names.email(r, first, last, ids.emailTag(index)), ids.phone(index), address, home,
                Cities.ip(r, home), List.copyOf(devices), primary, second, habits(r, home));
    }

    /** A birth date for someone aged between {@code minAge} and {@code maxAge}, mostly 25-60. */
    public LocalDate birthDate(SplittableRandom r, int minAge, int maxAge) {
        int age = Math.max(minAge, Math.min(maxAge, 18 + (int) Math.abs(Rng.gaussian(r) * 14 + 22)));
        return today.minusYears(age).minusDays(r.nextInt(365));
    }

    private Habits habits(SplittableRandom r, City home) {
        double median = Math.max(4, Rng.logNormal(r, 22, 0.5));
        boolean rent = Rng.chance(r, config.legit().rentPayerShare());
        double rentAmount = rent ? Math.round(Rng.logNormal(r, 900, 0.35) / 10) * 10.0 : 0;
        double balance = median * Rng.logNormal(r, 60, 0.6) + rentAmount * 1.2;
        List<Payee> payees = new ArrayList<>();
        int payeeCount = Rng.between(r, 1, 4);
        for (int i = 0; i < payeeCount; i++) {
            payees.add(payee(r));
        }
        return new Habits(
                Rng.uniform(r, 0.35, 0.98),
                Math.min(3.0, Rng.logNormal(r, 1.1, 0.5)),
                median,
                Rng.uniform(r, 0.5, 0.9),
                Rng.between(r, -2, 3),
                METHODS[Rng.weighted(r, METHOD_WEIGHTS)],
                rentAmount,
                Rng.between(r, 1, 28),
                balance,
                Rng.logNormal(r, 1.0, 0.8),
                Rng.chance(r, 0.06),
                List.copyOf(payees),
                sample(r, merchants.shops(home), Rng.between(r, 8, 15)),
                sample(r, merchants.online(), Rng.between(r, 3, 8)));
    }

    /** A new person-to-person payee; a few live abroad. */
    public static Payee payee(SplittableRandom r) {
        String country = Rng.chance(r, 0.04) ? Rng.pick(r, ABROAD_PAYEE_COUNTRIES) : "GB";
        return new Payee("p-" + Rng.hex(r, 12), country);
    }

    private static List<Merchant> sample(SplittableRandom r, List<Merchant> from, int count) {
        List<Merchant> chosen = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            chosen.add(Rng.pick(r, from));
        }
        return List.copyOf(chosen);
    }
}
