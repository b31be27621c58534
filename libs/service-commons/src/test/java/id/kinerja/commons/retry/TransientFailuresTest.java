package id.kinerja.commons.retry;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Which consumer failures are retried (the moment) and which are dead-lettered (the data). */
class TransientFailuresTest {

    record Row(Throwable failure, boolean retried) {
    }

    static RuntimeException wrapped(Throwable cause) {
        return new RuntimeException("projection failed", new IllegalStateException("flush", cause));
    }

    @Test
    void table() {
        Row[] rows = {
                new Row(wrapped(new SQLException("connection refused", "08001")), true),
                new Row(wrapped(new SQLException("I/O error", "08006")), true),
                new Row(wrapped(new SQLException("could not serialize access", "40001")), true),
                new Row(wrapped(new SQLException("deadlock detected", "40P01")), true),
                new Row(wrapped(new SQLException("too many connections", "53300")), true),
                new Row(wrapped(new SQLException("terminating connection due to administrator command", "57P01")), true),
                new Row(wrapped(new SQLException("lock not available", "55P03")), true),
                new Row(wrapped(new SQLException("Acquisition timeout while waiting for new connection")), true),
                new Row(wrapped(new SQLTransientConnectionException("pool")), true),
                new Row(wrapped(new ConnectException("Connection refused")), true),
                new Row(wrapped(new SQLException("duplicate key value", "23505")), false),
                new Row(wrapped(new SQLException("value too long", "22001")), false),
                new Row(wrapped(new SQLException("column does not exist", "42703")), false),
                new Row(new IllegalArgumentException("not a valid event envelope"), false),
                new Row(new NullPointerException(), false),
        };
        for (Row row : rows) {
            assertThat(TransientFailures.isTransient(row.failure())).as(String.valueOf(row.failure().getCause()))
                    .isEqualTo(row.retried());
        }
    }

    @Test
    void backoffDoublesUpToItsBound() {
        Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(30));
        assertThat(backoff.delay(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.delay(2)).isEqualTo(Duration.ofMillis(400));
        assertThat(backoff.delay(5)).isEqualTo(Duration.ofMillis(3200));
        assertThat(backoff.delay(9)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delay(500)).isEqualTo(Duration.ofSeconds(30));
    }
}
