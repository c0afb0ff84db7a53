package io.github.idfraud.cases.service;

import io.github.idfraud.cases.entity.CaseStatus;
import io.github.idfraud.cases.entity.Disposition;

/** A disposition that does not fit the status asked for (false positive with CONFIRMED_FRAUD, or with IN_REVIEW). */
public class DispositionMismatchException extends RuntimeException {

    public DispositionMismatchException(CaseStatus target, Disposition disposition) {
        super("disposition " + disposition + " closes a case as " + disposition.status() + ", not " + target);
    }
}
