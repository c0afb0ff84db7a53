package io.github.idfraud.simulator.legit;

import io.github.idfraud.contract.Address;
import io.github.idfraud.contract.Device;
import io.github.idfraud.contract.Identity;
import io.github.idfraud.contract.Payee;
import io.github.idfraud.simulator.world.Account;
import io.github.idfraud.simulator.world.Cities;
import io.github.idfraud.simulator.world.City;
import io.github.idfraud.simulator.world.DayClock;
import io.github.idfraud.simulator.world.DeviceProfile;
import io.github.idfraud.simulator.world.Devices;
import io.github.idfraud.simulator.world.Ids;
import io.github.idfraud.simulator.world.Person;
import io.github.idfraud.simulator.world.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** What changes about a person during the period: contact details, devices, accounts, payees and trips. */
public final class CustomerState {

    public final Person person;
    /** Own devices, the main phone first; read them through {@link #device(int, long)}, which knows upgrades. */
    final List<DeviceProfile> devices;
    public final List<Account> accounts = new ArrayList<>();
    final List<Payee> payees;
    public final ContactHistory<String> email;
    public final ContactHistory<String> phone;
    final ContactHistory<Address> address;
    /** Own contact changes a person makes in one period: the ids give each person four slots (Ids). */
    static final int MAX_OWN_CHANGES = 3;
    private int contactChanges;
    /** Day a harvested card gets misused, -1 while the card is safe. */
    int cardMisuseDay = -1;
    Account cardAccount;
    /** The phone replaced at {@code phoneSince}: a day's events are generated out of time order, as for contacts. */
    private DeviceProfile previousPhone;
    private long phoneSince = Long.MIN_VALUE;
    /** What the bank sees of each own device on the home network; see {@link #atHome}. */
    private final Device[] homeSessions = new Device[2];
    private final DeviceProfile[] homeProfiles = new DeviceProfile[2];
    private City tripCity;
    private long tripArrives = Long.MIN_VALUE;
    private long tripDeparts = Long.MIN_VALUE;
    private long tripEnds = Long.MIN_VALUE;

    public CustomerState(Person person) {
        this.person = person;
        this.devices = new ArrayList<>(person.devices());
        this.payees = new ArrayList<>(person.habits().payees());
        this.email = new ContactHistory<>(person.email());
        this.phone = new ContactHistory<>(person.phone());
        this.address = new ContactHistory<>(person.address());
    }

    boolean mayChangeContact() {
        return contactChanges < MAX_OWN_CHANGES;
    }

    /** Counts one more own contact change and gives its id slot (for a new e-mail or phone). */
    long nextContactSlot() {
        return Ids.CHANGED_CONTACT_BASE + person.index() * 4L + contactChanges++;
    }

    /** Day a card harvested at a breached shop gets misused, -1 while the card is safe. */
    public int cardMisuseDay() {
        return cardMisuseDay;
    }

    /** The account of the harvested card; null while the card is safe. */
    public Account cardAccount() {
        return cardAccount;
    }

    /** Who the person is at {@code t}, with the contact details valid then. */
    Identity identity(long t) {
        return new Identity(person.nationalId(), person.firstName(), person.lastName(), person.dateOfBirth(),
                email.at(t), phone.at(t), address.at(t));
    }

    /** Where the person is at {@code t}; null while travelling between places. */
    public City cityAt(long t) {
        if (t < tripDeparts || t >= tripEnds) {
            return person.home();
        }
        return t < tripArrives ? null : tripCity;
    }

    boolean travelling(long t) {
        return t >= tripDeparts && t < tripEnds;
    }

    void startTrip(City city, long departs, long arrives, long ends) {
        tripCity = city;
        tripDeparts = departs;
        tripArrives = arrives;
        tripEnds = ends;
    }

    /** An account to act on at {@code t}; activity starts half an hour after an opening. Null before any. */
    Account activeAccount(SplittableRandom r, long t) {
        Account chosen = null;
        int active = 0;
        for (Account a : accounts) {
            if (a.openedAt() + DayClock.MARGIN < t) {
                active++;
                // the first account carries most activity; later ones get a quarter of it each
                if (chosen == null || Rng.chance(r, 0.25)) {
                    chosen = a;
                }
            }
        }
        return active == 0 ? null : chosen;
    }

    public boolean hasAccountAt(int tenantIndex) {
        return accounts.stream().anyMatch(a -> a.tenantIndex() == tenantIndex);
    }

    /** Own device {@code own} (0 = main phone) as it is at {@code t}: before an upgrade, the old phone. */
    public DeviceProfile device(int own, long t) {
        return own == 0 && t < phoneSince ? previousPhone : devices.get(own);
    }

    /** A phone upgrade at {@code t}; upgrades come in time order, a day or more apart. */
    void replacePhone(long t, DeviceProfile phone) {
        previousPhone = devices.get(0);
        phoneSince = t;
        devices.set(0, phone);
    }

    /**
     * The device and network of a session that must happen at {@code t} (one planned by another generator): as
     * {@link #onlineDevice}, and during a journey the main phone as seen at the destination.
     */
    public Device deviceAt(SplittableRandom r, long t, double vpnShare) {
        Device device = onlineDevice(r, t, vpnShare);
        return device != null ? device : Devices.observed(r, device(0, t), Cities.ip(r, tripCity), tripCity);
    }

    /** The device and network of an online session at {@code t}, or null while in transit. */
    Device onlineDevice(SplittableRandom r, long t, double vpnShare) {
        City city = cityAt(t);
        if (city == null) {
            return null;
        }
        if (travelling(t)) {
            return Devices.observed(r, device(0, t), Cities.ip(r, city), city);
        }
        int own = devices.size() > 1 && Rng.chance(r, 0.3) ? 1 : 0;
        DeviceProfile device = device(own, t);
        if (person.habits().vpnUser() && Rng.chance(r, vpnShare)) {
            Cities.Located exit = Cities.vpn(r);
            return Devices.observed(r, device, exit.ip(), exit.city());
        }
        return Rng.chance(r, 0.7) ? atHome(r, own, device) : Devices.observed(r, device, Cities.ip(r, city), city);
    }

    /**
     * {@code device}, own device {@code own}, on the home network. Geolocation is per IP address, so it is the same
     * place every time; kept until the device changes, which also spares a new object per home session.
     */
    private Device atHome(SplittableRandom r, int own, DeviceProfile device) {
        if (homeProfiles[own] != device) {
            homeProfiles[own] = device;
            homeSessions[own] = Devices.observed(r, device, person.homeIp(), person.home());
        }
        return homeSessions[own];
    }
}
