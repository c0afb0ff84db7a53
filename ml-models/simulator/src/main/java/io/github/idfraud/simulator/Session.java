package io.github.idfraud.simulator;

import io.github.idfraud.contract.Device;

/** A logged-in online banking session: the account, the device as observed, and when the login succeeded. */
record Session(long loginAt, Account account, Device device) {
}
