package io.github.idfraud.cases.rest;

import io.github.idfraud.cases.entity.ConsumerAnswer;
import io.github.idfraud.cases.mail.NoticeRenderer;
import io.github.idfraud.cases.service.ConsumerAnswers;
import io.github.idfraud.cases.service.ConsumerAnswers.LinkState;
import io.github.idfraud.cases.service.ConsumerAnswers.LinkStatus;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The pages behind the links in consumer emails; the signed token is the only credential. GET only shows the
 * question (scanners that prefetch links change nothing); the answer is a POST from the page's form.
 */
@Path("/answers/{token}")
@PermitAll
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Consumer answers")
public class AnswerResource {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final ConsumerAnswers answers;
    private final NoticeRenderer notices;
    private final Template page;
    private final Template done;
    private final Template gone;

    AnswerResource(ConsumerAnswers answers, NoticeRenderer notices, @Location("answers/page.html") Template page,
                   @Location("answers/done.html") Template done, @Location("answers/gone.html") Template gone) {
        this.answers = answers;
        this.notices = notices;
        this.page = page;
        this.done = done;
        this.gone = gone;
    }

    @GET
    @Operation(summary = "The question page of an answer link (changes nothing)")
    public Response show(@PathParam("token") String token, @QueryParam("choice") String choice) {
        LinkState state = answers.inspect(token);
        if (state.status() != LinkStatus.VALID) {
            return unusable(state.status());
        }
        String chosen = ConsumerAnswer.fromForm(choice).map(ConsumerAnswer::formValue).orElse("");
        return html(200, page.data("bankName", notices.bankName(state.tenant()))
                .data("type", state.type().name())
                .data("when", WHEN.format(state.occurredAt()))
                .data("chosen", chosen)
                .render());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Answer once: answer=me or answer=not-me")
    public Response answer(@PathParam("token") String token, @FormParam("answer") String answer) {
        ConsumerAnswer parsed = ConsumerAnswer.fromForm(answer).orElse(null);
        if (parsed == null) {
            return html(400, gone.data("title", "Please choose an answer")
                    .data("message", "Go back to the link in your email and press one of the two buttons.").render());
        }
        LinkState state = answers.answer(token, parsed);
        if (state.status() != LinkStatus.ANSWERED) {
            return unusable(state.status());
        }
        return html(200, done.data("bankName", notices.bankName(state.tenant()))
                .data("notMe", parsed == ConsumerAnswer.NOT_ME)
                .render());
    }

    private Response unusable(LinkStatus status) {
        return switch (status) {
            case USED -> html(410, gone.data("title", "You have already answered")
                    .data("message", "Thank you: we have your answer. Each link works only once.").render());
            case EXPIRED -> html(410, gone.data("title", "This link has expired")
                    .data("message", "If you still want to tell us something, contact your bank directly.").render());
            default -> html(404, gone.data("title", "This link is not valid")
                    .data("message", "Please use the link exactly as it appears in the email.").render());
        };
    }

    private static Response html(int status, String body) {
        // The token is in the URL: keep it out of caches, referrers and search engines.
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(body)
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Robots-Tag", "noindex, nofollow")
                .build();
    }
}
