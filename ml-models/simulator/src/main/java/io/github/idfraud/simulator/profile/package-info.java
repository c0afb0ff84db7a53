/**
 * What banks send on their own about their customers: verified profile refreshes ({@code PROFILE_VERIFIED}), with
 * the contacts a bank confirmed, its customer's or, when a fraudster fooled it, the fraudster's. Watches the drafts
 * of a source; uses {@code world}, {@code pipeline}, {@code legit} (the holder's contacts) and the root's
 * {@code World} and {@code Scenario}.
 */
package io.github.idfraud.simulator.profile;
