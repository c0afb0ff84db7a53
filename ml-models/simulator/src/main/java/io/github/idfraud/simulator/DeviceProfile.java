package io.github.idfraud.simulator;

/** A physical device someone uses: its stable id and what its requests say about it. */
record DeviceProfile(String id, String userAgent) {
}
