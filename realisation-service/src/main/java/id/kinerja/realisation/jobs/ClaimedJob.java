package id.kinerja.realisation.jobs;

import java.util.UUID;

/** A job a worker took from the queue: what to run and the request hash its Idempotency-Key is checked with. */
record ClaimedJob(UUID id, JobRequest request, String requestHash, int attempt) {
}
