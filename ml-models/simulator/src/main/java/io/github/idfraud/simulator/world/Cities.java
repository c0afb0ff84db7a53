package io.github.idfraud.simulator.world;

import java.util.List;
import java.util.SplittableRandom;

/** The fixed world of the simulation: twelve UK home cities and nine places people travel to or attack from. */
public final class Cities {

    private static final List<City> ALL = List.of(
            city(0, "London", "GB", 51.5074, -0.1278, 0, "E", 30, new int[][] {{81, 2}, {86, 14}, {82, 132}}),
            city(1, "Manchester", "GB", 53.4808, -2.2426, 0, "M", 8, new int[][] {{88, 96}, {92, 40}}),
            city(2, "Birmingham", "GB", 52.4862, -1.8904, 0, "B", 8, new int[][] {{90, 201}, {94, 173}}),
            city(3, "Leeds", "GB", 53.8008, -1.5491, 0, "LS", 6, new int[][] {{109, 144}, {80, 229}}),
            city(4, "Glasgow", "GB", 55.8642, -4.2518, 0, "G", 6, new int[][] {{87, 115}, {62, 31}}),
            city(5, "Edinburgh", "GB", 55.9533, -3.1883, 0, "EH", 5, new int[][] {{31, 94}, {146, 90}}),
            city(6, "Liverpool", "GB", 53.4084, -2.9916, 0, "L", 5, new int[][] {{78, 144}, {95, 150}}),
            city(7, "Bristol", "GB", 51.4545, -2.5879, 0, "BS", 5, new int[][] {{86, 3}, {213, 105}}),
            city(8, "Cardiff", "GB", 51.4816, -3.1791, 0, "CF", 4, new int[][] {{31, 52}, {89, 242}}),
            city(9, "Belfast", "GB", 54.5973, -5.9301, 0, "BT", 4, new int[][] {{81, 149}, {217, 33}}),
            city(10, "Newcastle", "GB", 54.9783, -1.6178, 0, "NE", 4, new int[][] {{92, 11}, {151, 227}}),
            city(11, "Sheffield", "GB", 53.3811, -1.4701, 0, "S", 4, new int[][] {{176, 24}, {5, 80}}),
            city(12, "Dublin", "IE", 53.3498, -6.2603, 0, "D", 0, new int[][] {{89, 101}, {37, 228}}),
            city(13, "Paris", "FR", 48.8566, 2.3522, 1, "75", 0, new int[][] {{90, 85}, {176, 135}}),
            city(14, "Madrid", "ES", 40.4168, -3.7038, 1, "28", 0, new int[][] {{83, 36}, {88, 26}}),
            city(15, "Amsterdam", "NL", 52.3676, 4.9041, 1, "10", 0, new int[][] {{145, 131}, {185, 107}}),
            city(16, "Bucharest", "RO", 44.4268, 26.1025, 2, "01", 0, new int[][] {{79, 112}, {86, 124}}),
            city(17, "Lagos", "NG", 6.5244, 3.3792, 1, "10", 0, new int[][] {{102, 89}, {197, 210}}),
            city(18, "New York", "US", 40.7128, -74.0060, -5, "10", 0, new int[][] {{72, 229}, {24, 193}}),
            city(19, "Dubai", "AE", 25.2048, 55.2708, 4, "00", 0, new int[][] {{94, 200}, {86, 99}}),
            city(20, "Lisbon", "PT", 38.7223, -9.1393, 0, "11", 0, new int[][] {{85, 240}, {89, 154}}));

    /** Commercial VPN exits; they geolocate to the hosting city, not to the user. */
    private static final int[][] VPN_BLOCKS = {{185, 220}, {45, 83}, {193, 32}};
    private static final int[] VPN_CITIES = {15, 18, 13};

    private static final double[] HOME_WEIGHTS = ALL.stream().mapToDouble(City::homeWeight).toArray();
    private static final List<City> ABROAD = ALL.stream().filter(c -> !c.domestic()).toList();
    private static final List<City> DOMESTIC = ALL.stream().filter(City::domestic).toList();

    private Cities() {
    }

    private static City city(int index, String name, String country, double lat, double lon, int offset,
                             String postcode, double weight, int[][] blocks) {
        return new City(index, name, country, lat, lon, offset, postcode, blocks, weight);
    }

    static boolean exists(int index) {
        return index >= 0 && index < ALL.size();
    }

    static City get(int index) {
        return ALL.get(index);
    }

    public static City home(SplittableRandom r) {
        return ALL.get(Rng.weighted(r, HOME_WEIGHTS));
    }

    public static City abroad(SplittableRandom r) {
        return Rng.pick(r, ABROAD);
    }

    /** A UK city other than {@code not}. */
    public static City otherDomestic(SplittableRandom r, City not) {
        // uniform over the others: draw among all but the last, and let the last stand in for the excluded one
        City city = DOMESTIC.get(r.nextInt(DOMESTIC.size() - 1));
        return city.index() == not.index() ? DOMESTIC.get(DOMESTIC.size() - 1) : city;
    }

    public static String ip(SplittableRandom r, City city) {
        int[] block = Rng.pick(r, city.ipBlocks());
        return block[0] + "." + block[1] + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    /** A VPN exit: its address and the city it geolocates to. */
    public static Located vpn(SplittableRandom r) {
        int i = r.nextInt(VPN_BLOCKS.length);
        String ip = VPN_BLOCKS[i][0] + "." + VPN_BLOCKS[i][1] + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
        return new Located(ip, ALL.get(VPN_CITIES[i]));
    }

    /** An IP address together with the city it geolocates to. */
    public record Located(String ip, City city) {
    }
}
