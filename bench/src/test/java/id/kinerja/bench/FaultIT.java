package id.kinerja.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault subset that fits the build (issue 15): under a steady push load, {@code kill -9} of
 * realisation-service and of reporting-service with their restarts, and a Kafka broker stop/start. Counts are
 * printed; nothing may be lost or applied twice, and every figure must equal the last value pushed.
 * {@code bench/run.sh faults} adds planning-service and a PostgreSQL restart at a higher load.
 */
class FaultIT {

    @Test
    void noEventIsLostOrAppliedTwiceWhenServicesAndTheBrokerFail() throws Exception {
        Path home = Path.of(System.getProperty("kinerja.home", "..")).toAbsolutePath().normalize();
        try (BenchSystem system = BenchSystem.start(home)) {
            FaultBench.Outcome outcome = new FaultBench(system, 10, 25, 100).run(List.of(
                    FaultBench.Fault.KILL_REALISATION, FaultBench.Fault.KILL_REPORTING,
                    FaultBench.Fault.BROKER_RESTART));
            System.out.println("FaultIT: " + outcome.summary());

            assertThat(outcome.produced()).isGreaterThan(1000);
            assertThat(outcome.lost()).as("events lost").isZero();
            assertThat(outcome.appliedTwice()).as("events applied twice").isZero();
            assertThat(outcome.applied()).isEqualTo(outcome.produced());
            assertThat(outcome.differing()).as("records whose figure differs from the last push").isZero();
            assertThat(outcome.reportedSum()).isEqualByComparingTo(outcome.pushedSum());
        }
    }
}
