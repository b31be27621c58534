package id.kinerja.reporting.events;

import id.kinerja.commons.deadletter.DeadLetters;
import id.kinerja.commons.inbox.IdempotentConsumer;
import id.kinerja.events.EventEnvelope;
import id.kinerja.reporting.readmodel.StateProjection;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Projects realisation events (with their workflow status) into the reporting read models. */
// created at start, so its meters read 0 on dashboards before the first event instead of "no data"
@Startup
@ApplicationScoped
public class RealisationEventsConsumer extends IdempotentConsumer {

    @Inject
    StateProjection states;

    @Inject
    DeadLetters deadLetters;

    @Incoming("realisation-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        deadLetters.consume(this, records);
    }

    @Override
    protected String consumerName() {
        return "reporting.realisation";
    }

    @Override
    protected void apply(EventEnvelope event) {
        states.apply(event);
    }

    @Override
    protected void applyAll(java.util.List<EventEnvelope> events) {
        states.applyAll(events);
    }
}
