package id.kinerja.reporting.document.lkjip;

import id.kinerja.reporting.lkjip.LkjipSummary;
import id.kinerja.reporting.rollup.PemdaDashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a pemda's LKjIP is made from: the stored pemda roll-up of one version (official, through Q4) with its
 * findings counts, and for each of its agencies the stored LKjIP summary current at the same instant.
 */
public record PemdaSource(String tenant, String pemdaName, int year, long version, Instant versionAt,
                          PemdaDashboard rollup, Map<String, Integer> findings, List<Agency> agencies) {

    public record Agency(String code, String name, long figuresVersion, LkjipSummary summary) {
    }

    public String stamp() {
        return "roll-up versi " + version + ", " + id.kinerja.reporting.document.Tanggal.of(versionAt);
    }
}
