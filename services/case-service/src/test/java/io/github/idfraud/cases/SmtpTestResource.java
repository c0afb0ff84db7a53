package io.github.idfraud.cases;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A real SMTP server (GreenMail, in process) on a free port; tests get it injected as a {@link TestSmtp} field. */
public class SmtpTestResource implements QuarkusTestResourceLifecycleManager {

    private TestSmtp smtp;

    @Override
    public Map<String, String> start() {
        smtp = new TestSmtp(FreePorts.any("the test SMTP server"));
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
}
