package id.kinerja.realisation.replica;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The watermark moves only over an unbroken run of applied plan versions, whatever order they arrived in. */
class WatermarkTest {

    @ParameterizedTest(name = "at {0}, applied above [{1}] -> {2}")
    @CsvSource(delimiter = '|', value = {
            "0 | ''        | 0",  // nothing arrived
            "0 | 1         | 1",  // in order
            "0 | 2         | 0",  // 1 still on its way (another partition)
            "0 | 2 3 1     | 3",  // out of order, gap closed
            "0 | 3 1       | 1",  // 2 missing: stops below the gap
            "5 | 7 6 9     | 7",  // from a watermark, up to the next gap
            "5 | 3 4 6     | 6",  // replays below the watermark change nothing
            "5 | 6 6 7     | 7",  // a redelivery counts once
            "9 | 11 12 13  | 9",  // 10 missing: all wait
    })
    void advancesOverTheUnbrokenRun(long watermark, String applied, long expected) {
        TreeSet<Long> above = new TreeSet<>();
        Arrays.stream(applied.trim().split("\\s+")).filter(s -> !s.isEmpty()).map(Long::valueOf).forEach(above::add);
        assertThat(Watermark.advance(watermark, above)).isEqualTo(expected);
    }
}
