package id.kinerja.realisation.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.events.EventCodec;
import id.kinerja.realisation.service.BulkSummary;
import id.kinerja.realisation.service.PushService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.SQLException;
import java.util.concurrent.Callable;

/**
 * The push of a job, exactly as the synchronous endpoint runs it ({@link PushService}: Idempotency-Key, one
 * transaction), with the job marked done in that same transaction: the data and "done" commit together, so a job
 * found running after a crash has written nothing.
 */
@ApplicationScoped
class JobTransactions {

    @Inject
    PushService pushes;
    @Inject
    JobStore store;

    @Transactional
    PushService.Result run(ClaimedJob job, Callable<BulkSummary> work) throws Exception {
        JobRequest r = job.request();
        PushService.Result result = pushes.push(r.tenant(), r.idempotencyKey(), job.requestHash(), r.operation(),
                !r.dryRun(), work);
        if (!r.dryRun()) {
            done(job, result);
        }
        return result;
    }

    /** A dry run rolls its transaction back: its outcome is written after. */
    void done(ClaimedJob job, PushService.Result result) throws SQLException {
        JsonNode counts = EventCodec.readTree(result.body()).path("importCount");
        int accepted = counts.path("created").asInt() + counts.path("updated").asInt()
                + counts.path("unchanged").asInt();
        int rejected = counts.path("rejected").asInt();
        store.complete(job.id(), "done", result.status(), result.replayed(), result.body(), accepted + rejected,
                accepted, rejected);
    }
}
