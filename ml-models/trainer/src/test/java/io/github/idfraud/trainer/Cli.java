package io.github.idfraud.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs trainer commands as a user would, capturing what they print. */
final class Cli {

    private Cli() {
    }

    /** Runs a command, fails the test on a non-zero exit, returns the console output. */
    static String run(String... args) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int exit;
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            exit = TrainerCli.commandLine().execute(args);
        } finally {
            System.setOut(original);
        }
        String console = buffer.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(console).isZero();
        return console;
    }

    /** Runs a command that must fail; returns what it printed, errors included. */
    static String runExpectingFailure(String... args) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int exit;
        PrintStream captured = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(captured);
        try {
            var cli = TrainerCli.commandLine();
            cli.setErr(new java.io.PrintWriter(captured, true));
            exit = cli.execute(args);
        } finally {
            System.setOut(original);
        }
        String console = buffer.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(console).isNotZero();
        return console;
    }
}
