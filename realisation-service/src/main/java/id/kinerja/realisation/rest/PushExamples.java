package id.kinerja.realisation.rest;

/** Request and response examples of the bulk pushes, shown in the OpenAPI document and the generated clients. */
final class PushExamples {

    /** The planVersion query parameter of every push. */
    static final String PLAN_VERSION = "The planVersion planning-service answered the plan import or write this push "
            + "depends on: the push first waits briefly until this service has the tenant's plan up to that version, "
            + "else answers 503 plan-replicating with Retry-After (retry later; nothing written). Without it, plan "
            + "items not replicated yet are detected from the replica's lag behind planning's topic.";
    static final String PLAN_REPLICATING_503 = "The plan items named (or the planVersion asked for) are not "
            + "replicated yet: planning's events are still arriving. Nothing written; retry after Retry-After seconds";

    static final String INDICATOR_JSON = """
            [{"agencyCode":"DISNAKER","indicatorCode":"DM-IKU-2","year":2024,"quarter":4,"numerator":331,\
            "denominator":1634,"dataSource":"Disnaker Kota Dumai"},\
            {"agencyCode":"DISNAKER","indicatorCode":"DM-IKU-1","year":2024,"quarter":4,"value":5.38}]""";
    static final String INDICATOR_CSV = """
            agencyCode,indicatorCode,year,quarter,value,numerator,denominator
            DISNAKER,DM-IKU-2,2024,4,,331,1634
            DISNAKER,DM-IKU-1,2024,4,5.38,,
            """;
    static final String BUDGET_JSON = """
            [{"agencyCode":"DISNAKER","subKegiatanCode":"2.07.03.2.01.0001","year":2024,"quarter":4,\
            "amount":148500000.00,"physicalProgress":100}]""";
    static final String BUDGET_CSV = """
            agencyCode;subKegiatanCode;year;quarter;amount;physicalProgress
            DISNAKER;2.07.03.2.01.0001;2024;4;148.500.000,00;100
            """;
    static final String SUMMARY = """
            {"status":"OK","dryRun":false,"atomic":true,\
            "importCount":{"created":1,"updated":1,"unchanged":0,"rejected":0},"conflicts":[]}""";
    static final String SUMMARY_REJECTED = """
            {"status":"WARNING","dryRun":false,"atomic":false,\
            "importCount":{"created":1,"updated":0,"unchanged":0,"rejected":1},\
            "conflicts":[{"row":2,"field":"quarter","message":"must be less than or equal to 4","value":5}]}""";

    static final String TOO_MANY_JOBS = """
            {"type":"https://kinerja.id/problems/too-many-requests","title":"Too Many Requests","status":429,\
            "detail":"the pemda 'kota-dumai' already has as many import jobs waiting or running as allowed \
            (kinerja.jobs.max-per-tenant=3); retry after 30 s","instance":"/api/v1/tenants/kota-dumai/indicator-realisations/bulk",\
            "errors":[{"field":"kinerja.jobs.max-per-tenant","message":"at most 3","value":3}]}""";

    private PushExamples() {
    }
}
