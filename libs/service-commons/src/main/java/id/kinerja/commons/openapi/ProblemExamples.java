package id.kinerja.commons.openapi;

import java.util.Map;

/**
 * One problem+json example per status, shared by every service's OpenAPI document (the contract shows what a
 * client will really get: RFC 9457 with {@code errors} naming the fields). Copied from real answers.
 */
public final class ProblemExamples {

    public static final String BAD_REQUEST = """
            {"type":"https://kinerja.id/problems/400","title":"Bad Request","status":400,\
            "detail":"The request has 1 invalid field(s)","instance":"/api/v1/tenants/kota-dumai/indicator-realisations",\
            "errors":[{"field":"quarter","message":"must be less than or equal to 4","value":"5"}]}""";
    public static final String UNAUTHORIZED = """
            {"type":"https://kinerja.id/problems/401","title":"Unauthorized","status":401,\
            "detail":"A valid bearer token is required","instance":"/api/v1/tenants/kota-dumai/dashboard/2024"}""";
    public static final String FORBIDDEN = """
            {"type":"https://kinerja.id/problems/403","title":"Forbidden","status":403,\
            "detail":"The token's tenant does not cover kota-binjai","instance":"/api/v1/tenants/kota-binjai/dashboard/2023"}""";
    public static final String NOT_FOUND = """
            {"type":"https://kinerja.id/problems/404","title":"Not Found","status":404,\
            "detail":"No agency DISNAKER in kota-dumai","instance":"/api/v1/tenants/kota-dumai/agencies/DISNAKER"}""";
    public static final String CONFLICT = """
            {"type":"https://kinerja.id/problems/409","title":"Conflict","status":409,\
            "detail":"2024 Q2 of DISNAKER is locked","instance":"/api/v1/tenants/kota-dumai/indicator-realisations/bulk",\
            "errors":[{"field":"rows[3].quarter","message":"the period is locked","value":2}]}""";
    public static final String PRECONDITION_FAILED = """
            {"type":"https://kinerja.id/problems/412","title":"Precondition Failed","status":412,\
            "detail":"If-Match 3 does not match the record's version 4","instance":"/api/v1/tenants/kota-dumai/indicator-realisations"}""";
    public static final String CONTENT_TOO_LARGE = """
            {"type":"https://kinerja.id/problems/413","title":"Content Too Large","status":413,\
            "detail":"The request body is larger than the 67108864 bytes this service accepts; split the push into smaller requests",\
            "instance":"/api/v1/tenants/kota-dumai/indicator-realisations/bulk",\
            "errors":[{"field":"body","message":"over the size limit of 67108864 bytes"}]}""";
    public static final String UNPROCESSABLE = """
            {"type":"https://kinerja.id/problems/422","title":"Unprocessable Content","status":422,\
            "detail":"1 of 2 rows cannot be accepted; nothing was written","instance":"/api/v1/tenants/kota-dumai/indicator-realisations/bulk",\
            "errors":[{"field":"rows[2].indicatorCode","message":"unknown indicator of DISNAKER","value":"DM-IKU-9"}]}""";
    public static final String PRECONDITION_REQUIRED = """
            {"type":"https://kinerja.id/problems/428","title":"Precondition Required","status":428,\
            "detail":"The record exists and this request changes it: send If-Match with its ETag",\
            "instance":"/api/v1/tenants/kota-dumai/indicator-realisations"}""";
    public static final String PLAN_REPLICATING = """
            {"type":"https://kinerja.id/problems/plan-replicating","title":"Plan Being Replicated","status":503,\
            "detail":"The request names plan items this service has not received yet: the plan is still being replicated \
            from planning-service. Nothing was written; retry after 2 s.",\
            "instance":"/api/v1/tenants/kota-dumai/indicator-realisations/bulk"}""";
    /** The example of each status; 503 is the plan-replicating problem, the one a client meets in practice. */
    public static final Map<String, String> BY_STATUS = Map.of("400", BAD_REQUEST, "401", UNAUTHORIZED,
            "403", FORBIDDEN, "404", NOT_FOUND, "409", CONFLICT, "412", PRECONDITION_FAILED, "413", CONTENT_TOO_LARGE,
            "422", UNPROCESSABLE, "428", PRECONDITION_REQUIRED, "503", PLAN_REPLICATING);

    private ProblemExamples() {
    }
}
