package io.github.idfraud.features;

/** What the engine learnt about one event: its features and the pseudonyms of its identifiers. */
public record FeatureResult(FeatureVector features, IdentityKeys identityKeys) {
}
