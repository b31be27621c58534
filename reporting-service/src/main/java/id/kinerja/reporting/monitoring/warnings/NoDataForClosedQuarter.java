package id.kinerja.reporting.monitoring.warnings;

import id.kinerja.reporting.findings.Finding;
import id.kinerja.reporting.findings.FindingCode;
import id.kinerja.reporting.monitoring.Compliance;

import java.util.ArrayList;
import java.util.List;

/** A quarter's submission deadline passed with indicator or budget realisations missing. */
public final class NoDataForClosedQuarter implements WarningRule {

    @Override
    public FindingCode code() {
        return FindingCode.NO_DATA_FOR_CLOSED_QUARTER;
    }

    @Override
    public List<Finding> check(WarningInputs in) {
        List<Finding> findings = new ArrayList<>();
        for (Compliance.QuarterStatus q : in.quarters()) {
            for (Compliance.KindStatus k : List.of(q.indicator(), q.budget())) {
                if (k.status().equals("MISSING") || k.status().equals("PARTIAL")) {
                    String kind = k.kind().equals("INDICATOR") ? "indicator" : "budget";
                    findings.add(Finding.of(code(), k.missing(), Finding.numbers("quarter", q.quarter(), "kind",
                            k.kind(), "expected", k.expected(), "submitted", k.submitted(), "deadline",
                            k.steps().get(0).deadline().toString()), kind, q.quarter(), k.steps().get(0).deadline()));
                }
            }
        }
        return findings;
    }
}
