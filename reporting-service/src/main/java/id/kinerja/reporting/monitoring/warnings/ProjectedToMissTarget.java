package id.kinerja.reporting.monitoring.warnings;

import id.kinerja.reporting.findings.Finding;
import id.kinerja.reporting.findings.FindingCode;
import id.kinerja.reporting.monitoring.Projection;

import java.util.ArrayList;
import java.util.List;

/** The year-end projection gives a capaian below the threshold (default 100: the PK target is missed). */
public final class ProjectedToMissTarget implements WarningRule {

    @Override
    public FindingCode code() {
        return FindingCode.PROJECTED_TO_MISS_TARGET;
    }

    @Override
    public List<Finding> check(WarningInputs in) {
        List<Finding> findings = new ArrayList<>();
        for (Projection p : in.projections()) {
            // a fully reported year is no projection any more: the findings of the year speak for it
            if (p.projectedCapaian() != null && p.throughQuarter() != null && p.throughQuarter() < 4
                    && p.projectedCapaian().compareTo(in.thresholds().projectedCapaianBelow()) < 0) {
                findings.add(Finding.of(code(), List.of(p.indicator()), Finding.numbers("throughQuarter",
                        p.throughQuarter(), "projected", p.projected(), "target", p.target(), "projectedCapaian",
                        p.projectedCapaian(), "threshold", in.thresholds().projectedCapaianBelow()),
                        p.indicator(), p.projectedCapaian().toPlainString(), p.target().toPlainString()));
            }
        }
        return findings;
    }
}
