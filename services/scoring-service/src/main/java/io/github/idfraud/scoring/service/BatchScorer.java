package io.github.idfraud.scoring.service;

import io.github.idfraud.contract.Decision;
import io.github.idfraud.contract.Event;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

/**
 * Scores a batch with the answers of its events sent one after another in the order given, without waiting where
 * that order cannot matter. An event reads and writes only its identifiers' values, so it waits only for the earlier
 * events of the batch that share one of its identifiers; a batch of many people's events runs many at a time, while
 * one person's (or one device's, one payee's) events still build on each other in order.
 */
@Singleton
public class BatchScorer {

    /** Events of one batch in flight at once: enough to keep Redis round trips overlapping, few enough to be fair. */
    static final int IN_FLIGHT = 64;

    private final ScoringService scoring;
    private final FeatureWindows features;

    BatchScorer(ScoringService scoring, FeatureWindows features) {
        this.scoring = scoring;
        this.features = features;
    }

    /** The decisions in the events' order; fails as the first event that fails. */
    public Uni<List<Decision>> score(String tenant, List<Event> events) {
        List<Uni<Decision>> decisions = new ArrayList<>(events.size());
        Map<String, Integer> lastWithIdentifier = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            TreeSet<Integer> earlier = new TreeSet<>();
            for (Map.Entry<String, String> identifier : features.identify(tenant, event).asMap().entrySet()) {
                Integer previous = lastWithIdentifier.put(identifier.getKey() + "=" + identifier.getValue(), i);
                if (previous != null) {
                    earlier.add(previous);
                }
            }
            Uni<Void> ready = earlier.isEmpty() ? Uni.createFrom().voidItem()
                    : Uni.join().all(earlier.stream().map(decisions::get).toList()).andFailFast().replaceWithVoid();
            // Memoized: the events that wait for this one and the collection below share one scoring of it.
            decisions.add(ready.chain(() -> scoring.score(tenant, event, false)).memoize().indefinitely());
        }
        AtomicReferenceArray<Decision> inOrder = new AtomicReferenceArray<>(events.size());
        // Subscribed in index order, so every event an event waits for has been started before it.
        return Multi.createFrom().range(0, events.size())
                .onItem().transformToUni(i -> decisions.get(i).invoke(decision -> inOrder.set(i, decision)))
                .merge(IN_FLIGHT)
                .collect().last()
                .map(done -> IntStream.range(0, inOrder.length()).mapToObj(inOrder::get).toList());
    }
}
