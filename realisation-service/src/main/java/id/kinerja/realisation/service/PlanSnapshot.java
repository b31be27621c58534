package id.kinerja.realisation.service;

import com.fasterxml.jackson.core.type.TypeReference;
import id.kinerja.events.EventCodec;
import id.kinerja.events.plan.BudgetVersion;
import id.kinerja.events.plan.Pagu;
import id.kinerja.events.plan.ValueType;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan replica as a request sees it, loaded per agency the first time a row names it, so validating
 * 50 000 rows costs a few queries per agency and a request's cost does not grow with the size of the tenant:
 * agencies, Renstra periods, indicators (by the Renstra covering a year) and sub-kegiatan with pagu.
 */
public final class PlanSnapshot {

    public record IndicatorRef(String code, String unit, ValueType valueType, List<String> categories) {
    }

    /** A sub-kegiatan of a year and the pagu in force: DPPA when there is one, else DPA. */
    public record SubKegiatanRef(String code, String name, BigDecimal paguInForce, BudgetVersion paguVersion) {
    }

    private record Renstra(String code, int start, int end) {
    }

    private final EntityManager em;
    private final String tenant;
    private final Map<String, Boolean> agencies = new HashMap<>();
    private final Map<String, List<Renstra>> renstras = new HashMap<>();
    private final Map<String, IndicatorRef> indicators = new HashMap<>();
    private final Map<String, SubKegiatanRef> subKegiatan = new HashMap<>();

    private PlanSnapshot(EntityManager em, String tenant) {
        this.em = em;
        this.tenant = tenant;
    }

    public static PlanSnapshot load(EntityManager em, String tenant) {
        return new PlanSnapshot(em, tenant);
    }

    /** Loads what the replica holds for one agency, once. */
    @SuppressWarnings("unchecked")
    private boolean agency(String agency) {
        Boolean known = agencies.get(agency);
        if (known != null) {
            return known;
        }
        known = !em.createNativeQuery("SELECT 1 FROM replica_agency WHERE tenant = :t AND code = :a AND active")
                .setParameter("t", tenant).setParameter("a", agency).getResultList().isEmpty();
        agencies.put(agency, known);
        if (!known) {
            return false;
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                        SELECT code, period_start, period_end FROM replica_renstra WHERE tenant = :t AND agency_code = :a""")
                .setParameter("t", tenant).setParameter("a", agency).getResultList()) {
            renstras.computeIfAbsent(agency, a -> new ArrayList<>())
                    .add(new Renstra((String) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                        SELECT renstra_code, code, unit, value_type, CAST(categories AS text)
                        FROM replica_indicator WHERE tenant = :t AND agency_code = :a""")
                .setParameter("t", tenant).setParameter("a", agency).getResultList()) {
            List<String> categories = read((String) r[4], new TypeReference<>() { });
            indicators.put(agency + "|" + r[0] + "|" + r[1], new IndicatorRef((String) r[1], (String) r[2],
                    ValueType.valueOf((String) r[3]), categories));
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                        SELECT fiscal_year, code, name, CAST(pagu AS text)
                        FROM replica_budget_node WHERE tenant = :t AND agency_code = :a AND level = 'SUB_KEGIATAN'""")
                .setParameter("t", tenant).setParameter("a", agency).getResultList()) {
            List<Pagu> pagu = read((String) r[3], new TypeReference<>() { });
            Pagu inForce = id.kinerja.figures.budget.PaguInForce.of(pagu).orElse(null);
            subKegiatan.put(agency + "|" + r[0] + "|" + r[1], new SubKegiatanRef((String) r[1], (String) r[2],
                    inForce == null ? null : inForce.amount(), inForce == null ? null : inForce.version()));
        }
        return true;
    }

    public boolean knowsAgency(String agency) {
        return agency != null && agency(agency);
    }

    /** The Renstra of the agency whose period contains the year, if any. */
    public Optional<String> renstraFor(String agency, int year) {
        agency(agency);
        return renstras.getOrDefault(agency, List.of()).stream()
                .filter(r -> year >= r.start() && year <= r.end())
                .max((a, b) -> Integer.compare(a.start(), b.start()))
                .map(Renstra::code);
    }

    public Optional<IndicatorRef> indicator(String agency, String code, int year) {
        return renstraFor(agency, year).map(r -> indicators.get(agency + "|" + r + "|" + code));
    }

    public Optional<SubKegiatanRef> subKegiatan(String agency, int year, String code) {
        agency(agency);
        return Optional.ofNullable(subKegiatan.get(agency + "|" + year + "|" + code));
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return EventCodec.mapper().readValue(json, type);
        } catch (Exception e) {
            throw new IllegalStateException("replica JSON unreadable", e);
        }
    }
}
