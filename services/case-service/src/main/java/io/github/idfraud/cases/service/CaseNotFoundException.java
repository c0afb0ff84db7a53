package io.github.idfraud.cases.service;

/** No such case for the caller's tenant (also what another tenant's case looks like: 404, never 403). */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(String caseId) {
        super("no case " + caseId);
    }
}
