package io.github.idfraud.cases.service;

/**
 * No such case for the caller's tenant (also what another tenant's case looks like: 404, never 403). The message
 * never repeats the id asked for: a malformed one is whatever the caller typed into the path.
 */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException() {
        super("no case with this id at your bank");
    }
}
