package id.kinerja.reporting.monitoring.warnings;

import id.kinerja.reporting.findings.Finding;
import id.kinerja.reporting.findings.FindingCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The year-to-date realisation is behind the rencana aksi by more than the threshold (capaian points). */
public final class BehindRencanaAksi implements WarningRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public FindingCode code() {
        return FindingCode.BEHIND_RENCANA_AKSI;
    }

    @Override
    public List<Finding> check(WarningInputs in) {
        List<Finding> findings = new ArrayList<>();
        BigDecimal floor = HUNDRED.subtract(in.thresholds().behindRencanaAksiPoints());
        for (WarningInputs.PlanProgress p : in.planProgress()) {
            if (p.capaian() != null && p.capaian().compareTo(floor) < 0) {
                findings.add(Finding.of(code(), List.of(p.indicator()), Finding.numbers("quarter", p.quarter(),
                        "realised", p.realised(), "planned", p.planned(), "capaian", p.capaian(), "threshold",
                        in.thresholds().behindRencanaAksiPoints()), p.indicator(), p.capaian().toPlainString(),
                        p.quarter()));
            }
        }
        return findings;
    }
}
