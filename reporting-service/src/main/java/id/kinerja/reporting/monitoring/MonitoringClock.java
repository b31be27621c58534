package id.kinerja.reporting.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** The time deadlines are judged by: the system clock, replaced in tests (QuarkusMock) to walk through a year. */
public class MonitoringClock {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
