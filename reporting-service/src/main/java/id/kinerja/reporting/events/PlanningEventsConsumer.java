package id.kinerja.reporting.events;

import id.kinerja.commons.inbox.IdempotentConsumer;
import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventCodec;
import id.kinerja.events.EventEnvelope;
import id.kinerja.reporting.readmodel.OrganisationProjection;
import id.kinerja.reporting.readmodel.StateProjection;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Projects planning events into the reporting read models. */
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

    @Override
    protected void apply(EventEnvelope event) {
        switch (event.type()) {
            case "tenant.upserted" -> organisation.tenant(event, EventCodec.payload(event, EventCatalog.TENANT_UPSERTED));
            case "agency.upserted" -> organisation.agency(event, EventCodec.payload(event, EventCatalog.AGENCY_UPSERTED));
            default -> states.apply(event);
        }
    }
}
