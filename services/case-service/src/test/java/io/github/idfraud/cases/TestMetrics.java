package io.github.idfraud.cases;

import static io.restassured.RestAssured.given;

import java.util.Map;

/** Reads one sample from /q/metrics, as Prometheus scrapes it. */
final class TestMetrics {

    private TestMetrics() {
    }

    /** The value of the sample {@code name} carrying all of {@code labels}, or null when none is exported. */
    static Double value(String name, Map<String, String> labels) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + "{") && labels.entrySet().stream()
                    .allMatch(label -> line.contains(label.getKey() + "=\"" + label.getValue() + "\""))) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return null;
    }
}
