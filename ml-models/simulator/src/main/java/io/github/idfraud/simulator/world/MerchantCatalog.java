package io.github.idfraud.simulator.world;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Every merchant in the simulation: shops in each city and online merchants, with merchant category codes. */
public final class MerchantCatalog {

    private record Category(String mcc, double weight, double amountFactor) {
    }

    private static final List<Category> IN_STORE = List.of(
            new Category("5411", 30, 1.0),   // grocery
            new Category("5812", 12, 1.6),   // restaurants
            new Category("5814", 12, 0.35),  // fast food, coffee
            new Category("5541", 8, 2.0),    // fuel
            new Category("4121", 5, 0.8),    // taxis
            new Category("5912", 6, 0.6),    // pharmacy
            new Category("5311", 5, 2.2),    // department stores
            new Category("5691", 6, 2.4),    // clothing
            new Category("5732", 3, 5.0),    // electronics
            new Category("5942", 3, 0.8),    // books
            new Category("5999", 6, 1.0),    // miscellaneous retail
            new Category("7011", 2, 6.0));   // hotels

    private static final List<Category> ONLINE = List.of(
            new Category("5964", 25, 1.2),   // catalogue and online retail
            new Category("4814", 10, 1.5),   // telecom bills
            new Category("5968", 15, 0.5),   // subscriptions
            new Category("5816", 10, 0.5),   // digital games
            new Category("5735", 8, 0.3),    // music
            new Category("4511", 5, 8.0),    // airlines
            new Category("5732", 12, 5.0),   // electronics
            new Category("5691", 15, 2.0));  // clothing

    static final int SHOPS_PER_CITY = 60;
    static final int ONLINE_MERCHANTS = 150;
    public static final String ATM_CATEGORY = "6011";
    /** Categories whose goods resell easily: what stolen cards and bust-outs buy. */
    private static final List<String> RESALEABLE = List.of("5732", "5816", "4511", "5964", "5691");

    private final List<List<Merchant>> shopsByCity = new ArrayList<>();
    private final List<Merchant> online = new ArrayList<>();
    private final List<Merchant> resaleable;

    public MerchantCatalog(long seed) {
        SplittableRandom r = Rng.of(seed, Rng.MERCHANTS, 0);
        int number = 0;
        for (int c = 0; Cities.exists(c); c++) {
            List<Merchant> shops = new ArrayList<>();
            for (int i = 0; i < SHOPS_PER_CITY; i++) {
                shops.add(merchant(r, ++number, IN_STORE, Cities.get(c)));
            }
            shopsByCity.add(List.copyOf(shops));
        }
        for (int i = 0; i < ONLINE_MERCHANTS; i++) {
            online.add(merchant(r, ++number, ONLINE, null));
        }
        resaleable = online.stream().filter(m -> RESALEABLE.contains(m.category())).toList();
    }

    private static Merchant merchant(SplittableRandom r, int number, List<Category> categories, City city) {
        double[] weights = categories.stream().mapToDouble(Category::weight).toArray();
        Category category = categories.get(Rng.weighted(r, weights));
        String id = "m-" + String.format("%05d", number);
        return new Merchant(id, category.mcc(), city, category.amountFactor() * Rng.uniform(r, 0.8, 1.25));
    }

    public List<Merchant> shops(City city) {
        return shopsByCity.get(city.index());
    }

    public List<Merchant> online() {
        return online;
    }

    /** Online merchants selling easily resold goods (electronics, games, flights, general retail, clothing). */
    public List<Merchant> resaleable() {
        return resaleable;
    }
}
