package io.github.idfraud.harness;

/** Told of every answer, timed or not, on the sender's event loop: keep it short and never block. */
@FunctionalInterface
public interface AnswerListener {

    AnswerListener NONE = (index, answer) -> { };

    /** @param index the request's position in the list sent */
    void answered(int index, Answer answer);
}
