package id.kinerja.reporting.findings.narrative;

import id.kinerja.reporting.findings.Finding;
import id.kinerja.reporting.findings.FindingCode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A narrative finding: the realisation record, the sentence, the claimed and the computed value. */
final class NarrativeFinding {

    private NarrativeFinding() {
    }

    static Finding of(FindingCode code, NarrativeFacts.Said said, Object claimed, Object computed,
                      Map<String, Object> extra, Object... arguments) {
        Map<String, Object> numbers = new LinkedHashMap<>(Finding.numbers("indicator", said.narrative().indicatorCode(),
                "field", said.narrative().field(), "claimed", claimed, "computed", computed));
        extra.forEach((k, v) -> numbers.put(k, v instanceof java.math.BigDecimal b ? id.kinerja.events.Numbers.norm(b) : v));
        numbers.put("sentence", said.claim().sentence());
        return Finding.of(code, List.of(said.narrative().record()), numbers, arguments);
    }
}
