package io.github.idfraud.simulator.pipeline;

import io.github.idfraud.contract.Device;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.simulator.DataQualityParams;
import io.github.idfraud.simulator.world.Rng;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What each bank leaves out of the events it sends: its own shares, drawn once from the seed, of events without a
 * device block, device blocks without a location and successful logins never sent. Applied in output order, so
 * the same config still gives the same bytes. Verified profile refreshes carry no device and pass untouched: a bank
 * that verified a contact says so.
 */
public final class DataQuality {

    private final double[] missingDevice;
    private final double[] missingGeo;
    private final double[] unreportedLogin;
    private final List<String> tenants;
    private final SplittableRandom r;

    public DataQuality(long seed, List<String> tenants, DataQualityParams params) {
        this.tenants = tenants;
        this.missingDevice = new double[tenants.size()];
        this.missingGeo = new double[tenants.size()];
        this.unreportedLogin = new double[tenants.size()];
        SplittableRandom draw = Rng.of(seed, Rng.DATA_QUALITY, 0);
        for (int i = 0; i < tenants.size(); i++) {
            missingDevice[i] = draw.nextDouble() * params.maxMissingDeviceShare();
            missingGeo[i] = draw.nextDouble() * params.maxMissingGeoShare();
            unreportedLogin[i] = draw.nextDouble() * params.maxUnreportedLoginShare();
        }
        this.r = Rng.of(seed, Rng.DATA_QUALITY, 1);
    }

    /** The event as {@code tenant} sends it, or null when that bank does not send it at all. */
    public Event asSent(String tenant, Event event) {
        int i = tenants.indexOf(tenant);
        if (missingDevice[i] == 0 && missingGeo[i] == 0 && unreportedLogin[i] == 0) {
            return event;
        }
        if (event.type() == EventType.LOGIN && Boolean.TRUE.equals(event.login().success())
                && r.nextDouble() < unreportedLogin[i]) {
            return null;
        }
        Device device = event.device();
        if (device == null || event.type() == EventType.ACCOUNT_OPENING) {
            return event;
        }
        if (r.nextDouble() < missingDevice[i]) {
            return withDevice(event, null);
        }
        if (device.latitude() != null && r.nextDouble() < missingGeo[i]) {
            return withDevice(event, new Device(device.deviceId(), device.ip(), device.userAgent(), null, null));
        }
        return event;
    }

    private static Event withDevice(Event e, Device device) {
        return new Event(e.eventId(), e.type(), e.occurredAt(), e.customerId(), e.accountId(), e.identity(), device,
                e.login(), e.contactChange(), e.payee(), e.transaction(), e.profile());
    }
}
