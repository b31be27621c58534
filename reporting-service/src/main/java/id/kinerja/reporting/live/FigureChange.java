package id.kinerja.reporting.live;

import id.kinerja.events.reporting.FiguresChangedPayload;

/**
 * One {@code figures.changed} record as this pod read it from the topic: where it was (partition, offset), the
 * stream position just after it (its server-sent event id), and the figures version it announces.
 */
public record FigureChange(String tenant, int partition, long offset, StreamPosition position, long figuresVersion,
                           FiguresChangedPayload change) {

    public String agencyCode() {
        return change.agencyCode();
    }
}
