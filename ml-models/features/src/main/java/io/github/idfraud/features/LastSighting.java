package io.github.idfraud.features;

/** Where and when an identifier (a customer) was last seen with a position. */
record LastSighting(long time, double latitude, double longitude) {
}
