package id.kinerja.realisation.replica;

import java.util.NavigableSet;

/** The plan-version watermark: everything up to it applied, with no gap. Pure, so it is tested by a table. */
final class Watermark {

    private Watermark() {
    }

    /**
     * The watermark after applying {@code above} (versions applied beyond {@code watermark}, in any order): the
     * highest N such that watermark+1 .. N are all there.
     */
    static long advance(long watermark, NavigableSet<Long> above) {
        long next = watermark;
        for (long version : above.tailSet(watermark, false)) {
            if (version != next + 1) {
                break;
            }
            next = version;
        }
        return next;
    }
}
