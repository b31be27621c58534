package id.kinerja.reporting.snapshot;

/**
 * The set of tables the states are read from and the figures written to: the live tables, or the same tables
 * with a name prefix (a replay rebuilds into {@code shadow_} tables and swaps them in at the end).
 */
public record Tables(String prefix) {

    public static final Tables LIVE = new Tables("");

    public Tables {
        if (!prefix.matches("[a-z_]*")) {
            throw new IllegalArgumentException("table prefix must be lower-case letters and _: " + prefix);
        }
    }

    public String stateView() {
        return prefix + "state_view";
    }

    public String approvedHistory() {
        return prefix + "approved_history";
    }

    public String figureVersion() {
        return prefix + "figure_version";
    }

    public String agencyFigure() {
        return prefix + "agency_figure";
    }

    public String indicatorFigure() {
        return prefix + "indicator_figure";
    }

    public String sasaranFigure() {
        return prefix + "sasaran_figure";
    }

    public String budgetNodeFigure() {
        return prefix + "budget_node_figure";
    }

    public String findingFigure() {
        return prefix + "finding_figure";
    }

    public String lkjipFigure() {
        return prefix + "lkjip_figure";
    }

    public String pemdaFigure() {
        return prefix + "pemda_figure";
    }
}
