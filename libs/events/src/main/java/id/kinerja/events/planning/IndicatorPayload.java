package id.kinerja.events.planning;

import id.kinerja.events.plan.Aggregation;
import id.kinerja.events.plan.Direction;
import id.kinerja.events.plan.IndicatorLevel;
import id.kinerja.events.plan.ReferenceValue;
import id.kinerja.events.plan.TargetValue;
import id.kinerja.events.plan.ValueType;

import java.math.BigDecimal;
import java.util.List;

/** State of an indicator with its Renstra targets per year and optional national or provincial references. */
public record IndicatorPayload(String agencyCode, String renstraCode, String code, IndicatorLevel level,
                               String parentCode, String name, String unit, String definition, String formula,
                               String numeratorDefinition, String denominatorDefinition, String dataSource,
                               Direction direction, BigDecimal rangeLower, BigDecimal rangeUpper,
                               Aggregation aggregation, ValueType valueType, List<String> categories, boolean iku,
                               TargetValue baseline, TargetValue endTarget, List<TargetValue> targets,
                               List<ReferenceValue> references) {

    public IndicatorPayload {
        references = references == null ? List.of() : references;
    }
}
