package io.github.idfraud.cases;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/** A real SMTP server (GreenMail, in process) on a free port; tests get it injected as a {@link TestSmtp} field. */
public class SmtpTestResource implements QuarkusTestResourceLifecycleManager {

    private TestSmtp smtp;

    @Override
    public Map<String, String> start() {
        smtp = new TestSmtp(freePort());
        smtp.start();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(smtp.port()));
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(smtp, new TestInjector.MatchesType(TestSmtp.class));
    }

    @Override
    public void stop() {
        smtp.stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for the test SMTP server", e);
        }
    }
}
