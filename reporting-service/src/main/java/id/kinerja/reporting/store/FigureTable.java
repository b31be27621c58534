package id.kinerja.reporting.store;

import id.kinerja.reporting.snapshot.Tables;

import java.util.List;
import java.util.function.Function;

/** A versioned figure table: its name in a table set and its value columns (after the common key columns). */
public enum FigureTable {
    AGENCY(Tables::agencyFigure, List.of("official", "through", "average", "average_value", "average_printed",
            "average_not_computable", "pagu", "spent", "absorption", "predicates", "presentation", "dashboard",
            "comparisons")),
    INDICATOR(Tables::indicatorFigure, List.of("official", "through", "indicator", "sasaran", "target", "realisation",
            "capaian", "predicate", "not_computable", "explanation")),
    SASARAN(Tables::sasaranFigure, List.of("official", "through", "sasaran", "capaian", "serapan", "efficiency",
            "verdict", "pagu", "spent", "not_computable")),
    BUDGET_NODE(Tables::budgetNodeFigure, List.of("official", "code", "level", "sasaran", "pagu", "spent",
            "absorption")),
    FINDING(Tables::findingFigure, List.of("seq", "code", "severity", "finding")),
    LKJIP(Tables::lkjipFigure, List.of("summary"));

    private final Function<Tables, String> name;
    private final List<String> columns;

    FigureTable(Function<Tables, String> name, List<String> columns) {
        this.name = name;
        this.columns = columns;
    }

    public String in(Tables tables) {
        return name.apply(tables);
    }

    public List<String> columns() {
        return columns;
    }
}
