package io.github.idfraud.simulator.world;

/**
 * A real city: where people live, travel and where logins geolocate. {@code utcOffset} is the winter offset
 * in hours (the simulated autumn is close enough to ignore daylight saving); {@code ipBlocks} are the first
 * two octets of addresses that geolocate here; {@code homeWeight} is 0 for cities nobody in the population lives in.
 */
public record City(int index, String name, String country, double latitude, double longitude, int utcOffset,
            String postcodePrefix, int[][] ipBlocks, double homeWeight) {

    public boolean domestic() {
        return "GB".equals(country);
    }
}
