package id.kinerja.events.plan;

import java.math.BigDecimal;
import java.util.List;

/** What a PK version agrees: indicators with the year's targets, and the budget (program/kegiatan) it covers. */
public record PkContent(List<Indicator> indicators, List<Budget> budgets, BigDecimal reportedTotal) {

    public record Indicator(String indicatorCode, BigDecimal target, String targetCategory) {
    }

    public record Budget(String budgetCode, BigDecimal amount, String note) {
    }
}
