package id.kinerja.reporting.rollup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.events.Numbers;
import id.kinerja.reporting.engine.Presentation;
import id.kinerja.reporting.snapshot.Tables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Pemda and province dashboards from the stored pemda roll-ups, current or as of an instant: a pemda is one
 * row, a province adds up its pemda's rows (each agency weighs the same through the exact sums). Never computes
 * an agency's figures.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RollupReader {

    private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() {
    };

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    /** The pemda dashboard as stored; a pemda without agency figures has an empty one. */
    public PemdaDashboard pemda(String tenant, int year, int through, boolean official, Instant asOf) {
        List<Object[]> rows = rows(List.of(tenant), year, through, official, asOf, "tenant, dashboard");
        if (rows.isEmpty()) {
            return PemdaCalculator.of(tenant, year, through, official, List.of()).view();
        }
        return read((String) rows.get(0)[1], new TypeReference<>() {
        });
    }

    /** A pemda dashboard rolled up over some of its agencies only (from their stored figures). */
    @SuppressWarnings("unchecked")
    public PemdaDashboard pemdaOf(String tenant, int year, int through, boolean official, Instant asOf,
                                  List<String> agencies) {
        Query q = em.createNativeQuery("SELECT a.agency, a.average, a.average_value, a.average_printed, "
                        + "a.average_not_computable, a.pagu, a.spent, a.absorption, a.predicates, a.presentation FROM "
                        + Tables.LIVE.agencyFigure() + " a JOIN " + Tables.LIVE.figureVersion() + " v ON v.tenant = "
                        + "a.tenant AND v.agency = a.agency AND v.year = a.year AND a.from_version <= v.version AND "
                        + "(a.to_version IS NULL OR a.to_version > v.version) WHERE a.tenant = :t AND a.year = :y "
                        + "AND a.official = :o AND a.through = :q AND a.agency IN (:a) AND v.has_figures AND "
                        + (asOf == null ? "v.superseded_at IS NULL"
                        : "v.computed_at <= :at AND (v.superseded_at IS NULL OR v.superseded_at > :at)"))
                .setParameter("t", tenant).setParameter("y", year).setParameter("o", official)
                .setParameter("q", (short) through).setParameter("a", agencies);
        if (asOf != null) {
            q.setParameter("at", Timestamp.from(asOf));
        }
        List<AgencyLine> lines = ((List<Object[]>) q.getResultList()).stream().map(r -> new AgencyLine(
                (String) r[0], (BigDecimal) r[1], (BigDecimal) r[2], (String) r[3], (String) r[4], (BigDecimal) r[5],
                (BigDecimal) r[6], (BigDecimal) r[7], read((String) r[8], COUNTS), (String) r[9])).toList();
        return PemdaCalculator.of(tenant, year, through, official, lines).view();
    }

    /** {@code visible}: the pemda whose figures the reader may see (all of them for a province-wide reader). */
    @SuppressWarnings("unchecked")
    public ProvinceDashboard province(String province, int year, int through, boolean official, Instant asOf,
                                      Predicate<String> visible) {
        List<Object[]> tenants = em.createNativeQuery("SELECT code, name FROM tenant_view WHERE province = :p "
                + "ORDER BY code").setParameter("p", province).getResultList();
        if (tenants.isEmpty()) {
            throw ProblemException.notFound("province", province);
        }
        tenants = tenants.stream().filter(t -> visible.test((String) t[0])).toList();
        Map<String, Object[]> pemda = new HashMap<>();
        rows(tenants.stream().map(t -> (String) t[0]).toList(), year, through, official, asOf, "tenant, agencies, "
                + "average_sum, average_count, average_value, average_printed, pagu, spent, absorption, predicates, "
                + "presentation").forEach(r -> pemda.put((String) r[0], r));
        RollupSums sums = new RollupSums();
        List<ProvinceDashboard.PemdaLine> lines = new ArrayList<>();
        for (Object[] t : tenants) {
            Object[] p = pemda.get((String) t[0]);
            if (p == null) {
                lines.add(new ProvinceDashboard.PemdaLine((String) t[0], (String) t[1], 0, null, null,
                        BigDecimal.ZERO, BigDecimal.ZERO, null, null));
                continue;
            }
            Map<String, Integer> own = new TreeMap<>(this.<Map<String, Integer>>read((String) p[9], COUNTS));
            sums.add((BigDecimal) p[2], ((Number) p[3]).intValue(), ((Number) p[1]).intValue(), (BigDecimal) p[6],
                    (BigDecimal) p[7], own, (String) p[10]);
            lines.add(new ProvinceDashboard.PemdaLine((String) t[0], (String) t[1], ((Number) p[1]).intValue(),
                    (BigDecimal) p[4], (String) p[5], Numbers.norm((BigDecimal) p[6]), Numbers.norm((BigDecimal) p[7]),
                    (BigDecimal) p[8], own.isEmpty() ? null : own));
        }
        Presentation presentation = sums.presentation();
        BigDecimal average = sums.average();
        return new ProvinceDashboard(province, year, through, official, presentation.round(average),
                presentation.format(average), sums.predicates(), sums.pagu(), sums.spent(),
                sums.absorption(presentation), lines);
    }

    /** Every province added up from the stored pemda roll-ups (each in the same order as its province dashboard). */
    @SuppressWarnings("unchecked")
    public NationalDashboard national(int year, int through, boolean official, Instant asOf) {
        Query q = em.createNativeQuery("SELECT t.province, p.agencies, p.average_sum, p.average_count, p.pagu, "
                        + "p.spent, p.predicates, p.presentation FROM " + Tables.LIVE.pemdaFigure() + " p JOIN "
                        + "tenant_view t ON t.code = p.tenant WHERE p.year = :y AND p.official = :o AND p.through = :q "
                        + "AND " + (asOf == null ? "p.superseded_at IS NULL"
                        : "p.computed_at <= :at AND (p.superseded_at IS NULL OR p.superseded_at > :at)")
                        + " ORDER BY t.province NULLS LAST, t.code")
                .setParameter("y", year).setParameter("o", official).setParameter("q", (short) through);
        if (asOf != null) {
            q.setParameter("at", Timestamp.from(asOf));
        }
        Map<String, RollupSums> byProvince = new LinkedHashMap<>();
        RollupSums nation = new RollupSums();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            Map<String, Integer> predicates = read((String) r[6], COUNTS);
            for (RollupSums level : List.of(byProvince.computeIfAbsent((String) r[0], k -> new RollupSums()), nation)) {
                level.add((BigDecimal) r[2], ((Number) r[3]).intValue(), ((Number) r[1]).intValue(), (BigDecimal) r[4],
                        (BigDecimal) r[5], predicates, (String) r[7]);
            }
        }
        List<NationalDashboard.ProvinceLine> lines = new ArrayList<>();
        byProvince.forEach((province, p) -> {
            Presentation rounding = p.presentation();
            lines.add(new NationalDashboard.ProvinceLine(province, p.pemda(), p.agencies(), rounding.round(p.average()),
                    rounding.format(p.average()), p.predicates(), p.pagu(), p.spent(), p.absorption(rounding)));
        });
        BigDecimal average = nation.average();
        return new NationalDashboard(year, through, official, nation.pemda(), nation.agencies(),
                Presentation.DEFAULT.round(average), Presentation.DEFAULT.format(average), nation.predicates(),
                nation.pagu(), nation.spent(), nation.absorption(Presentation.DEFAULT), lines);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(List<String> tenants, int year, int through, boolean official, Instant asOf,
                                String columns) {
        if (tenants.isEmpty()) {
            return List.of();
        }
        Query q = em.createNativeQuery("SELECT " + columns + " FROM " + Tables.LIVE.pemdaFigure() + " WHERE tenant IN "
                        + "(:t) AND year = :y AND official = :o AND through = :q AND " + (asOf == null
                        ? "superseded_at IS NULL" : "computed_at <= :at AND (superseded_at IS NULL OR superseded_at > :at)"))
                .setParameter("t", tenants).setParameter("y", year).setParameter("o", official)
                .setParameter("q", (short) through);
        if (asOf != null) {
            q.setParameter("at", Timestamp.from(asOf));
        }
        return q.getResultList();
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
