package id.kinerja.reporting.live;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import id.kinerja.events.reporting.FiguresChangedPayload;

/** The data of a server-sent change: the tenant, the figures version it announces, and the change itself. */
public record StreamedChange(String tenant, long figuresVersion, @JsonUnwrapped FiguresChangedPayload change) {

    static StreamedChange of(FigureChange c) {
        return new StreamedChange(c.tenant(), c.figuresVersion(), c.change());
    }
}
