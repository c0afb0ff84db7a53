package io.github.idfraud.cases.entity;

/** How urgent a case is, from its highest score; P1 first. */
public enum Priority {
    P1,
    P2,
    P3
}
