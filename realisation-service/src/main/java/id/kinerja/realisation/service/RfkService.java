package id.kinerja.realisation.service;

import id.kinerja.events.Numbers;
import id.kinerja.realisation.domain.BudgetRealisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The RFK (realisasi fisik dan keuangan) of an agency up to a quarter: per sub-kegiatan the pagu in force,
 * the quarter's spending, the cumulative spending before it and in total, % keuangan, % bobot, % fisik and
 * sisa, all derived here (never taken from input), rolled up to kegiatan, program and the agency.
 * Percentages keep ten decimals; rounding belongs to presentation.
 */
@ApplicationScoped
public class RfkService {

    @Inject
    EntityManager em;

    public record Line(String level, String code, String name, BigDecimal pagu, BigDecimal quarter,
                       BigDecimal cumulativeBefore, BigDecimal cumulative, BigDecimal pctKeuangan, BigDecimal pctBobot,
                       BigDecimal pctFisik, BigDecimal sisa) {
    }

    public record Rfk(int year, int quarter, Line total, List<Line> lines) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Rfk rfk(String tenant, String agency, int year, int quarter) {
        PlanSnapshot plan = PlanSnapshot.load(em, tenant);
        Map<String, String> names = new LinkedHashMap<>();
        List<Object[]> nodes = em.createNativeQuery("""
                        SELECT code, level, name FROM replica_budget_node
                        WHERE tenant = :t AND agency_code = :a AND fiscal_year = :y ORDER BY code""")
                .setParameter("t", tenant).setParameter("a", agency).setParameter("y", year).getResultList();
        nodes.forEach(n -> names.put((String) n[0], (String) n[2]));
        Map<String, List<BudgetRealisation>> spending = new LinkedHashMap<>();
        BudgetRealisation.<BudgetRealisation>list("tenant = ?1 and agencyCode = ?2 and year = ?3 and quarter <= ?4",
                        tenant, agency, year, (short) quarter)
                .forEach(b -> spending.computeIfAbsent(b.subKegiatanCode, k -> new ArrayList<>()).add(b));

        List<Line> leaves = new ArrayList<>();
        BigDecimal totalPagu = BigDecimal.ZERO;
        for (Object[] n : nodes) {
            if (!"SUB_KEGIATAN".equals(n[1])) {
                continue;
            }
            String code = (String) n[0];
            BigDecimal pagu = plan.subKegiatan(agency, year, code).map(PlanSnapshot.SubKegiatanRef::paguInForce)
                    .orElse(BigDecimal.ZERO);
            totalPagu = totalPagu.add(pagu);
            BigDecimal inQuarter = BigDecimal.ZERO;
            BigDecimal before = BigDecimal.ZERO;
            BigDecimal fisik = null;
            int fisikQuarter = 0;
            for (BudgetRealisation b : spending.getOrDefault(code, List.of())) {
                if (b.quarter == quarter) {
                    inQuarter = inQuarter.add(b.amount);
                } else {
                    before = before.add(b.amount);
                }
                if (b.physicalProgress != null && b.quarter > fisikQuarter) {
                    fisik = b.physicalProgress;
                    fisikQuarter = b.quarter;
                }
            }
            leaves.add(line("SUB_KEGIATAN", code, (String) n[2], pagu, inQuarter, before, fisik));
        }
        BigDecimal agencyPagu = totalPagu;
        List<Line> lines = new ArrayList<>();
        Map<String, List<Line>> byProgram = new LinkedHashMap<>();
        Map<String, List<Line>> byKegiatan = new LinkedHashMap<>();
        for (Line leaf : leaves) {
            String[] segments = leaf.code().split("\\.");
            String kegiatan = segments.length >= 5 ? String.join(".", List.of(segments).subList(0, 5)) : leaf.code();
            String program = segments.length >= 3 ? String.join(".", List.of(segments).subList(0, 3)) : leaf.code();
            byProgram.computeIfAbsent(program, k -> new ArrayList<>()).add(leaf);
            byKegiatan.computeIfAbsent(kegiatan, k -> new ArrayList<>()).add(leaf);
        }
        for (Map.Entry<String, List<Line>> program : byProgram.entrySet()) {
            lines.add(sum("PROGRAM", program.getKey(), names.get(program.getKey()), program.getValue(), totalPagu));
            for (Map.Entry<String, List<Line>> kegiatan : byKegiatan.entrySet()) {
                if (kegiatan.getKey().startsWith(program.getKey() + ".")) {
                    lines.add(sum("KEGIATAN", kegiatan.getKey(), names.get(kegiatan.getKey()), kegiatan.getValue(),
                            totalPagu));
                    kegiatan.getValue().forEach(l -> lines.add(withBobot(l, agencyPagu)));
                }
            }
        }
        return new Rfk(year, quarter, sum("OPD", agency, agency, leaves, totalPagu), lines);
    }

    private static Line line(String level, String code, String name, BigDecimal pagu, BigDecimal inQuarter,
                             BigDecimal before, BigDecimal fisik) {
        BigDecimal cumulative = before.add(inQuarter);
        return new Line(level, code, name, Numbers.norm(pagu), Numbers.norm(inQuarter), Numbers.norm(before),
                Numbers.norm(cumulative), pct(cumulative, pagu), null, Numbers.norm(fisik),
                Numbers.norm(pagu.subtract(cumulative)));
    }

    private static Line withBobot(Line l, BigDecimal totalPagu) {
        return new Line(l.level(), l.code(), l.name(), l.pagu(), l.quarter(), l.cumulativeBefore(), l.cumulative(),
                l.pctKeuangan(), pct(l.pagu(), totalPagu), l.pctFisik(), l.sisa());
    }

    /** Totals of a group; % fisik of a group is weighted by pagu (the usual RFK convention). */
    private static Line sum(String level, String code, String name, List<Line> lines, BigDecimal totalPagu) {
        BigDecimal pagu = BigDecimal.ZERO;
        BigDecimal inQuarter = BigDecimal.ZERO;
        BigDecimal before = BigDecimal.ZERO;
        BigDecimal weightedFisik = BigDecimal.ZERO;
        boolean anyFisik = false;
        for (Line l : lines) {
            pagu = pagu.add(l.pagu());
            inQuarter = inQuarter.add(l.quarter());
            before = before.add(l.cumulativeBefore());
            if (l.pctFisik() != null) {
                weightedFisik = weightedFisik.add(l.pctFisik().multiply(l.pagu()));
                anyFisik = true;
            }
        }
        BigDecimal fisik = anyFisik && pagu.signum() > 0
                ? Numbers.norm(weightedFisik.divide(pagu, 10, RoundingMode.HALF_EVEN)) : null;
        Line total = line(level, code, name, pagu, inQuarter, before, fisik);
        return withBobot(total, totalPagu);
    }

    private static BigDecimal pct(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return Numbers.norm(part.multiply(BigDecimal.valueOf(100)).divide(whole, 10, RoundingMode.HALF_EVEN));
    }
}
