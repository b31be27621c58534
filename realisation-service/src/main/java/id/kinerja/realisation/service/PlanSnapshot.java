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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tenant's plan replica, loaded once per request so that validating 50 000 rows costs no queries:
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

    private final Set<String> agencies = new HashSet<>();
    private final Map<String, List<Renstra>> renstras = new HashMap<>();
    private final Map<String, IndicatorRef> indicators = new HashMap<>();
    private final Map<String, SubKegiatanRef> subKegiatan = new HashMap<>();

    @SuppressWarnings("unchecked")
    public static PlanSnapshot load(EntityManager em, String tenant) {
        PlanSnapshot plan = new PlanSnapshot();
        em.createNativeQuery("SELECT code FROM replica_agency WHERE tenant = :t AND active")
                .setParameter("t", tenant).getResultList().forEach(code -> plan.agencies.add((String) code));
        for (Object[] r : (List<Object[]>) em.createNativeQuery(
                        "SELECT agency_code, code, period_start, period_end FROM replica_renstra WHERE tenant = :t")
                .setParameter("t", tenant).getResultList()) {
            plan.renstras.computeIfAbsent((String) r[0], a -> new ArrayList<>())
                    .add(new Renstra((String) r[1], ((Number) r[2]).intValue(), ((Number) r[3]).intValue()));
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                        SELECT agency_code, renstra_code, code, unit, value_type, CAST(categories AS text)
                        FROM replica_indicator WHERE tenant = :t""")
                .setParameter("t", tenant).getResultList()) {
            List<String> categories = read((String) r[5], new TypeReference<>() { });
            plan.indicators.put(r[0] + "|" + r[1] + "|" + r[2], new IndicatorRef((String) r[2], (String) r[3],
                    ValueType.valueOf((String) r[4]), categories));
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                        SELECT agency_code, fiscal_year, code, name, CAST(pagu AS text)
                        FROM replica_budget_node WHERE tenant = :t AND level = 'SUB_KEGIATAN'""")
                .setParameter("t", tenant).getResultList()) {
            List<Pagu> pagu = read((String) r[4], new TypeReference<>() { });
            Pagu inForce = pagu.stream().filter(p -> p.version() == BudgetVersion.DPPA).findFirst()
                    .orElse(pagu.stream().filter(p -> p.version() == BudgetVersion.DPA).findFirst().orElse(null));
            plan.subKegiatan.put(r[0] + "|" + r[1] + "|" + r[2], new SubKegiatanRef((String) r[2], (String) r[3],
                    inForce == null ? null : inForce.amount(), inForce == null ? null : inForce.version()));
        }
        return plan;
    }

    public boolean knowsAgency(String agency) {
        return agencies.contains(agency);
    }

    /** The Renstra of the agency whose period contains the year, if any. */
    public Optional<String> renstraFor(String agency, int year) {
        return renstras.getOrDefault(agency, List.of()).stream()
                .filter(r -> year >= r.start() && year <= r.end())
                .max((a, b) -> Integer.compare(a.start(), b.start()))
                .map(Renstra::code);
    }

    public Optional<IndicatorRef> indicator(String agency, String code, int year) {
        return renstraFor(agency, year).map(r -> indicators.get(agency + "|" + r + "|" + code));
    }

    public Optional<SubKegiatanRef> subKegiatan(String agency, int year, String code) {
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
