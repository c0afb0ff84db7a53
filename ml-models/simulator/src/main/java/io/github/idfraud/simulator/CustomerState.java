package io.github.idfraud.simulator;

import io.github.idfraud.contract.Address;
import io.github.idfraud.contract.Device;
import io.github.idfraud.contract.Identity;
import io.github.idfraud.contract.Payee;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** What changes about a person during the period: contact details, devices, accounts, payees and trips. */
final class CustomerState {

    final Person person;
    final List<DeviceProfile> devices;
    final List<Account> accounts = new ArrayList<>();
    final List<Payee> payees;
    final ContactHistory<String> email;
    final ContactHistory<String> phone;
    final ContactHistory<Address> address;
    int contactChanges;
    /** Day a harvested card gets misused, -1 while the card is safe. */
    int cardMisuseDay = -1;
    Account cardAccount;
    private City tripCity;
    private long tripArrives = Long.MIN_VALUE;
    private long tripDeparts = Long.MIN_VALUE;
    private long tripEnds = Long.MIN_VALUE;

    CustomerState(Person person) {
        this.person = person;
        this.devices = new ArrayList<>(person.devices());
        this.payees = new ArrayList<>(person.habits().payees());
        this.email = new ContactHistory<>(person.email());
        this.phone = new ContactHistory<>(person.phone());
        this.address = new ContactHistory<>(person.address());
    }

    /** Who the person is at {@code t}, with the contact details valid then. */
    Identity identity(long t) {
        return new Identity(person.nationalId(), person.firstName(), person.lastName(), person.dateOfBirth(),
                email.at(t), phone.at(t), address.at(t));
    }

    /** Where the person is at {@code t}; null while travelling between places. */
    City cityAt(long t) {
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

    boolean hasAccountAt(int tenantIndex) {
        return accounts.stream().anyMatch(a -> a.tenantIndex() == tenantIndex);
    }

    /**
     * The device and network of a session that must happen at {@code t} (one planned by another generator): as
     * {@link #onlineDevice}, and during a journey the main phone as seen at the destination.
     */
    Device deviceAt(SplittableRandom r, long t, double vpnShare) {
        Device device = onlineDevice(r, t, vpnShare);
        return device != null ? device : Devices.observed(r, devices.get(0), Cities.ip(r, tripCity), tripCity);
    }

    /** The device and network of an online session at {@code t}, or null while in transit. */
    Device onlineDevice(SplittableRandom r, long t, double vpnShare) {
        City city = cityAt(t);
        if (city == null) {
            return null;
        }
        if (travelling(t)) {
            return Devices.observed(r, devices.get(0), Cities.ip(r, city), city);
        }
        DeviceProfile device = devices.size() > 1 && Rng.chance(r, 0.3) ? devices.get(1) : devices.get(0);
        if (person.habits().vpnUser() && Rng.chance(r, vpnShare)) {
            Cities.Located exit = Cities.vpn(r);
            return Devices.observed(r, device, exit.ip(), exit.city());
        }
        String ip = Rng.chance(r, 0.7) ? person.homeIp() : Cities.ip(r, city);
        return Devices.observed(r, device, ip, city);
    }
}
