package id.kinerja.commons.retry;

import java.time.Duration;

/** Exponential backoff: {@code initial}, doubled per attempt, never more than {@code max}. */
public record Backoff(Duration initial, Duration max) {

    /** The delay before retry number {@code attempt} (from 1). */
    public Duration delay(int attempt) {
        long millis = initial.toMillis() * (1L << Math.min(Math.max(attempt - 1, 0), 20));
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }

    /** Sleeps before the given retry; an interrupt (shutdown) ends the wait with an exception, not a skip. */
    public void await(int attempt) {
        try {
            Thread.sleep(delay(attempt).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
