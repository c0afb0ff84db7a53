package io.github.idfraud.demo;

import java.io.PrintStream;

/** Output of the demo: whole lines, and one progress line rewritten in place. */
final class Console {

    private final PrintStream out;
    private boolean progressShown;

    Console(PrintStream out) {
        this.out = out;
    }

    synchronized void line(String text) {
        if (progressShown) {
            out.println();
            progressShown = false;
        }
        out.println(text);
        out.flush();
    }

    synchronized void progress(String text) {
        out.print("\r" + text + "   ");
        out.flush();
        progressShown = true;
    }
}
