package id.kinerja.reporting.findings.narrative;

import id.kinerja.events.plan.PredicateScale;
import id.kinerja.events.plan.TargetValue;
import id.kinerja.events.planning.BudgetNodePayload;
import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.planning.RuleSetPayload;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.reporting.figures.AgencyCalculator;
import id.kinerja.reporting.figures.AgencyDashboard;
import id.kinerja.reporting.figures.BudgetCalculator;
import id.kinerja.reporting.figures.Comparison;
import id.kinerja.reporting.figures.ComparisonCalculator;
import id.kinerja.reporting.figures.View;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;
import id.kinerja.reporting.snapshot.Stored;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the narrative rules compare with, computed once per snapshot: the stored narratives with their claims,
 * and per indicator the official figures of the year (target in force, realisation, capaian, predicate) and of
 * earlier years (Renstra target, approved realisation, capaian), the budget per node.
 */
public final class NarrativeFacts {

    private static final Object LOCK = new Object();
    private static AgencyYearSnapshot lastSnapshot;
    private static NarrativeFacts last;

    public record Said(Narrative narrative, Claim claim) {
    }

    public final int year;
    public final List<Said> claims = new ArrayList<>();
    public final List<String> scaleLabels;
    public final String scaleName;
    private final Map<String, IndicatorPayload> plans = new LinkedHashMap<>();
    private final Map<String, AgencyDashboard.Indicator> figures = new LinkedHashMap<>();
    private final Map<String, List<Comparison.PastYear>> past = new LinkedHashMap<>();
    private final List<BudgetNodePayload> nodes;
    private final Map<String, BudgetCalculator.Sums> budget;

    /** The facts of a snapshot; the rules of one check share them (the last snapshot's are kept). */
    public static NarrativeFacts of(AgencyYearSnapshot snapshot) {
        synchronized (LOCK) {
            if (lastSnapshot == snapshot) {
                return last;
            }
        }
        NarrativeFacts facts = new NarrativeFacts(snapshot);
        synchronized (LOCK) {
            lastSnapshot = snapshot;
            last = facts;
        }
        return facts;
    }

    private NarrativeFacts(AgencyYearSnapshot snapshot) {
        year = snapshot.year();
        Stored<RuleSetPayload> rules = snapshot.rulesInForce();
        PredicateScale scale = rules == null ? null : rules.payload().predicateScale();
        scaleLabels = scale == null ? List.of() : scale.bands().stream().map(PredicateScale.Band::label).toList();
        scaleName = scale == null ? null : scale.code();
        List<Narrative> narratives = narratives(snapshot);
        AgencyDashboard dashboard = narratives.isEmpty() ? null : AgencyCalculator.dashboard(snapshot, View.OFFICIAL, 4);
        if (dashboard == null) {
            nodes = List.of();
            budget = Map.of();
            return;
        }
        snapshot.indicators().forEach(i -> plans.put(i.payload().code(), i.payload()));
        dashboard.sasaran().forEach(s -> s.indicators().forEach(i -> figures.put(i.code(), i)));
        plans.values().forEach(p -> past.put(p.code(), ComparisonCalculator.pastYears(snapshot, p,
                snapshot.renstra().periodStart(), dashboard.presentation())));
        nodes = snapshot.nodes();
        budget = BudgetCalculator.perNode(nodes, AgencyCalculator.spending(snapshot, View.OFFICIAL, 4));
        ClaimExtractor extractor = new ClaimExtractor(scaleLabels);
        for (Narrative n : narratives) {
            if (plans.containsKey(n.indicatorCode())) {
                extractor.extract(n.text(), year).forEach(c -> claims.add(new Said(n, c)));
            }
        }
    }

    /** Per indicator the narrative of its latest realisation of the year (the annual one first), every status. */
    static List<Narrative> narratives(AgencyYearSnapshot snapshot) {
        Map<String, Stored<IndicatorRealisationPayload>> latest = new LinkedHashMap<>();
        Comparator<Stored<IndicatorRealisationPayload>> order = Comparator.comparingInt(
                s -> s.payload().quarter() == null ? 5 : s.payload().quarter());
        for (Stored<IndicatorRealisationPayload> r : snapshot.realisations()) {
            latest.merge(r.payload().indicatorCode(), r, (a, b) -> order.compare(a, b) >= 0 ? a : b);
        }
        List<Narrative> out = new ArrayList<>();
        latest.values().forEach(s -> {
            String record = "realisation " + s.aggregateId() + " v" + s.version();
            IndicatorRealisationPayload p = s.payload();
            add(out, p.indicatorCode(), "pendorong", record, p.drivingFactors());
            add(out, p.indicatorCode(), "penghambat", record, p.inhibitingFactors());
            add(out, p.indicatorCode(), "solusi", record, p.followUp());
        });
        return out;
    }

    private static void add(List<Narrative> out, String code, String field, String record, String text) {
        if (text != null && !text.isBlank()) {
            out.add(new Narrative(code, field, record, text));
        }
    }

    /** Whether a percentage or count claim can speak of the indicator's value (its unit fits). */
    public boolean fitsUnit(Claim c, String code) {
        String unit = Optional.ofNullable(plans.get(code)).map(IndicatorPayload::unit).orElse("")
                .toLowerCase(Locale.ROOT).trim();
        boolean percent = unit.contains("%") || unit.contains("persen");
        return switch (c.kind()) {
            case PERCENT -> percent;
            case COUNT -> !percent && !unit.isEmpty() && c.unit().toLowerCase(Locale.ROOT).startsWith(unit.split(" ")[0]);
            default -> false;
        };
    }

    private boolean reportYear(Integer y) {
        return y == null || y == year;
    }

    private Optional<Comparison.PastYear> pastYear(String code, int y) {
        return past.getOrDefault(code, List.of()).stream().filter(p -> p.year() == y).findFirst();
    }

    public BigDecimal realisation(String code, Integer y) {
        return reportYear(y) ? Optional.ofNullable(figures.get(code)).map(AgencyDashboard.Indicator::realisation)
                .orElse(null) : pastYear(code, y).map(Comparison.PastYear::realisation).orElse(null);
    }

    public BigDecimal capaian(String code, Integer y) {
        return reportYear(y) ? Optional.ofNullable(figures.get(code)).map(AgencyDashboard.Indicator::capaian)
                .orElse(null) : pastYear(code, y).map(Comparison.PastYear::capaian).orElse(null);
    }

    /** The target of a year: the one in force (PK, else Renstra) for the report year, the Renstra's before. */
    public BigDecimal target(String code, Integer y) {
        if (reportYear(y)) {
            return Optional.ofNullable(figures.get(code)).map(AgencyDashboard.Indicator::target).orElse(null);
        }
        return Optional.ofNullable(plans.get(code)).flatMap(p -> p.targets().stream()
                .filter(t -> Objects.equals(t.year(), y)).map(TargetValue::value).filter(Objects::nonNull).findFirst())
                .orElse(null);
    }

    public BigDecimal endTarget(String code) {
        return Optional.ofNullable(plans.get(code)).map(IndicatorPayload::endTarget).map(TargetValue::value).orElse(null);
    }

    /** Every target the indicator has (per year, in force, end), with the year each belongs to. */
    public Map<BigDecimal, String> targets(String code) {
        Map<BigDecimal, String> all = new LinkedHashMap<>();
        Optional.ofNullable(target(code, null)).ifPresent(t -> all.put(t, "target " + year));
        Optional.ofNullable(plans.get(code)).ifPresent(p -> p.targets().stream().filter(t -> t.value() != null)
                .forEach(t -> all.putIfAbsent(t.value(), "Renstra target " + t.year())));
        Optional.ofNullable(endTarget(code)).ifPresent(t -> all.putIfAbsent(t, "end target"));
        return all;
    }

    public String predicate(String code) {
        return Optional.ofNullable(figures.get(code)).map(AgencyDashboard.Indicator::predicate).orElse(null);
    }

    public String indicatorName(String code) {
        return Optional.ofNullable(plans.get(code)).map(IndicatorPayload::name).orElse(code);
    }

    /** The budget node a sentence names (the longest name it contains), if any. */
    public Optional<BudgetNodePayload> nodeNamedIn(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        return nodes.stream().filter(n -> n.name() != null && n.name().length() >= 8
                        && lower.contains(n.name().toLowerCase(Locale.ROOT)))
                .max(Comparator.comparingInt(n -> n.name().length()));
    }

    public BigDecimal paguOf(String nodeCode) {
        return Optional.ofNullable(budget.get(nodeCode)).map(BudgetCalculator.Sums::pagu).orElse(null);
    }

    /** Spent / pagu x 100, unrounded (the quote's precision decides); null without a pagu. */
    public BigDecimal absorptionOf(String nodeCode) {
        BigDecimal pagu = paguOf(nodeCode);
        return pagu == null || pagu.signum() == 0 ? null
                : spentOn(nodeCode).multiply(BigDecimal.valueOf(100)).divide(pagu, 6, java.math.RoundingMode.HALF_UP);
    }

    public BigDecimal spentOn(String nodeCode) {
        return Optional.ofNullable(budget.get(nodeCode)).map(BudgetCalculator.Sums::spent).orElse(BigDecimal.ZERO);
    }
}
