package io.github.idfraud.simulator;

/**
 * {@code stolen_identity}: a victim's real national ID, name and date of birth used to apply for accounts
 * at several banks in a short time, with fraudster contact details and devices.
 *
 * @param dailyRate        chance per person per day of becoming a victim (at most once)
 * @param minApplications  fewest applications in one incident (at least 2)
 * @param maxApplications  most applications in one incident
 * @param maxSpreadHours   the applications of one incident fall within this many hours
 * @param dropAddressShare share of applications giving a drop address instead of the victim's
 * @param activationShare  share of opened accounts the fraudster logs into soon after
 * @param trueContactShare share of applications that give the victim's own e-mail or phone beside the fraudster's
 *                         other detail: partly true, partly fraudster details
 */
public record StolenIdentityParams(
        double dailyRate,
        int minApplications,
        int maxApplications,
        int maxSpreadHours,
        double dropAddressShare,
        double activationShare,
        double trueContactShare) {

    public StolenIdentityParams {
        Check.share("dailyRate", dailyRate);
        Check.range("minApplications", minApplications, 2, 20);
        Check.range("maxApplications", maxApplications, 2, 20);
        Check.ordered("minApplications", minApplications, "maxApplications", maxApplications);
        Check.range("maxSpreadHours", maxSpreadHours, 1, 24 * 14);
        Check.share("dropAddressShare", dropAddressShare);
        Check.share("activationShare", activationShare);
        Check.share("trueContactShare", trueContactShare);
    }

    public static StolenIdentityParams defaults() {
        return new StolenIdentityParams(0.0005, 2, 6, 48, 0.6, 0.5, 0.2);
    }

    public StolenIdentityParams withDailyRate(double rate) {
        return new StolenIdentityParams(rate, minApplications, maxApplications, maxSpreadHours, dropAddressShare,
                activationShare, trueContactShare);
    }
}
