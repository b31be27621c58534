package id.kinerja.events.planning;

import id.kinerja.events.plan.BudgetLevel;
import id.kinerja.events.plan.Pagu;
import id.kinerja.events.plan.ReportedTotal;

import java.util.List;

/** State of a budget node; pagu only on leaves, totals are for consumers to compute. */
public record BudgetNodePayload(String agencyCode, int fiscalYear, BudgetLevel level, String code, String parentCode,
                                String name, String sasaranCode, List<String> indicatorCodes, List<Pagu> pagu,
                                List<ReportedTotal> reportedPagu) {
}
