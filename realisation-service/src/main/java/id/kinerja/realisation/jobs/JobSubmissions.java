package id.kinerja.realisation.jobs;

import id.kinerja.realisation.service.PushService;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.security.MessageDigest;
import java.util.UUID;

/**
 * Accepts a push as a job: takes a place in the tenant's quota, streams the body into 1 MB parts (hashing it for
 * the Idempotency-Key as it goes), then queues it. An upload cut off midway leaves nothing behind.
 */
@ApplicationScoped
public class JobSubmissions {

    static final int PART = 1 << 20;

    @Inject
    JobStore store;
    @Inject
    ImportLimits limits;
    @Inject
    JobWorker worker;

    /** {@code head}: what was already read of the body; {@code hashParts}: the options the request hash covers. */
    public UUID submit(JobRequest request, byte[] head, InputStream rest, String... hashParts) throws Exception {
        UUID id = store.create(request, limits.jobsPerTenant());
        if (id == null) {
            throw limits.tooManyJobs(request.tenant());
        }
        long bytes = 0;
        try (InputStream body = new SequenceInputStream(new ByteArrayInputStream(head), rest)) {
            MessageDigest digest = PushService.sha256();
            byte[] part = new byte[PART];
            for (int seq = 0; ; seq++) {
                int n = body.readNBytes(part, 0, PART);
                if (n == 0) {
                    break;
                }
                digest.update(part, 0, n);
                store.appendPart(id, seq, part, n);
                bytes += n;
            }
            store.queue(id, PushService.hash(digest, hashParts), bytes);
        } catch (Exception | Error e) {
            store.abandon(id);
            throw e;
        }
        Log.infof("import job %s: %s of %s by %s, %d bytes, queued", id, request.kind().path(), request.tenant(),
                request.submittedBy(), bytes);
        worker.kick();
        return id;
    }
}
