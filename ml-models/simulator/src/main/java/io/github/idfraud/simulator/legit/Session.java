package io.github.idfraud.simulator.legit;

import io.github.idfraud.contract.Device;
import io.github.idfraud.simulator.world.Account;

/** A logged-in online banking session: the account, the device as observed, and when the login succeeded. */
record Session(long loginAt, Account account, Device device) {
}
