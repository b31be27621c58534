package id.kinerja.planning.service;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A problem reported with a write that does not block it. {@code code}: the same code reporting-service's
 * findings use where they mean the same thing (its catalogue: {@code GET /api/v1/finding-types}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Warning(String code, String field, String message, Object value) {

    /** The PK sets a target other than the Renstra target of the year. */
    public static final String PK_TARGET_DIFFERS_FROM_RENSTRA = "PK_TARGET_DIFFERS_FROM_RENSTRA";
    /** The rencana aksi quarters do not give the PK year target under the indicator's aggregation. */
    public static final String QUARTERLY_TARGETS_DISAGREE = "QUARTERLY_TARGETS_DISAGREE";
    /** The PK names an indicator the Renstra gives no target for that year (planning only). */
    public static final String RENSTRA_TARGET_MISSING = "RENSTRA_TARGET_MISSING";
}
