package io.github.idfraud.scoring;

import static io.restassured.RestAssured.given;

/** Reads the service's own /q/metrics as an operator's scraper would. */
final class ScrapedMetrics {

    private ScrapedMetrics() {
    }

    /**
     * The sum over the series of {@code name} whose labels include every given name/value pair (0 when none does);
     * e.g. {@code sum("fraud_decisions_total", "tenant", "bank-a")} over every decision and model.
     */
    static double sum(String name, String... labelPairs) {
        if (labelPairs.length % 2 != 0) {
            throw new IllegalArgumentException("label names and values come in pairs");
        }
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith(name + "{") && hasLabels(line, labelPairs))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static boolean hasLabels(String line, String... labelPairs) {
        for (int i = 0; i < labelPairs.length; i += 2) {
            if (!line.contains(labelPairs[i] + "=\"" + labelPairs[i + 1] + "\"")) {
                return false;
            }
        }
        return true;
    }
}
