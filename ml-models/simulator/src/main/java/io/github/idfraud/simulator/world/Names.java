package io.github.idfraud.simulator.world;

import java.util.SplittableRandom;

/** Word lists for synthetic people and addresses. */
public final class Names {

    private static final String[] FIRST = {
        "Oliver", "Amelia", "George", "Olivia", "Harry", "Isla", "Noah", "Ava", "Jack", "Mia", "Leo", "Ivy",
        "Arthur", "Lily", "Muhammad", "Isabella", "Oscar", "Rosie", "Charlie", "Sophia", "Jacob", "Grace",
        "Thomas", "Freya", "Henry", "Poppy", "William", "Emily", "James", "Ella", "Alfie", "Evie", "Joshua",
        "Florence", "Freddie", "Charlotte", "Archie", "Sienna", "Ethan", "Daisy", "Isaac", "Phoebe", "Alexander",
        "Willow", "Joseph", "Ruby", "Edward", "Alice", "Samuel", "Matilda", "Max", "Evelyn", "Logan", "Sofia",
        "Lucas", "Aria", "Daniel", "Hannah", "Theo", "Harper", "Priya", "Amir", "Fatima", "Kwame", "Aisha",
        "Wei", "Mei", "Piotr", "Zofia", "Raj", "Ananya", "Sean", "Niamh", "Callum", "Eilidh", "Rhys", "Seren"};

    private static final String[] LAST = {
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson",
        "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Thomas", "Clarke",
        "Jackson", "Wood", "Harris", "Edwards", "Turner", "Martin", "Cooper", "Hill", "Ward", "Hughes", "Moore",
        "Clark", "King", "Harrison", "Lewis", "Baker", "Lee", "Allen", "Morris", "Khan", "Scott", "Watson",
        "Davis", "Parker", "James", "Bennett", "Young", "Phillips", "Richardson", "Mitchell", "Bailey", "Carter",
        "Cook", "Singh", "Shaw", "Bell", "Collins", "Morgan", "Kelly", "Begum", "Miller", "Cox", "Hussain",
        "Marshall", "Simpson", "Price", "Anderson", "Adams", "Wilkinson", "Ali", "Ahmed", "Foster", "Ellis",
        "Murphy", "Chapman", "Mason", "Gray", "Richards", "Webb", "Griffiths", "Hunt", "Palmer", "Campbell",
        "Holmes", "Mills", "Rogers", "Barnes", "Knight", "Matthews", "Barker", "Nowak", "Okafor", "Chen", "Nguyen"};

    private static final String[] STREETS = {
        "High Street", "Station Road", "Main Street", "Park Road", "Church Road", "Church Street", "London Road",
        "Victoria Road", "Green Lane", "Manor Road", "Church Lane", "Park Avenue", "The Avenue", "Queens Road",
        "New Road", "Grange Road", "Kings Road", "Kingsway", "Windsor Road", "Highfield Road", "Mill Lane",
        "Alexander Road", "York Road", "St. John's Road", "Main Road", "Broadway", "King Street", "The Green",
        "Springfield Road", "George Street", "Park Lane", "Victoria Street", "Albert Road", "Queensway",
        "New Street", "Queen Street", "West Street", "North Street", "Manchester Road", "The Crescent"};

    private static final String[] DOMAINS = {"example.com", "example.org", "example.net", "mail.example", "post.example"};

    private Names() {
    }

    public static String first(SplittableRandom r) {
        return Rng.pick(r, FIRST);
    }

    public static String last(SplittableRandom r) {
        return Rng.pick(r, LAST);
    }

    public static String streetLine(SplittableRandom r) {
        return (1 + r.nextInt(240)) + " " + Rng.pick(r, STREETS);
    }

    public static String postcode(SplittableRandom r, City city) {
        char a = (char) ('A' + r.nextInt(26));
        char b = (char) ('A' + r.nextInt(26));
        return city.postcodePrefix() + (1 + r.nextInt(20)) + " " + r.nextInt(10) + a + b;
    }

    /** An e-mail in one of a few common shapes; {@code tag} makes it unique. */
    public static String email(SplittableRandom r, String first, String last, String tag) {
        String f = first.toLowerCase();
        String l = last.toLowerCase();
        String local = switch (r.nextInt(4)) {
            case 0 -> f + "." + l + tag;
            case 1 -> f.charAt(0) + l + tag;
            case 2 -> l + "." + f + tag;
            default -> f + l.charAt(0) + tag;
        };
        return local + "@" + Rng.pick(r, DOMAINS);
    }
}
