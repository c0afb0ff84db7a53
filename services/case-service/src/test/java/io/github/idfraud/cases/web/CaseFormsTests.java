package io.github.idfraud.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.idfraud.problem.InvalidRequestException;
import org.junit.jupiter.api.Test;

class CaseFormsTests {

    @Test
    void aFormFieldWithAControlCharacterIsRefusedBeforeAnythingIsStored() {
        // The workbench's forms share the API's rule (CaseApiFuzzTests found NUL failing in PostgreSQL with a 500).
        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                () -> CaseForms.required("text", "called\u0000the branch", 10_000));

        assertThat(refused.violations()).singleElement()
                .satisfies(violation -> assertThat(violation.field()).isEqualTo("text"));
        assertThat(CaseForms.required("text", " called the branch\n\tno answer ", 10_000))
                .isEqualTo("called the branch\n\tno answer");
    }
}
