package id.kinerja.events;

import id.kinerja.events.monitoring.DeadlineMissedPayload;
import id.kinerja.events.planning.AgencyPayload;
import id.kinerja.events.planning.BudgetNodePayload;
import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.planning.OrganisationProfilePayload;
import id.kinerja.events.planning.PkPayload;
import id.kinerja.events.planning.QuarterlyTargetPayload;
import id.kinerja.events.planning.ReportingCalendarPayload;
import id.kinerja.events.planning.RenstraPayload;
import id.kinerja.events.planning.RuleSetPayload;
import id.kinerja.events.planning.TenantPayload;
import id.kinerja.events.realisation.BudgetRealisationPayload;
import id.kinerja.events.realisation.EvaluationPayload;
import id.kinerja.events.realisation.EvidencePayload;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.events.realisation.PeriodLockPayload;
import id.kinerja.events.realisation.PeriodReopenPayload;
import id.kinerja.events.reporting.FiguresChangedPayload;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type Kinerja publishes. Adding a type here is what makes it part of the contract. */
public final class EventCatalog {

    public static final EventType<TenantPayload> TENANT_UPSERTED =
            new EventType<>("tenant.upserted", "tenant", 1, Topics.PLANNING, TenantPayload.class);
    public static final EventType<AgencyPayload> AGENCY_UPSERTED =
            new EventType<>("agency.upserted", "agency", 1, Topics.PLANNING, AgencyPayload.class);

    public static final EventType<RenstraPayload> RENSTRA_UPSERTED =
            new EventType<>("renstra.upserted", "renstra", 1, Topics.PLANNING, RenstraPayload.class);
    public static final EventType<IndicatorPayload> INDICATOR_UPSERTED =
            new EventType<>("indicator.upserted", "indicator", 1, Topics.PLANNING, IndicatorPayload.class);
    public static final EventType<BudgetNodePayload> BUDGET_NODE_UPSERTED =
            new EventType<>("budget-node.upserted", "budget-node", 1, Topics.PLANNING, BudgetNodePayload.class);
    public static final EventType<PkPayload> PK_UPSERTED =
            new EventType<>("pk.upserted", "pk", 1, Topics.PLANNING, PkPayload.class);
    public static final EventType<QuarterlyTargetPayload> QUARTERLY_TARGET_UPSERTED =
            new EventType<>("quarterly-target.upserted", "quarterly-target", 1, Topics.PLANNING,
                    QuarterlyTargetPayload.class);
    public static final EventType<RuleSetPayload> RULES_UPSERTED =
            new EventType<>("rules.upserted", "rules", 1, Topics.PLANNING, RuleSetPayload.class);

    public static final EventType<OrganisationProfilePayload> ORGANISATION_PROFILE_UPSERTED =
            new EventType<>("organisation-profile.upserted", "organisation-profile", 1, Topics.PLANNING,
                    OrganisationProfilePayload.class);

    public static final EventType<ReportingCalendarPayload> CALENDAR_UPSERTED =
            new EventType<>("reporting-calendar.upserted", "reporting-calendar", 1, Topics.PLANNING,
                    ReportingCalendarPayload.class);

    public static final EventType<IndicatorRealisationPayload> REALISATION_UPSERTED =
            new EventType<>("realisation.upserted", "realisation", 1, Topics.REALISATION,
                    IndicatorRealisationPayload.class);
    public static final EventType<BudgetRealisationPayload> BUDGET_REALISATION_UPSERTED =
            new EventType<>("budget-realisation.upserted", "budget-realisation", 1, Topics.REALISATION,
                    BudgetRealisationPayload.class);
    public static final EventType<PeriodLockPayload> PERIOD_LOCK_CHANGED =
            new EventType<>("period-lock.changed", "period-lock", 1, Topics.REALISATION, PeriodLockPayload.class);

    public static final EventType<EvaluationPayload> EVALUATION_UPSERTED =
            new EventType<>("evaluation.upserted", "evaluation", 1, Topics.REALISATION, EvaluationPayload.class);
    public static final EventType<EvidencePayload> EVIDENCE_CHANGED =
            new EventType<>("evidence.changed", "evidence", 1, Topics.REALISATION, EvidencePayload.class);

    public static final EventType<PeriodReopenPayload> PERIOD_REOPENED =
            new EventType<>("period.reopened", "period-reopen", 1, Topics.REALISATION, PeriodReopenPayload.class);

    public static final EventType<FiguresChangedPayload> FIGURES_CHANGED =
            new EventType<>("figures.changed", "figures", 1, Topics.REPORTING_FIGURES, FiguresChangedPayload.class);

    public static final EventType<DeadlineMissedPayload> DEADLINE_MISSED =
            new EventType<>("monitoring.deadline-missed", "monitoring-deadline", 1, Topics.REPORTING_MONITORING,
                    DeadlineMissedPayload.class);

    private static final Map<String, EventType<?>> BY_NAME = List.<EventType<?>>of(TENANT_UPSERTED, AGENCY_UPSERTED,
                    RENSTRA_UPSERTED, INDICATOR_UPSERTED, BUDGET_NODE_UPSERTED, PK_UPSERTED, QUARTERLY_TARGET_UPSERTED,
                    RULES_UPSERTED, REALISATION_UPSERTED, BUDGET_REALISATION_UPSERTED, PERIOD_LOCK_CHANGED,
                    PERIOD_REOPENED, FIGURES_CHANGED, CALENDAR_UPSERTED, DEADLINE_MISSED, EVIDENCE_CHANGED,
                    EVALUATION_UPSERTED, ORGANISATION_PROFILE_UPSERTED)
            .stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    private EventCatalog() {
    }

    public static Optional<EventType<?>> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static Map<String, EventType<?>> all() {
        return BY_NAME;
    }
}
