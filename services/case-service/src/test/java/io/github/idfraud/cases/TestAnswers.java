package io.github.idfraud.cases;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the answer links in a "Was this you?" email, as the consumer would click them. */
final class TestAnswers {

    private static final Pattern LINK =
            Pattern.compile("http://cases\\.test\\.invalid(/answers/[A-Za-z0-9_\\-.]+)\\?choice=([a-z\\-]+)");

    private TestAnswers() {
    }

    /** The link for {@code choice} ("me" or "not-me") in the email's text: path and query. */
    static String link(String emailText, String choice) {
        Matcher matcher = LINK.matcher(emailText);
        while (matcher.find()) {
            if (matcher.group(2).equals(choice)) {
                return matcher.group(1) + "?choice=" + choice;
            }
        }
        throw new AssertionError("no '" + choice + "' link in the email");
    }

    /**
     * Posts {@code answer} to the answer page as the consumer's browser does after opening it: with the CSRF cookie
     * the page set and the same token in the form.
     */
    static ValidatableResponse post(String page, String answer) {
        String token = given().when().get(page).then().extract().cookie(CSRF_COOKIE);
        if (token == null) {
            throw new AssertionError("opening " + page + " set no CSRF cookie");
        }
        return given().cookie(CSRF_COOKIE, token).formParam(CSRF_COOKIE, token).formParam("answer", answer)
                .when().post(page).then();
    }

    /** The CSRF cookie's name, which is also the form field's (quarkus-rest-csrf defaults). */
    static final String CSRF_COOKIE = "csrf-token";

    /** The answer page behind the link, where its form posts the answer. */
    static String page(String emailText, String choice) {
        return URI.create("http://x" + link(emailText, choice)).getPath();
    }
}
