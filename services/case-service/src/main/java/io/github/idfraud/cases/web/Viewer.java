package io.github.idfraud.cases.web;

import io.github.idfraud.cases.security.Analyst;

/** Who is looking at a workbench page, for its header and for what the page offers them. */
public record Viewer(String name, String tenant, boolean supervisor) {

    static Viewer of(Analyst analyst) {
        return new Viewer(analyst.name(), analyst.tenant(), analyst.isSupervisor());
    }
}
