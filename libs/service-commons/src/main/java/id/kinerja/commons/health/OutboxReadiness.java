package id.kinerja.commons.health;

import id.kinerja.commons.outbox.OutboxBacklog;
import id.kinerja.commons.outbox.OutboxRelay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness depends on the database only (Quarkus' datasource check): with Kafka down a service still takes
 * writes, their events wait in the outbox. This check never fails; it reports the outbox backlog and whether
 * the relay reaches Kafka, so the probe answer shows a broker outage without taking pods out of service.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    @Inject
    OutboxBacklog backlog;
    @Inject
    OutboxRelay relay;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox (Kafka, informational)").up();
        try {
            OutboxBacklog.Snapshot now = backlog.measure();
            response.withData("pending", now.pending()).withData("oldestPendingSeconds", now.oldest().toSeconds());
        } catch (RuntimeException e) {
            response.withData("pending", "unknown: " + e.getMessage());
        }
        String failure = relay.lastFailure();
        return response.withData("kafka", failure == null ? "publishing" : "not publishing: " + failure).build();
    }
}
