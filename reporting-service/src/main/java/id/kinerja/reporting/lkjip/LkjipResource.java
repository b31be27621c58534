package id.kinerja.reporting.lkjip;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenant}/agencies/{agency}/lkjip/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "LKjIP", description = "The yearly accountability report as structured data")
public class LkjipResource {

    @Inject
    LkjipService lkjip;

    @GET
    @Operation(summary = "LKjIP summary: chapter II (Renstra, PK with amendments) and chapter III (indicator tables "
            + "with comparisons and narratives, budget, efficiency), findings, version stamp")
    @APIResponse(responseCode = "200", description = "The summary (official data only)")
    public LkjipSummary summary(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                                @PathParam("year") int year) throws Exception {
        return lkjip.agencyYear(tenant, agency, year);
    }
}
