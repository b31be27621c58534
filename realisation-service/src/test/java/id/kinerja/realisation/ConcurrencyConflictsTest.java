package id.kinerja.realisation;

import id.kinerja.commons.problem.ConcurrencyConflicts;
import id.kinerja.commons.problem.Problem;
import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Database refusals caused by a concurrent request are a 409 to retry, wherever they are wrapped (service-commons). */
class ConcurrencyConflictsTest {

    @Test
    void uniqueViolationDeadlockAndSerialisationFailureAre409() {
        for (String state : new String[]{"23505", "40P01", "40001"}) {
            RuntimeException wrapped = new RuntimeException("commit failed",
                    new IllegalStateException(new SQLException("refused", state)));
            Problem problem = ConcurrencyConflicts.of(wrapped, "/x").orElseThrow();
            assertThat(problem.status()).as(state).isEqualTo(409);
        }
        BatchUpdateException batch = new BatchUpdateException("batch", "23505", new int[0]);
        assertThat(ConcurrencyConflicts.of(batch, "/x")).isPresent();
        BatchUpdateException chained = new BatchUpdateException("batch", null, new int[0]);
        chained.setNextException(new SQLException("duplicate key", "23505"));
        assertThat(ConcurrencyConflicts.of(chained, "/x")).isPresent();
    }

    @Test
    void otherFailuresStayUnexpected() {
        assertThat(ConcurrencyConflicts.of(new SQLException("syntax", "42601"), "/x")).isEmpty();
        assertThat(ConcurrencyConflicts.of(new IllegalStateException("bug"), "/x")).isEmpty();
    }
}
