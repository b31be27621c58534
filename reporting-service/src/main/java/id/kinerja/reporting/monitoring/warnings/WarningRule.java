package id.kinerja.reporting.monitoring.warnings;

import id.kinerja.reporting.findings.Finding;
import id.kinerja.reporting.findings.FindingCode;

import java.util.List;

/** One early-warning finding type, checked over an agency-year's monitoring figures. Pure. */
public interface WarningRule {

    FindingCode code();

    List<Finding> check(WarningInputs in);

    /** Every rule, in the order their warnings are listed. */
    List<WarningRule> ALL = List.of(new NoDataForClosedQuarter(), new ProjectedToMissTarget(), new BehindRencanaAksi(),
            new AbsorptionBelowPace(), new KeuanganAheadOfFisik(), new RecommendationOverdue());

    static List<Finding> checkAll(WarningInputs in) {
        return ALL.stream().flatMap(r -> r.check(in).stream()).toList();
    }
}
