package id.kinerja.reporting.events;

import id.kinerja.commons.deadletter.DeadLetters;
import id.kinerja.commons.inbox.IdempotentConsumer;
import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventCodec;
import id.kinerja.events.EventEnvelope;
import id.kinerja.reporting.readmodel.OrganisationProjection;
import id.kinerja.reporting.readmodel.StateProjection;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Projects planning events into the reporting read models. */
// created at start, so its meters read 0 on dashboards before the first event instead of "no data"
@Startup
@ApplicationScoped
public class PlanningEventsConsumer extends IdempotentConsumer {

    @Inject
    OrganisationProjection organisation;
    @Inject
    StateProjection states;

    @Inject
    DeadLetters deadLetters;

    @Incoming("planning-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        deadLetters.consume(this, records);
    }

    @Override
    protected String consumerName() {
        return "reporting.planning";
    }

    /** Organisation events go to their views one by one; every other state in one batch, in order. */
    @Override
    protected void applyAll(java.util.List<EventEnvelope> events) {
        java.util.List<EventEnvelope> states = new java.util.ArrayList<>();
        for (EventEnvelope event : events) {
            if (event.type().equals("tenant.upserted") || event.type().equals("agency.upserted")) {
                apply(event);
            } else {
                states.add(event);
            }
        }
        this.states.applyAll(states);
    }

    @Override
    protected void apply(EventEnvelope event) {
        switch (event.type()) {
            case "tenant.upserted" -> organisation.tenant(event, EventCodec.payload(event, EventCatalog.TENANT_UPSERTED));
            case "agency.upserted" -> organisation.agency(event, EventCodec.payload(event, EventCatalog.AGENCY_UPSERTED));
            default -> states.apply(event);
        }
    }
}
