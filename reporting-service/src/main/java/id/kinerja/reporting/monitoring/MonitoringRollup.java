package id.kinerja.reporting.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Adds stored agency monitoring figures up to a pemda, and stored pemda roll-ups up to a province. Pure. */
public final class MonitoringRollup {

    private MonitoringRollup() {
    }

    public static PemdaMonitoring pemda(String tenant, int year, List<AgencyMonitoring> agencies) {
        List<PemdaMonitoring.QuarterLine> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            Map<String, Integer> byStatus = new TreeMap<>();
            int due = 0;
            int expected = 0;
            int submitted = 0;
            int kindsDue = 0;
            int onTime = 0;
            for (AgencyMonitoring a : agencies) {
                Compliance.QuarterStatus s = a.compliance().get(q - 1);
                byStatus.merge(s.status(), 1, Integer::sum);
                boolean agencyDue = false;
                for (Compliance.KindStatus k : List.of(s.indicator(), s.budget())) {
                    if (due(k)) {
                        agencyDue = true;
                        expected += k.expected();
                        submitted += k.submitted();
                        kindsDue++;
                        onTime += k.status().equals("COMPLETE") ? 1 : 0;
                    }
                }
                due += agencyDue ? 1 : 0;
            }
            quarters.add(new PemdaMonitoring.QuarterLine(q, due, byStatus, pct(submitted, expected), pct(onTime, kindsDue)));
        }
        List<PemdaMonitoring.AgencyLine> lines = new ArrayList<>();
        List<PemdaMonitoring.Overdue> overdue = new ArrayList<>();
        Map<String, Integer> warnings = new TreeMap<>();
        for (AgencyMonitoring a : agencies) {
            lines.add(new PemdaMonitoring.AgencyLine(0, tenant, a.agency(), totals(List.of(a)), a.warnings().size()));
            a.warnings().forEach(w -> warnings.merge(w.type(), 1, Integer::sum));
            for (Compliance.QuarterStatus s : a.compliance()) {
                for (Compliance.KindStatus k : List.of(s.indicator(), s.budget())) {
                    if (k.status().equals("MISSING") || k.status().equals("PARTIAL")) {
                        overdue.add(new PemdaMonitoring.Overdue(tenant, a.agency(), s.quarter(), k.kind(), k.status(),
                                k.steps().get(0).deadline(), k.missing()));
                    }
                }
            }
        }
        return new PemdaMonitoring(tenant, year, quarters, totals(agencies), rank(lines), overdue, warnings);
    }

    /** The province: every pemda's totals ranked, the overdue agencies of all, warnings added up. */
    public record Province(String province, int year, PemdaMonitoring.Totals totals,
                           List<PemdaMonitoring.AgencyLine> pemda, List<PemdaMonitoring.Overdue> overdue,
                           Map<String, Integer> warnings) {
    }

    public static Province province(String province, int year, List<PemdaMonitoring> pemda) {
        List<PemdaMonitoring.AgencyLine> lines = new ArrayList<>();
        List<PemdaMonitoring.Overdue> overdue = new ArrayList<>();
        Map<String, Integer> warnings = new TreeMap<>();
        int expected = 0, submitted = 0, due = 0, onTime = 0;
        for (PemdaMonitoring p : pemda) {
            lines.add(new PemdaMonitoring.AgencyLine(0, p.tenant(), null, p.totals(),
                    p.warnings().values().stream().mapToInt(Integer::intValue).sum()));
            overdue.addAll(p.overdue());
            p.warnings().forEach((code, n) -> warnings.merge(code, n, Integer::sum));
            expected += p.totals().expectedRecords();
            submitted += p.totals().submittedRecords();
            due += p.totals().kindsDue();
            onTime += p.totals().kindsOnTime();
        }
        return new Province(province, year, new PemdaMonitoring.Totals(expected, submitted, due, onTime,
                pct(submitted, expected), pct(onTime, due)), rank(lines), overdue, warnings);
    }

    private static boolean due(Compliance.KindStatus k) {
        return k.expected() > 0 && k.steps().get(0).passed();
    }

    static PemdaMonitoring.Totals totals(List<AgencyMonitoring> agencies) {
        int expected = 0, submitted = 0, due = 0, onTime = 0;
        for (AgencyMonitoring a : agencies) {
            for (Compliance.QuarterStatus s : a.compliance()) {
                for (Compliance.KindStatus k : List.of(s.indicator(), s.budget())) {
                    if (due(k)) {
                        expected += k.expected();
                        submitted += k.submitted();
                        due++;
                        onTime += k.status().equals("COMPLETE") ? 1 : 0;
                    }
                }
            }
        }
        return new PemdaMonitoring.Totals(expected, submitted, due, onTime, pct(submitted, expected), pct(onTime, due));
    }

    /** Best first: completeness, then on-time, then fewer warnings; nothing due ranks last; ties by name. */
    private static List<PemdaMonitoring.AgencyLine> rank(List<PemdaMonitoring.AgencyLine> lines) {
        Comparator<BigDecimal> desc = Comparator.nullsLast(Comparator.reverseOrder());
        List<PemdaMonitoring.AgencyLine> sorted = lines.stream().sorted(Comparator
                .comparing((PemdaMonitoring.AgencyLine l) -> l.totals().completeness(), desc)
                .thenComparing(l -> l.totals().onTime(), desc)
                .thenComparingInt(PemdaMonitoring.AgencyLine::warnings)
                .thenComparing(l -> l.tenant() + "/" + l.agency())).toList();
        List<PemdaMonitoring.AgencyLine> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            PemdaMonitoring.AgencyLine l = sorted.get(i);
            ranked.add(new PemdaMonitoring.AgencyLine(i + 1, l.tenant(), l.agency(), l.totals(), l.warnings()));
        }
        return ranked;
    }

    private static BigDecimal pct(int part, int whole) {
        return whole == 0 ? null : id.kinerja.events.Numbers.norm(BigDecimal.valueOf(part * 100L)
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_EVEN));
    }
}
