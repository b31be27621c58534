package id.kinerja.realisation.replica;

import id.kinerja.events.EventCodec;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.planning.AgencyPayload;
import id.kinerja.events.planning.BudgetNodePayload;
import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.planning.QuarterlyTargetPayload;
import id.kinerja.events.planning.RenstraPayload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

/** Keeps the plan replica current, "upsert if newer" by aggregate version. */
@ApplicationScoped
public class PlanReplica {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void agency(EventEnvelope event, AgencyPayload agency) {
        em.createNativeQuery("""
                        INSERT INTO replica_agency (tenant, code, name, active, version)
                        VALUES (:tenant, :code, :name, :active, :version)
                        ON CONFLICT (tenant, code) DO UPDATE SET name = EXCLUDED.name, active = EXCLUDED.active,
                            version = EXCLUDED.version
                        WHERE replica_agency.version < EXCLUDED.version""")
                .setParameter("tenant", event.tenant())
                .setParameter("code", agency.code())
                .setParameter("name", agency.name())
                .setParameter("active", agency.active())
                .setParameter("version", event.aggregateVersion())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void renstra(EventEnvelope event, RenstraPayload renstra) {
        em.createNativeQuery("""
                        INSERT INTO replica_renstra (tenant, agency_code, code, period_start, period_end, version)
                        VALUES (:tenant, :agency, :code, :start, :end, :version)
                        ON CONFLICT (tenant, agency_code, code) DO UPDATE SET period_start = EXCLUDED.period_start,
                            period_end = EXCLUDED.period_end, version = EXCLUDED.version
                        WHERE replica_renstra.version < EXCLUDED.version""")
                .setParameter("tenant", event.tenant())
                .setParameter("agency", renstra.agencyCode())
                .setParameter("code", renstra.code())
                .setParameter("start", renstra.periodStart())
                .setParameter("end", renstra.periodEnd())
                .setParameter("version", event.aggregateVersion())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void indicator(EventEnvelope event, IndicatorPayload indicator) {
        List<String> categories = indicator.categories() == null ? List.of() : indicator.categories();
        em.createNativeQuery("""
                        INSERT INTO replica_indicator (tenant, agency_code, renstra_code, code, unit, value_type,
                            aggregation, categories, version, name, targets)
                        VALUES (:tenant, :agency, :renstra, :code, :unit, :valueType, :aggregation,
                            CAST(:categories AS jsonb), :version, :name, CAST(:targets AS jsonb))
                        ON CONFLICT (tenant, agency_code, renstra_code, code) DO UPDATE SET unit = EXCLUDED.unit,
                            value_type = EXCLUDED.value_type, aggregation = EXCLUDED.aggregation,
                            categories = EXCLUDED.categories, version = EXCLUDED.version, name = EXCLUDED.name,
                            targets = EXCLUDED.targets
                        WHERE replica_indicator.version < EXCLUDED.version""")
                .setParameter("tenant", event.tenant())
                .setParameter("agency", indicator.agencyCode())
                .setParameter("renstra", indicator.renstraCode())
                .setParameter("code", indicator.code())
                .setParameter("unit", indicator.unit())
                .setParameter("valueType", indicator.valueType().name())
                .setParameter("aggregation", indicator.aggregation().name())
                .setParameter("categories", EventCodec.toTree(categories).toString())
                .setParameter("name", indicator.name())
                .setParameter("targets", EventCodec.toTree(indicator.targets() == null ? List.of()
                        : indicator.targets()).toString())
                .setParameter("version", event.aggregateVersion())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void budgetNode(EventEnvelope event, BudgetNodePayload node) {
        em.createNativeQuery("""
                        INSERT INTO replica_budget_node (tenant, agency_code, fiscal_year, code, level, name, pagu, version)
                        VALUES (:tenant, :agency, :year, :code, :level, :name, CAST(:pagu AS jsonb), :version)
                        ON CONFLICT (tenant, agency_code, fiscal_year, code) DO UPDATE SET level = EXCLUDED.level,
                            name = EXCLUDED.name, pagu = EXCLUDED.pagu, version = EXCLUDED.version
                        WHERE replica_budget_node.version < EXCLUDED.version""")
                .setParameter("tenant", event.tenant())
                .setParameter("agency", node.agencyCode())
                .setParameter("year", node.fiscalYear())
                .setParameter("code", node.code())
                .setParameter("level", node.level().name())
                .setParameter("name", node.name())
                .setParameter("pagu", EventCodec.toTree(node.pagu()).toString())
                .setParameter("version", event.aggregateVersion())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void quarterlyTarget(EventEnvelope event, QuarterlyTargetPayload target) {
        em.createNativeQuery("""
                        INSERT INTO replica_quarterly_target (tenant, agency_code, year, pk_code, indicator_code, mode,
                            quarters, version)
                        VALUES (:tenant, :agency, :year, :pk, :indicator, :mode, CAST(:quarters AS jsonb), :version)
                        ON CONFLICT (tenant, agency_code, year, pk_code, indicator_code) DO UPDATE SET
                            mode = EXCLUDED.mode, quarters = EXCLUDED.quarters, version = EXCLUDED.version
                        WHERE replica_quarterly_target.version < EXCLUDED.version""")
                .setParameter("tenant", event.tenant())
                .setParameter("agency", target.agencyCode())
                .setParameter("year", target.year())
                .setParameter("pk", target.pkCode())
                .setParameter("indicator", target.indicatorCode())
                .setParameter("mode", target.mode().name())
                .setParameter("quarters", EventCodec.toTree(target.quarters()).toString())
                .setParameter("version", event.aggregateVersion())
                .executeUpdate();
    }
}
