package id.kinerja.planning.rest;

import id.kinerja.events.plan.PredicateScale;
import id.kinerja.planning.service.PredicateScales;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Collection;

@Path("/api/v1/rule-presets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regional rules")
public class RulePresetResource {

    @GET
    @Path("/predicate-scales")
    @Operation(operationId = "listPredicateScalePresets", summary = "Shipped predicate scales (Permendagri 54/2010, 86/2017, AKIP categories), usable by code")
    @APIResponse(responseCode = "200", description = "The presets")
    public Collection<PredicateScale> predicateScales() {
        return PredicateScales.PRESETS.values();
    }
}
