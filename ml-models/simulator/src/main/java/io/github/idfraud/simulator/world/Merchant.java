package io.github.idfraud.simulator.world;

/**
 * A card acceptor shared by many customers. {@code city} is null for online-only merchants;
 * {@code amountFactor} scales a customer's usual spend (a TV shop sells dearer than a bakery).
 */
public record Merchant(String id, String category, City city, double amountFactor) {
}
