package io.github.idfraud.simulator;

/**
 * How banks differ in what they send. Each tenant gets its own shares, drawn from the seed between zero and these
 * maxima, so one bank sends every block and another leaves a third of its devices out.
 *
 * @param maxMissingDeviceShare   most share of events (other than openings) a bank sends without the device block
 * @param maxMissingGeoShare      most share of device blocks a bank sends without latitude and longitude
 * @param maxUnreportedLoginShare most share of successful logins a bank does not send at all
 */
public record DataQualityParams(double maxMissingDeviceShare, double maxMissingGeoShare, double maxUnreportedLoginShare) {

    public DataQualityParams {
        Check.share("maxMissingDeviceShare", maxMissingDeviceShare);
        Check.share("maxMissingGeoShare", maxMissingGeoShare);
        Check.share("maxUnreportedLoginShare", maxUnreportedLoginShare);
    }

    /** Every bank sends everything: the simulator's historic behaviour. */
    public static DataQualityParams complete() {
        return new DataQualityParams(0, 0, 0);
    }
}
