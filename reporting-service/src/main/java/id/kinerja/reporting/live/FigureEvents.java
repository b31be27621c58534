package id.kinerja.reporting.live;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One subscriber's server-sent events: first its position (an {@code event: position} without data whose id a browser
 * keeps as its Last-Event-ID, so even a quiet stream resumes without a gap), then the retained changes after the position
 * it resumed from (or an {@code event: reset} when they are no longer retained: re-read the figures), then live
 * changes in its scope, and a {@code : ping} comment every heartbeat.
 */
final class FigureEvents {

    private final RecentChanges recent;
    private final Sse sse;
    private final Duration heartbeat;

    FigureEvents(RecentChanges recent, Sse sse, Duration heartbeat) {
        this.recent = recent;
        this.sse = sse;
        this.heartbeat = heartbeat;
    }

    Multi<OutboundSseEvent> stream(StreamPosition from, Predicate<FigureChange> scope) {
        Multi<OutboundSseEvent> changes = Multi.createFrom().emitter(emitter -> {
            RecentChanges.Listener listener = new RecentChanges.Listener() {
                @Override
                public void changed(FigureChange change) {
                    if (scope.test(change)) {
                        emitter.emit(change(change));
                    }
                }

                @Override
                public void missed(StreamPosition now) {
                    emitter.emit(sse.newEventBuilder().name("reset").id(now.toString())
                            .mediaType(MediaType.APPLICATION_JSON_TYPE)
                            .data(Map.class, Map.of("reason", "changes after " + from + " are no longer retained on "
                                    + "this server: re-read the figures, then follow this stream"))
                            .build());
                }

                @Override
                public void startsAt(StreamPosition now) {
                    emitter.emit(position(now));
                }
            };
            emitter.onTermination(() -> recent.unsubscribe(listener));
            recent.subscribe(from, listener);
        });
        Multi<OutboundSseEvent> pings = Multi.createFrom().ticks().every(heartbeat)
                .map(tick -> sse.newEventBuilder().comment("ping").build());
        return Multi.createBy().merging().streams(changes, pings);
    }

    private OutboundSseEvent change(FigureChange change) {
        return sse.newEventBuilder().id(change.position().toString()).mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(StreamedChange.class, StreamedChange.of(change)).build();
    }

    private OutboundSseEvent position(StreamPosition now) {
        // no data: browsers keep the id as Last-Event-ID without firing an event
        return sse.newEventBuilder().name("position").id(now.toString()).comment("position").build();
    }
}
