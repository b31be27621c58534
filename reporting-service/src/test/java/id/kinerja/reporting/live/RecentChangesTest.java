package id.kinerja.reporting.live;

import id.kinerja.events.reporting.FiguresChangedPayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecentChangesTest {

    static FiguresChangedPayload payload(String agency) {
        return new FiguresChangedPayload(agency, 2024, "realisation.upserted", agency + "/X", 1, Instant.EPOCH,
                Instant.EPOCH);
    }

    /** Records what a subscriber got: changes as "partition@offset", a reset as "reset". */
    static final class Recorder implements RecentChanges.Listener {
        final List<String> got = new ArrayList<>();

        @Override
        public void changed(FigureChange change) {
            got.add(change.partition() + "@" + change.offset());
        }

        @Override
        public void missed(StreamPosition now) {
            got.add("reset");
        }

        @Override
        public void startsAt(StreamPosition now) {
            got.add("at " + now);
        }
    }

    @ParameterizedTest(name = "{0} parses to {1}")
    @CsvSource(delimiter = '|', value = {
            "0:12,1:7,2:40 | 0:12,1:7,2:40",
            "2:40,0:12     | 0:12,2:40",
            "' 0:3 '       | 0:3",
            "''            | ''",
            "garbage       | ''",
            "0:-1          | ''",
            "0:1,x:2       | ''",
            "1733107200    | ''",
    })
    void positionsParseFromTheLastEventId(String id, String expected) {
        assertThat(StreamPosition.parse(id).toString()).isEqualTo(expected);
    }

    @Test
    void aPositionMovesPastAChangeAndNeverBack() {
        StreamPosition p = StreamPosition.parse("0:5,1:2");
        assertThat(p.after(0, 9).toString()).isEqualTo("0:10,1:2");
        assertThat(p.after(0, 1).toString()).isEqualTo("0:5,1:2");
        assertThat(p.precedes(0, 5)).isTrue();
        assertThat(p.precedes(0, 4)).isFalse();
        assertThat(p.precedes(3, 0)).isTrue();
    }

    @Test
    void aNewSubscriberLearnsItsPositionThenGetsLiveChangesOnly() {
        RecentChanges recent = new RecentChanges(10);
        recent.startsAt(0, 100);
        recent.startsAt(1, 50);
        recent.add("t", 0, 100, 1, payload("A"));
        Recorder r = new Recorder();
        recent.subscribe(StreamPosition.NONE, r);
        recent.add("t", 1, 50, 1, payload("B"));
        assertThat(r.got).containsExactly("at 0:101,1:50", "1@50");
        assertThat(recent.position().toString()).isEqualTo("0:101,1:51");
    }

    @Test
    void aResumingSubscriberGetsTheRetainedChangesAfterItsPositionThenLiveOnesWithoutRepeats() {
        RecentChanges recent = new RecentChanges(10);
        recent.startsAt(0, 100);
        recent.startsAt(1, 50);
        recent.add("t", 0, 100, 1, payload("A"));
        recent.add("t", 1, 50, 1, payload("B"));
        recent.add("t", 0, 101, 1, payload("C"));
        Recorder r = new Recorder();
        recent.subscribe(StreamPosition.parse("0:101,1:50"), r);
        recent.add("t", 1, 51, 1, payload("D"));
        assertThat(r.got).containsExactly("1@50", "0@101", "1@51");
    }

    @Test
    void aPositionFromAPodThatIsAheadSkipsWhatItHasSeenThere() {
        RecentChanges recent = new RecentChanges(10);
        recent.startsAt(0, 100);
        Recorder r = new Recorder();
        recent.subscribe(StreamPosition.parse("0:102"), r);
        recent.add("t", 0, 100, 1, payload("A"));
        recent.add("t", 0, 101, 1, payload("B"));
        recent.add("t", 0, 102, 1, payload("C"));
        assertThat(r.got).containsExactly("0@102");
    }

    @ParameterizedTest(name = "ring of {0}, resume from {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            // offsets 100..104 were added; the ring keeps the last N
            "5 | 0:100 | 0@100 0@101 0@102 0@103 0@104",
            "3 | 0:102 | 0@102 0@103 0@104",
            "3 | 0:101 | reset",
            "3 | 0:99  | reset",      // older than the pod's start
            "3 | 0:105 | ''",
    })
    void aPositionOlderThanWhatIsRetainedIsAReset(int capacity, String from, String expected) {
        RecentChanges recent = new RecentChanges(capacity);
        recent.startsAt(0, 100);
        for (long offset = 100; offset < 105; offset++) {
            recent.add("t", 0, offset, 1, payload("A"));
        }
        Recorder r = new Recorder();
        recent.subscribe(StreamPosition.parse(from), r);
        assertThat(String.join(" ", r.got)).isEqualTo(expected);
    }

    @Test
    void anUnsubscribedListenerGetsNothingMore() {
        RecentChanges recent = new RecentChanges(10);
        recent.startsAt(0, 0);
        Recorder r = new Recorder();
        recent.subscribe(StreamPosition.NONE, r);
        recent.unsubscribe(r);
        recent.add("t", 0, 0, 1, payload("A"));
        assertThat(r.got).containsExactly("at 0:0");
        assertThat(recent.subscribers()).isZero();
    }
}
