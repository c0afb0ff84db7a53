import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.EventLogReader;
import io.github.idfraud.features.EngineSettings;
import io.github.idfraud.features.FeatureEngine;
import io.github.idfraud.features.IdentityKeys;
import io.github.idfraud.features.Pseudonymiser;
import io.github.idfraud.trainer.redis.RedisSession;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/** ADR 0006: replays an event log through the feature engine under PREFIX (args: LOG PREFIX), then prints customers and national IDs. */
public class MemoryPerIdentity {
    public static void main(String[] args) throws Exception {
        Path log = Path.of(args[0]);
        String prefix = args[1];
        Set<String> customers = new HashSet<>();
        Set<String> nationalIds = new HashSet<>();
        Map<String, IdentityKeys> ids = new HashMap<>();
        long events = 0;
        try (RedisSession redis = RedisSession.open("redis://127.0.0.1:6379")) {
            FeatureEngine engine = new FeatureEngine(redis.identifierStore(), new Pseudonymiser("memory-probe-secret-0123456789-abcdef"),
                    EngineSettings.defaults(prefix).forPrivateReplay(256L << 20));
            Semaphore window = new Semaphore(512);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            try (var lines = new EventLogReader().lines(log)) {
                for (EventLogLine line : (Iterable<EventLogLine>) lines::iterator) {
                    if (line.isEvent() && !line.event().type().scored()) {
                        continue; // a bank's profile refresh: never scored, as the trainer's replay skips it
                    }
                    if (!window.tryAcquire()) {
                        redis.flush();
                        window.acquire();
                    }
                    CompletableFuture<?> done;
                    if (line.isEvent()) {
                        events++;
                        var e = line.event();
                        IdentityKeys k = engine.identify(line.tenant(), e);
                        ids.put(line.tenant() + "/" + e.eventId(), k);
                        if (e.customerId() != null) customers.add(line.tenant() + "/" + e.customerId());
                        if (e.identity() != null && e.identity().nationalId() != null) nationalIds.add(e.identity().nationalId());
                        done = engine.process(line.tenant(), e, k).toCompletableFuture();
                    } else {
                        IdentityKeys k = ids.get(line.tenant() + "/" + line.label().eventId());
                        done = k == null ? CompletableFuture.completedFuture(null)
                                : engine.applyLabel(line.tenant(), k, line.label()).toCompletableFuture();
                    }
                    done.whenComplete((v, t) -> { if (t != null) failure.compareAndSet(null, t); window.release(); });
                }
            }
            redis.flush();
            window.acquire(512);
            if (failure.get() != null) throw new IllegalStateException(failure.get());
            // A private replay writes behind (ADR 0016): Redis holds every value only once they are written back.
            var written = engine.writeBack().toCompletableFuture();
            redis.flush();
            written.join();
        }
        System.out.println("events=" + events + " customers=" + customers.size() + " nationalIds=" + nationalIds.size());
    }
}
