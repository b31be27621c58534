package id.kinerja.reporting.live;

import id.kinerja.events.reporting.FiguresChangedPayload;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The last N changes this pod read from the topic (a bounded ring, N = {@code kinerja.figures.stream.retained})
 * and the live subscribers. A subscriber that resumes from a position gets the retained changes after it and
 * then the live ones, with nothing lost or repeated in between (both happen under one lock). If the position is
 * older than what the ring still holds (or than this pod's start), the subscriber is told to re-read instead,
 * because a silent gap would leave a portal showing stale figures.
 */
public final class RecentChanges {

    /** A subscriber: gets changes, or first hears that its position is older than what this pod retains. */
    public interface Listener {
        void changed(FigureChange change);

        default void missed(StreamPosition now) {
        }

        /** A subscriber without a position learns where it starts, before any change. */
        default void startsAt(StreamPosition now) {
        }
    }

    private record Resume(List<FigureChange> backlog, boolean complete) {
    }

    private final int capacity;
    private final ArrayDeque<FigureChange> ring = new ArrayDeque<>();
    /** Per partition, the first offset the ring can still answer for (the pod's start, then past evictions). */
    private final Map<Integer, Long> retainedFrom = new HashMap<>();
    private final List<Filtered> subscribers = new CopyOnWriteArrayList<>();
    private StreamPosition position = StreamPosition.NONE;

    public RecentChanges(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    /** This pod starts (or starts reading a new partition) at the given offset: nothing before it is retained. */
    public synchronized void startsAt(int partition, long offset) {
        retainedFrom.merge(partition, offset, Math::max);
        position = position.after(partition, offset - 1);
    }

    /** A change read from the topic: retained, then handed to every live subscriber. */
    public synchronized FigureChange add(String tenant, int partition, long offset, long figuresVersion,
                                         FiguresChangedPayload payload) {
        position = position.after(partition, offset);
        FigureChange change = new FigureChange(tenant, partition, offset, position, figuresVersion, payload);
        ring.addLast(change);
        if (ring.size() > capacity) {
            FigureChange evicted = ring.removeFirst();
            retainedFrom.merge(evicted.partition(), evicted.offset() + 1, Math::max);
        }
        for (Filtered subscriber : subscribers) {
            subscriber.changed(change);
        }
        return change;
    }

    /**
     * Registers a live subscriber after handing it, under the lock (so no live change can overtake or slip
     * between), the retained changes after {@code from}, or {@link Listener#missed} if some are no longer
     * retained here. Without a position the subscriber gets live changes only.
     */
    public synchronized void subscribe(StreamPosition from, Listener subscriber) {
        if (from.isNone()) {
            subscriber.startsAt(position);
        } else {
            Resume resume = backlog(from);
            if (resume.complete()) {
                resume.backlog().forEach(subscriber::changed);
            } else {
                subscriber.missed(position);
            }
        }
        subscribers.add(new Filtered(from, subscriber));
    }

    public void unsubscribe(Listener subscriber) {
        subscribers.removeIf(s -> s.target() == subscriber);
    }

    public synchronized StreamPosition position() {
        return position;
    }

    public int subscribers() {
        return subscribers.size();
    }

    private Resume backlog(StreamPosition from) {
        // offsets below what the ring answers for, and not seen by the subscriber, are unknown here
        boolean complete = retainedFrom.entrySet().stream()
                .allMatch(retained -> from.next().getOrDefault(retained.getKey(), 0L) >= retained.getValue());
        List<FigureChange> backlog = new ArrayList<>();
        for (FigureChange change : ring) {
            if (from.precedes(change.partition(), change.offset())) {
                backlog.add(change);
            }
        }
        return new Resume(backlog, complete);
    }

    /**
     * A subscriber that came from a position another pod had reached: changes it has already seen there are
     * not sent again when this pod reads them.
     */
    private record Filtered(StreamPosition from, Listener target) {
        void changed(FigureChange change) {
            if (from.precedes(change.partition(), change.offset())) {
                target.changed(change);
            }
        }
    }
}
