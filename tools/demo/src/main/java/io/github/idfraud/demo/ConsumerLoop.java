package io.github.idfraud.demo;

import io.github.idfraud.contract.EventLogLine;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges the consumer loop against the simulator's ground truth, and plays the consumers: every fraud case whose
 * victim had a verified address before it should lead to an e-mail there, none may go to a fraudster's address; the
 * victims answer "no, this wasn't me", everyone else "yes".
 */
final class ConsumerLoop {

    /** The answer page's CSRF cookie and form field (the case service's quarkus-rest-csrf defaults). */
    private static final String CSRF_COOKIE = "csrf-token";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern NOT_ME_LINK = Pattern.compile("(\\S+/answers/[^?\\s]+)\\?choice=not-me");

    /** What the summary prints; {@code reachable} counts fraud cases whose victim had a verified address before. */
    record Figures(int fraudCases, int reachable, int victimsEmailed, int emails, int toFraudsters, int answeredNotMe,
                   int answeredMe, int answerFailures, List<String> misses) {

        double reachedShare() {
            return reachable == 0 ? 1.0 : (double) victimsEmailed / reachable;
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final ContactTruth truth;

    ConsumerLoop(ContactTruth truth) {
        this.truth = truth;
    }

    Figures run(List<CaseFiles.DemoCase> cases, List<MailCatcher.Received> mails) throws InterruptedException {
        Set<String> recipients = new HashSet<>();
        mails.forEach(m -> recipients.add(ContactTruth.normal(m.recipient())));
        Set<String> victims = new HashSet<>();
        List<String> misses = new ArrayList<>();
        int fraudCases = 0;
        int reachable = 0;
        int emailed = 0;
        for (CaseFiles.DemoCase c : cases) {
            Optional<EventLogLine> firstFraud = c.eventIds().stream().map(id -> truth.line(c.tenant(), id))
                    .flatMap(Optional::stream).filter(line -> !"legit".equals(line.scenario()))
                    .min(Comparator.comparing(line -> line.event().occurredAt()));
            if (firstFraud.isEmpty()) {
                continue;
            }
            fraudCases++;
            Optional<String> victim = truth.victimAddress(firstFraud.get());
            if (victim.isPresent()) {
                reachable++;
                victims.add(victim.get());
                if (recipients.contains(victim.get())) {
                    emailed++;
                } else {
                    misses.add("victim not e-mailed: " + describe(c, firstFraud.get()));
                }
            }
        }
        int toFraudsters = 0;
        int notMe = 0;
        int me = 0;
        int failures = 0;
        for (MailCatcher.Received mail : mails) {
            if (truth.isFraudsterAddress(mail.recipient())) {
                toFraudsters++;
                misses.add("e-mail to a fraudster-controlled address: " + mail.subject());
            }
            boolean victim = victims.contains(ContactTruth.normal(mail.recipient()));
            if (answer(mail.text(), victim ? "not-me" : "me")) {
                notMe += victim ? 1 : 0;
                me += victim ? 0 : 1;
            } else {
                failures++;
            }
        }
        return new Figures(fraudCases, reachable, emailed, mails.size(), toFraudsters, notMe, me, failures, misses);
    }

    private static String describe(CaseFiles.DemoCase c, EventLogLine fraud) {
        return String.format("%s case (%s) opened by %s %s at %s", c.tenant(), c.status(), fraud.scenario(),
                fraud.event().type(), fraud.event().occurredAt());
    }

    /**
     * Clicks the mail's link and confirms the answer, as the consumer's browser would: the page sets its CSRF cookie
     * and carries the same token in its form; false when the answer was refused.
     */
    private boolean answer(String text, String choice) throws InterruptedException {
        Matcher link = NOT_ME_LINK.matcher(text);
        if (!link.find()) {
            return false;
        }
        URI page = URI.create(link.group(1));
        try {
            HttpResponse<String> opened = http.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF_FIELD.matcher(opened.body());
            Optional<String> cookie = opened.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith(CSRF_COOKIE + "=")).map(c -> c.split(";", 2)[0]).findFirst();
            if (opened.statusCode() != 200 || !token.find() || cookie.isEmpty()) {
                return false;
            }
            HttpRequest confirm = HttpRequest.newBuilder(page)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", cookie.get())
                    .POST(HttpRequest.BodyPublishers.ofString(CSRF_COOKIE + "=" + token.group(1) + "&answer=" + choice))
                    .timeout(Duration.ofSeconds(10)).build();
            return http.send(confirm, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }
}
