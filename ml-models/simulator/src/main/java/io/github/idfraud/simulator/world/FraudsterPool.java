package io.github.idfraud.simulator.world;

import io.github.idfraud.contract.Address;
import io.github.idfraud.contract.Identity;
import io.github.idfraud.contract.Payee;
import io.github.idfraud.simulator.FraudsterParams;
import io.github.idfraud.simulator.SimulationConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fraudster infrastructure shared by all incidents: devices, mule accounts, drop addresses and a few
 * e-mails and phones that get reused. Read-only after construction, so per-person generators can share it.
 */
public final class FraudsterPool {

    private static final int POOLED_CONTACTS = 50;
    private static final long FRESH_CONTACT_BASE = Ids.FRAUD_CONTACT_BASE + 100_000;
    private static final String[] MULE_COUNTRIES = {"LT", "RO", "NG", "AE", "BG"};

    private final long seed;
    private final FraudsterParams params;
    private final Ids ids;
    private final List<DeviceProfile> devices = new ArrayList<>();
    private final List<Payee> mules = new ArrayList<>();
    private final List<Address> dropAddresses = new ArrayList<>();

    public FraudsterPool(SimulationConfig config, Ids ids) {
        this.seed = config.seed();
        this.params = config.fraudsters();
        this.ids = ids;
        SplittableRandom r = Rng.of(config.seed(), Rng.FRAUDSTERS, 0);
        for (int i = 0; i < params.devices(); i++) {
            devices.add(Devices.create(r));
        }
        for (int i = 0; i < params.mulePayees(); i++) {
            String country = Rng.chance(r, 0.7) ? "GB" : Rng.pick(r, MULE_COUNTRIES);
            mules.add(new Payee("p-" + Rng.hex(r, 12), country));
        }
        for (int i = 0; i < params.dropAddresses(); i++) {
            City city = Cities.home(r);
            dropAddresses.add(new Address(Names.streetLine(r), Rng.chance(r, 0.5) ? "Flat " + (1 + r.nextInt(40)) : null,
                    city.name(), Names.postcode(r, city), city.country()));
        }
    }

    public DeviceProfile device(SplittableRandom r) {
        return Rng.pick(r, devices);
    }

    public Payee mule(SplittableRandom r) {
        return Rng.pick(r, mules);
    }

    public Address dropAddress(SplittableRandom r) {
        return Rng.pick(r, dropAddresses);
    }

    /**
     * Contact details for one incident: either pooled ones (so links across victims exist) or fresh ones.
     * {@code personIndex} and {@code purpose} (0..2) make fresh values unique per incident.
     */
    public Contact contact(SplittableRandom r, int personIndex, int purpose) {
        long slot = Rng.chance(r, params.reusedContactShare())
                ? Ids.FRAUD_CONTACT_BASE + r.nextInt(POOLED_CONTACTS)
                : FRESH_CONTACT_BASE + personIndex * 3L + purpose;
        SplittableRandom names = Rng.of(seed, Rng.FRAUDSTERS, slot);
        String email = Names.email(names, Names.first(names), Names.last(names), ids.emailTag(slot));
        return new Contact(email, ids.phone(slot));
    }

    /** Where an attacker appears to be: another UK city, a city abroad, or a VPN exit abroad. */
    public Cities.Located origin(SplittableRandom r, City victimHome, double domesticShare) {
        if (Rng.chance(r, domesticShare)) {
            City city = Cities.otherDomestic(r, victimHome);
            return new Cities.Located(Cities.ip(r, city), city);
        }
        if (Rng.chance(r, 0.5)) {
            return Cities.vpn(r);
        }
        City city = Cities.abroad(r);
        return new Cities.Located(Cities.ip(r, city), city);
    }

    /** A fraudster e-mail and phone number. */
    public record Contact(String email, String phone) {

        /** Those of {@code identity}'s e-mail and phone that are this contact's, not the person's own. */
        public String[] foundIn(Identity identity) {
            boolean email = this.email.equals(identity.email());
            boolean phone = this.phone.equals(identity.phone());
            return email && phone ? new String[] {this.email, this.phone}
                    : email ? new String[] {this.email} : phone ? new String[] {this.phone} : new String[0];
        }
    }
}
