package io.github.idfraud.simulator.world;

/** A physical device someone uses: its stable id and what its requests say about it. */
public record DeviceProfile(String id, String userAgent) {
}
