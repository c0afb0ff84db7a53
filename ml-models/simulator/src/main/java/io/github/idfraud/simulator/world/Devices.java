package io.github.idfraud.simulator.world;

import io.github.idfraud.contract.Device;
import java.util.SplittableRandom;

/** Creates devices and what a bank observes of them at a place and address. */
public final class Devices {

    private static final String[] USER_AGENTS = {
        "BankApp/7.4.1 (iPhone; iOS 18.6; Scale/3.00)",
        "BankApp/7.4.1 (iPhone; iOS 17.7; Scale/3.00)",
        "BankApp/7.3.9 (Android 15; SM-S928B)",
        "BankApp/7.3.9 (Android 14; Pixel 8)",
        "BankApp/7.2.0 (Android 13; moto g54)",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Safari/605.1.15",
        "Mozilla/5.0 (X11; Linux x86_64; rv:141.0) Gecko/20100101 Firefox/141.0",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:141.0) Gecko/20100101 Firefox/141.0"};

    private Devices() {
    }

    public static DeviceProfile create(SplittableRandom r) {
        return new DeviceProfile("d-" + Rng.hex(r, 16), Rng.pick(r, USER_AGENTS));
    }

    /** The device as seen from {@code ip} in {@code city}; geolocation is city-level, hence the jitter. */
    public static Device observed(SplittableRandom r, DeviceProfile device, String ip, City city) {
        double lat = round4(city.latitude() + Rng.uniform(r, -0.05, 0.05));
        double lon = round4(city.longitude() + Rng.uniform(r, -0.08, 0.08));
        return new Device(device.id(), ip, device.userAgent(), lat, lon);
    }

    private static double round4(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
