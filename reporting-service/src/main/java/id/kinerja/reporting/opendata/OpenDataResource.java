package id.kinerja.reporting.opendata;

import id.kinerja.commons.security.PublicEndpoint;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Open SAKIP data packages of published pemda-years, without a token: a catalogue and the ZIPs (under their
 * own root: {@code /public/tenants/{tenant}} belongs to PublishedFiguresResource, and JAX-RS matches classes first).
 */
@PublicEndpoint
@Path("/api/v1/public/datapackages")
@Tag(name = "Open data (no token)", description = "Frictionless data packages of published (approved, closed) years")
public class OpenDataResource {

    @Inject
    PublishedYears published;
    @Inject
    DataPackageBuilder packages;

    public record Entry(String tenant, int year, String name, String url) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Catalogue of the open SAKIP data packages: one per published pemda-year")
    @APIResponse(responseCode = "200", description = "The packages and where to download them")
    public List<Entry> catalogue() {
        return published.all().stream().map(p -> new Entry(p.tenant(), p.year(), "sakip-" + p.tenant() + "-" + p.year(),
                "/api/v1/public/datapackages/" + p.tenant() + "/" + p.year())).toList();
    }

    @GET
    @Blocking
    @Path("/{tenant}/{year}")
    @Produces("application/zip")
    @Operation(summary = "The open SAKIP data package of a published pemda-year: datapackage.json and CSV files "
            + "(organisation, Renstra, indicators, targets, PK, budget, approved realisations and spending, stored "
            + "figures with rule and figures versions, findings)")
    @APIResponse(responseCode = "200", description = "The ZIP")
    @APIResponse(responseCode = "404", description = "Nothing published for that pemda and year")
    public Response zip(@PathParam("tenant") String tenant, @PathParam("year") int year) throws Exception {
        return Response.ok(packages.zip(tenant, year), "application/zip").header("Content-Disposition",
                "attachment; filename=\"sakip-" + tenant.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + year + ".zip\"")
                .build();
    }
}
