package io.github.idfraud.simulator.scenario;

import io.github.idfraud.contract.Address;
import io.github.idfraud.contract.Device;
import io.github.idfraud.contract.Identity;
import io.github.idfraud.contract.LabelSource;
import io.github.idfraud.contract.LoginMethod;
import io.github.idfraud.simulator.Scenario;
import io.github.idfraud.simulator.StolenIdentityParams;
import io.github.idfraud.simulator.World;
import io.github.idfraud.simulator.label.LabelPlan;
import io.github.idfraud.simulator.pipeline.DraftSink;
import io.github.idfraud.simulator.pipeline.Drafts;
import io.github.idfraud.simulator.pipeline.EventDraft;
import io.github.idfraud.simulator.world.Account;
import io.github.idfraud.simulator.world.Cities;
import io.github.idfraud.simulator.world.DayClock;
import io.github.idfraud.simulator.world.DeviceProfile;
import io.github.idfraud.simulator.world.Devices;
import io.github.idfraud.simulator.world.FraudsterPool;
import io.github.idfraud.simulator.world.Ids;
import io.github.idfraud.simulator.world.Person;
import io.github.idfraud.simulator.world.Rng;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Scenario {@code stolen_identity}: the victim's real national ID, name and date of birth used for 2-6 account
 * applications across banks within hours to a couple of days, with fraudster contact details and devices.
 * Each opened account is a new customer at that bank; some get an activation login from the same device.
 */
public final class StolenIdentity {

    private final World world;
    private final StolenIdentityParams params;

    public StolenIdentity(World world) {
        this.world = world;
        this.params = world.config.stolenIdentity();
    }

    /** Starts the incident on the day starting at {@code dayStart}, in the fraudster's working hours. */
    public void apply(SplittableRandom r, Person victim, long dayStart, DraftSink sink) {
        Cities.Located origin = world.fraudsters.origin(r, victim.home(), 0.5);
        long t = DayClock.activeSecond(r, dayStart, 0, origin.city().utcOffset());
        int applications = Rng.between(r, params.minApplications(), params.maxApplications());
        long spread = Rng.between(r, 2 * 3600, Math.max(2 * 3600, params.maxSpreadHours() * 3600));
        long[] times = new long[applications];
        for (int i = 0; i < applications; i++) {
            times[i] = t + (i == 0 ? 0 : (long) (r.nextDouble() * spread));
        }
        Arrays.sort(times);
        int[] tenants = shuffledTenants(r);
        FraudsterPool.Contact contact = world.fraudsters.contact(r, victim.index(), 0);
        DeviceProfile mainDevice = world.fraudsters.device(r);
        Address dropAddress = world.fraudsters.dropAddress(r);

        List<EventDraft> drafts = new ArrayList<>();
        for (int i = 0; i < applications; i++) {
            Account account = world.account(tenants[i % tenants.length], Ids.FRAUD_ACCOUNT_BASE + victim.index() * 8L + i,
                    times[i]);
            // fraudsters rotate devices and addresses now and then, but mostly reuse what works
            DeviceProfile deviceProfile = Rng.chance(r, 0.7) ? mainDevice : world.fraudsters.device(r);
            Device device = Devices.observed(r, deviceProfile, Cities.ip(r, origin.city()), origin.city());
            Address address = Rng.chance(r, params.dropAddressShare()) ? dropAddress : victim.address();
            boolean partlyTrue = Rng.chance(r, params.trueContactShare());
            boolean ownEmail = partlyTrue && Rng.chance(r, 0.5);
            Identity identity = new Identity(victim.nationalId(), victim.firstName(), victim.lastName(),
                    victim.dateOfBirth(), ownEmail ? victim.email() : contact.email(),
                    partlyTrue && !ownEmail ? victim.phone() : contact.phone(), address);
            drafts.add(Drafts.opening(times[i], account, identity, device, Scenario.STOLEN_IDENTITY)
                    .controlledByFraudster(contact.foundIn(identity)));
            if (Rng.chance(r, params.activationShare())) {
                long login = times[i] + Rng.between(r, 600, 6 * 3600);
                drafts.add(Drafts.login(login, account, device, true, LoginMethod.PASSWORD, Scenario.STOLEN_IDENTITY));
            }
        }

        long last = drafts.stream().mapToLong(EventDraft::time).max().orElse(t);
        LabelPlan label = world.labels.reported(r)
                ? world.labels.fraud(r, Rng.chance(r, 0.8) ? LabelSource.CASE : LabelSource.CONSUMER, last)
                : null;
        for (EventDraft d : drafts) {
            sink.add(d.label(label));
        }
    }

    /** Banks in random order, so an incident with two or more applications reaches at least two banks. */
    private int[] shuffledTenants(SplittableRandom r) {
        int[] order = new int[world.tenantCount()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        return order;
    }
}
