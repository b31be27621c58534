package id.kinerja.reporting.figures;

import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.reporting.engine.Figure;
import id.kinerja.reporting.snapshot.Stored;

import java.math.BigDecimal;
import java.util.List;

/** Everything the figures of one indicator were computed from, and how. */
public record Explanation(String indicator, Stored<IndicatorPayload> definition, String targetSource, BigDecimal target,
                          List<Stored<IndicatorRealisationPayload>> realisations, Figure realisation, Figure capaian,
                          BigDecimal presented, String printed, String predicate, AgencyDashboard.Rules rules) {

    /** The worked calculation of every indicator of the inputs, in their order. */
    public static List<Explanation> all(AgencyInputs in) {
        return in.indicators().stream().map(stored -> {
            IndicatorCalculator.Computed c = IndicatorCalculator.compute(in, stored.payload());
            String code = stored.payload().code();
            return new Explanation(code, stored, c.view().targetSource(), c.view().target(),
                    in.realisations().stream().filter(r -> r.payload().indicatorCode().equals(code)).toList(),
                    c.realisation(), c.capaian(), c.view().capaian(), c.view().capaianPrinted(), c.view().predicate(),
                    in.rulesView());
        }).toList();
    }
}
