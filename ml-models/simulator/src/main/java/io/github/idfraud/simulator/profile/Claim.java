package io.github.idfraud.simulator.profile;

import io.github.idfraud.simulator.Scenario;

/**
 * Who put the e-mail or phone a bank holds for an account there, from {@code since} on.
 *
 * @param value      the contact, or null for the holder's own as it is at the time
 * @param scenario   {@code legit} for the holder's own; otherwise the fraud scenario that put the value there
 * @param fraudsters whether a fraudster controls the value
 * @param verified   whether the bank could verify it; a fraudster's change it could not verify stays unconfirmed
 */
record Claim(long since, String value, Scenario scenario, boolean fraudsters, boolean verified) {

    /** The holder's own contact, from {@code since}: their opening, or a change they made. */
    static Claim holders(long since) {
        return new Claim(since, null, Scenario.LEGIT, false, true);
    }

    /** A fraudster's contact put in by a takeover's change; {@code verified} when the bank was fooled. */
    static Claim fraudsters(long since, String value, Scenario scenario, boolean verified) {
        return new Claim(since, value, scenario, true, verified);
    }

    /** What an application in someone else's name gave: the fraudster's, or now and then the victim's own. */
    static Claim application(String value, Scenario scenario, boolean fraudsters) {
        return new Claim(Long.MIN_VALUE, value, scenario, fraudsters, true);
    }
}
