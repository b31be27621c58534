package id.kinerja.realisation.rest;

import id.kinerja.commons.security.Caller;
import id.kinerja.realisation.jobs.ImportLimits;
import id.kinerja.realisation.jobs.JobRequest;
import id.kinerja.realisation.jobs.JobStore;
import id.kinerja.realisation.jobs.JobSubmissions;
import id.kinerja.realisation.jobs.PushKind;
import id.kinerja.realisation.replica.CatchingUp;
import id.kinerja.realisation.rest.input.BudgetRealisationInput;
import id.kinerja.realisation.rest.input.IndicatorRealisationInput;
import id.kinerja.realisation.service.BudgetRealisationImporter;
import id.kinerja.realisation.service.BulkOptions;
import id.kinerja.realisation.service.BulkSummary;
import id.kinerja.realisation.service.IndicatorRealisationImporter;
import id.kinerja.realisation.service.PushService;
import id.kinerja.realisation.service.RowReader;
import id.kinerja.realisation.spreadsheet.TemplateLayout;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The bulk endpoints' entry: a body up to {@code kinerja.jobs.async-above} is pushed synchronously as before
 * ({@link BulkRequests}); a larger one, or one sent with {@code Prefer: respond-async}, is streamed into a job and
 * answered 202 with its {@code Location}. Jobs run the same import through {@link #work}.
 */
@ApplicationScoped
public class BulkImports {

    @Inject
    PushService pushes;
    @Inject
    CatchingUp catchingUp;
    @Inject
    IndicatorRealisationImporter indicators;
    @Inject
    BudgetRealisationImporter budgets;
    @Inject
    ImportLimits limits;
    @Inject
    JobSubmissions jobs;
    @Inject
    JobStore store;
    @Inject
    Caller caller;

    Response handle(PushKind kind, String tenant, boolean dryRun, boolean atomic, RowReader.NumberFormat format,
                    String delimiter, String idempotencyKey, String contentType, String prefer, HttpHeaders headers,
                    InputStream body) throws Exception {
        BulkRequests.checkIdempotencyKey(idempotencyKey);
        char separator = Delimiters.parse(delimiter);
        long limit = limits.asyncAbove();
        boolean async = respondAsync(prefer);
        boolean job = async || headers.getLength() > limit;
        // a synchronous push holds its body (at most the limit); a job's is streamed on from here
        byte[] head = job ? new byte[0] : body.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
        if (!job && head.length <= limit) {
            try (ImportLimits.Permit permit = limits.synchronous(head.length)) {
                return catchingUp.run(() -> BulkRequests.respond(pushes, work(kind, tenant, new BulkOptions(dryRun,
                                atomic, Actors.current(), null), format, separator, contentType,
                        () -> new ByteArrayInputStream(head)), tenant, idempotencyKey, dryRun,
                        PushService.hash(head, hashParts(contentType, dryRun, atomic, format, separator))));
            }
        }
        JobRequest request = new JobRequest(kind, tenant, dryRun, atomic, format, separator, contentType,
                idempotencyKey, pushes.currentOperation(), caller.identity(), Actors.current());
        UUID id = jobs.submit(request, head, body, hashParts(contentType, dryRun, atomic, format, separator));
        Response.ResponseBuilder accepted = Response.accepted(store.find(tenant, id).orElseThrow())
                .location(URI.create("/api/v1/tenants/" + tenant + "/jobs/" + id)).type(MediaType.APPLICATION_JSON);
        return (async ? accepted.header("Preference-Applied", "respond-async") : accepted).build();
    }

    /** What the push's hash covers besides the body, as before jobs existed. */
    private static String[] hashParts(String contentType, boolean dryRun, boolean atomic,
                                      RowReader.NumberFormat format, char separator) {
        return new String[]{contentType, String.valueOf(dryRun), String.valueOf(atomic), format.name(),
                String.valueOf(separator)};
    }

    static boolean respondAsync(String prefer) {
        return prefer != null && Arrays.stream(prefer.split(","))
                .anyMatch(p -> p.trim().toLowerCase(java.util.Locale.ROOT).startsWith("respond-async"));
    }

    /** The import of one push, read from {@code body} (JSON, CSV or XLSX by content type). */
    public Callable<BulkSummary> work(PushKind kind, String tenant, BulkOptions options, RowReader.NumberFormat format,
                                      char separator, String contentType, Supplier<InputStream> body) {
        return switch (kind) {
            case INDICATOR_REALISATIONS -> () -> BulkRequests.read(indicators::apply, IndicatorRealisationInput.class,
                    new BulkRequests.Csv(IndicatorRealisationResource.CSV_REQUIRED,
                            IndicatorRealisationResource.CSV_NUMERIC), TemplateLayout.INDICATOR, tenant, format,
                    separator, contentType, body.get(), options);
            case BUDGET_REALISATIONS -> () -> BulkRequests.read(budgets::apply, BudgetRealisationInput.class,
                    BudgetRealisationResource.CSV_COLUMNS, TemplateLayout.BUDGET, tenant, format, separator,
                    contentType, body.get(), options);
        };
    }
}
