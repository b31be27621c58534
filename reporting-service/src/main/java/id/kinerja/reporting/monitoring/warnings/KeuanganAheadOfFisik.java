package id.kinerja.reporting.monitoring.warnings;

import id.kinerja.reporting.findings.Finding;
import id.kinerja.reporting.findings.FindingCode;

import java.util.ArrayList;
import java.util.List;

/** A sub-kegiatan's % keuangan is ahead of its % fisik by more than the threshold (points). */
public final class KeuanganAheadOfFisik implements WarningRule {

    @Override
    public FindingCode code() {
        return FindingCode.KEUANGAN_AHEAD_OF_FISIK;
    }

    @Override
    public List<Finding> check(WarningInputs in) {
        List<Finding> findings = new ArrayList<>();
        for (WarningInputs.SubKegiatanProgress s : in.subKegiatan()) {
            if (s.keuangan() != null && s.fisik() != null && s.keuangan().subtract(s.fisik())
                    .compareTo(in.thresholds().keuanganAheadOfFisikPoints()) > 0) {
                findings.add(Finding.of(code(), List.of(s.code()), Finding.numbers("quarter", s.quarter(),
                        "keuangan", s.keuangan(), "fisik", s.fisik(), "threshold",
                        in.thresholds().keuanganAheadOfFisikPoints()), s.code(), s.keuangan().toPlainString(),
                        s.fisik().toPlainString()));
            }
        }
        return findings;
    }
}
