package id.kinerja.realisation.events;

import id.kinerja.commons.deadletter.DeadLetters;
import id.kinerja.commons.inbox.IdempotentConsumer;
import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventCodec;
import id.kinerja.events.EventEnvelope;
import id.kinerja.realisation.replica.PlanReplica;
import id.kinerja.realisation.replica.PlanWatermarks;
import id.kinerja.realisation.replica.ReplicaLag;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;

/** Replicates the parts of the plan that realisation input is validated against. */
// created at start, so its meters read 0 on dashboards before the first event instead of "no data"
@Startup
@ApplicationScoped
public class PlanningEventsConsumer extends IdempotentConsumer {

    @Inject
    PlanReplica replica;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ReplicaLag lag;

    @Inject
    PlanWatermarks watermarks;

    /** Transient failures are retried in place (the partition waits); only permanent ones are dead-lettered. */
    @Incoming("planning-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        deadLetters.apply(this, List.of(record)).forEach(rejected -> watermarks.deadLettered(rejected.value()));
        lag.applied(record.topic(), record.partition(), record.offset());
    }

    @Override
    protected String consumerName() {
        return "realisation.planning";
    }

    @Override
    protected void apply(EventEnvelope event) {
        switch (event.type()) {
            case "agency.upserted" -> replica.agency(event, EventCodec.payload(event, EventCatalog.AGENCY_UPSERTED));
            case "renstra.upserted" -> replica.renstra(event, EventCodec.payload(event, EventCatalog.RENSTRA_UPSERTED));
            case "indicator.upserted" ->
                    replica.indicator(event, EventCodec.payload(event, EventCatalog.INDICATOR_UPSERTED));
            case "budget-node.upserted" ->
                    replica.budgetNode(event, EventCodec.payload(event, EventCatalog.BUDGET_NODE_UPSERTED));
            case "quarterly-target.upserted" ->
                    replica.quarterlyTarget(event, EventCodec.payload(event, EventCatalog.QUARTERLY_TARGET_UPSERTED));
            default -> {
                // not needed to validate realisations
            }
        }
        if (event.planVersion() != null) {
            // last, so the tenant's watermark row stays locked only until this event commits
            watermarks.applied(event.tenant(), event.planVersion());
        }
    }
}
