package id.kinerja.reporting.live;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where a subscriber stands in the {@code reporting.figures} topic: per partition, the offset of the next
 * change it has not seen. Every pod reads the same partitions, so a position taken from one pod resumes on
 * any other; it is the server-sent event id ({@code 0:12,1:7,2:40}) that browsers send back as
 * {@code Last-Event-ID}. Offsets only grow, so a later position is never below an earlier one.
 */
public record StreamPosition(Map<Integer, Long> next) {

    public static final StreamPosition NONE = new StreamPosition(Map.of());

    public StreamPosition {
        next = Map.copyOf(next);
    }

    /** Parses a {@code Last-Event-ID}; anything that is not a position means "no position". */
    public static StreamPosition parse(String id) {
        if (id == null || id.isBlank()) {
            return NONE;
        }
        Map<Integer, Long> next = new TreeMap<>();
        for (String part : id.trim().split(",")) {
            String[] pair = part.split(":");
            if (pair.length != 2) {
                return NONE;
            }
            try {
                int partition = Integer.parseInt(pair[0].trim());
                long offset = Long.parseLong(pair[1].trim());
                if (partition < 0 || offset < 0) {
                    return NONE;
                }
                next.put(partition, offset);
            } catch (NumberFormatException notAPosition) {
                return NONE;
            }
        }
        return new StreamPosition(next);
    }

    public boolean isNone() {
        return next.isEmpty();
    }

    /** The position just after a change at this partition and offset. */
    public StreamPosition after(int partition, long offset) {
        Map<Integer, Long> moved = new TreeMap<>(next);
        moved.merge(partition, offset + 1, Math::max);
        return new StreamPosition(moved);
    }

    /** Whether a subscriber at this position has not yet seen the change at this partition and offset. */
    public boolean precedes(int partition, long offset) {
        return offset >= next.getOrDefault(partition, 0L);
    }

    @Override
    public String toString() {
        StringBuilder id = new StringBuilder();
        new TreeMap<>(next).forEach((partition, offset) -> {
            if (!id.isEmpty()) {
                id.append(',');
            }
            id.append(partition).append(':').append(offset);
        });
        return id.toString();
    }
}
