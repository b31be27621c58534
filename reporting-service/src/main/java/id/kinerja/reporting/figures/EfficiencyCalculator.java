package id.kinerja.reporting.figures;

import id.kinerja.events.Numbers;
import id.kinerja.events.plan.EfficiencyRule;
import id.kinerja.reporting.engine.BudgetFigures;
import id.kinerja.reporting.engine.Figure;
import id.kinerja.reporting.engine.Presentation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Efficiency of a sasaran: the mean capaian of its computable indicators against the absorption of the budget
 * mapped to it (at any level, nearest mapping wins), by the tenant's efficiency rule. When it cannot be
 * computed the result says why.
 */
public final class EfficiencyCalculator {

    private EfficiencyCalculator() {
    }

    /** The efficiency, or null with the reason it is not computable. */
    public record Result(AgencyDashboard.Efficiency efficiency, String notComputable) {
    }

    public static Result of(EfficiencyRule rule, Presentation presentation, List<Figure> capaians,
                            BudgetCalculator.Sums budget) {
        List<Figure> computed = capaians.stream().filter(Figure::computed).toList();
        if (computed.isEmpty()) {
            return new Result(null, "no computable capaian in the sasaran");
        }
        if (budget == null) {
            return new Result(null, "no budget node is mapped to the sasaran");
        }
        if (rule == null) {
            return new Result(null, "no rules in force for the year");
        }
        Figure serapan = BudgetFigures.absorption(budget.spent(), budget.pagu());
        if (!serapan.computed()) {
            return new Result(null, "serapan: " + serapan.notComputable());
        }
        BigDecimal capaian = computed.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(computed.size()), MathContext.DECIMAL64);
        BudgetFigures.Efficiency e = BudgetFigures.efficiency(rule, capaian, serapan.value());
        return new Result(new AgencyDashboard.Efficiency(presentation.round(capaian),
                presentation.round(serapan.value()),
                e.figure().computed() ? presentation.round(e.figure().value()) : null,
                presentation.format(e.figure().value()), e.verdict(), rule.name(), Numbers.norm(budget.pagu()),
                Numbers.norm(budget.spent()), e.figure().computed() ? e.figure().value().round(MathContext.DECIMAL32)
                : null), null);
    }
}
