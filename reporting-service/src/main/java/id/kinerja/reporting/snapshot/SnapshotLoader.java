package id.kinerja.reporting.snapshot;

import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventCodec;
import id.kinerja.events.EventType;
import id.kinerja.events.planning.BudgetNodePayload;
import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.planning.PkPayload;
import id.kinerja.events.planning.QuarterlyTargetPayload;
import id.kinerja.events.planning.RenstraPayload;
import id.kinerja.events.planning.RuleSetPayload;
import id.kinerja.events.realisation.BudgetRealisationPayload;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Loads an agency-year snapshot with three queries: the agency's states, the tenant's rule sets, the approvals. */
@ApplicationScoped
public class SnapshotLoader {

    @Inject
    EntityManager em;

    private record Row(String type, String id, long version, Integer year, String json) {
    }

    @SuppressWarnings("unchecked")
    public AgencyYearSnapshot load(Tables tables, String tenant, String agency, int year) {
        List<Object[]> rows = em.createNativeQuery("SELECT aggregate_type, aggregate_id, version, year, "
                        + "CAST(payload AS text) FROM " + tables.stateView() + " WHERE tenant = :t AND ((agency_code = :a "
                        + "AND (year IS NULL OR year <= :y)) OR (agency_code IS NULL AND aggregate_type = :rules)) "
                        + "ORDER BY aggregate_id")
                .setParameter("t", tenant).setParameter("a", agency).setParameter("y", year)
                .setParameter("rules", EventCatalog.RULES_UPSERTED.aggregateType()).getResultList();
        List<Row> states = rows.stream().map(r -> new Row((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                r[3] == null ? null : ((Number) r[3]).intValue(), (String) r[4])).toList();
        Map<Integer, List<IndicatorRealisationPayload>> earlier = new TreeMap<>();
        for (Row r : states) {
            if (r.type().equals(EventCatalog.REALISATION_UPSERTED.aggregateType()) && r.year() != null
                    && r.year() < year) {
                earlier.computeIfAbsent(r.year(), k -> new ArrayList<>())
                        .add(read(r.json(), EventCatalog.REALISATION_UPSERTED));
            }
        }
        return new AgencyYearSnapshot(tenant, agency, year, of(states, EventCatalog.RULES_UPSERTED, null),
                of(states, EventCatalog.RENSTRA_UPSERTED, null), of(states, EventCatalog.INDICATOR_UPSERTED, null),
                of(states, EventCatalog.PK_UPSERTED, year), of(states, EventCatalog.QUARTERLY_TARGET_UPSERTED, year),
                of(states, EventCatalog.REALISATION_UPSERTED, year), earlier,
                of(states, EventCatalog.BUDGET_NODE_UPSERTED, year),
                of(states, EventCatalog.BUDGET_REALISATION_UPSERTED, year), approvals(tables, tenant, agency, year),
                of(states, EventCatalog.ORGANISATION_PROFILE_UPSERTED, null),
                of(states, EventCatalog.EVALUATION_UPSERTED, null));
    }

    private static <T> List<Stored<T>> of(List<Row> rows, EventType<T> type, Integer year) {
        List<Stored<T>> result = new ArrayList<>();
        for (Row r : rows) {
            if (r.type().equals(type.aggregateType()) && (year == null || year.equals(r.year()))) {
                result.add(new Stored<>(r.id(), r.version(), read(r.json(), type)));
            }
        }
        return result;
    }

    /** Every approved version of the year's realisations, oldest first per aggregate. */
    @SuppressWarnings("unchecked")
    private Map<String, List<Stored<IndicatorRealisationPayload>>> approvals(Tables tables, String tenant,
                                                                             String agency, int year) {
        Map<String, List<Stored<IndicatorRealisationPayload>>> history = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT aggregate_id, version, CAST(payload AS text) "
                        + "FROM " + tables.approvedHistory() + " WHERE tenant = :t AND agency_code = :a AND year = :y "
                        + "ORDER BY aggregate_id, version")
                .setParameter("t", tenant).setParameter("a", agency).setParameter("y", year).getResultList()) {
            history.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add(new Stored<>((String) row[0],
                    ((Number) row[1]).longValue(), read((String) row[2], EventCatalog.REALISATION_UPSERTED)));
        }
        return history;
    }

    static <T> T read(String json, EventType<T> type) {
        try {
            return EventCodec.mapper().readValue(json, type.payloadType());
        } catch (Exception e) {
            throw new IllegalStateException("state of " + type.name() + " unreadable", e);
        }
    }
}
