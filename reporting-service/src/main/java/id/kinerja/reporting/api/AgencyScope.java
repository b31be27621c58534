package id.kinerja.reporting.api;

import id.kinerja.commons.security.Caller;
import id.kinerja.reporting.rollup.PemdaDashboard;
import id.kinerja.reporting.rollup.RollupReader;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * What a caller limited to some agencies (the token's {@code agencies}) may see of lists and roll-ups: only
 * those agencies. A pemda dashboard is then rolled up over its visible agencies alone (from their stored
 * figures), so no total reveals another agency; a province lists no pemda whole.
 */
@RequestScoped
public class AgencyScope {

    @Inject
    Caller caller;
    @Inject
    RollupReader rollups;

    public boolean limited() {
        return !caller.identity().agencies().isEmpty();
    }

    public boolean sees(String agency) {
        return !limited() || caller.identity().agencies().contains(agency);
    }

    /** A province line (a whole pemda) is visible to callers not limited to agencies. */
    public boolean seesWholePemda(String tenant) {
        return !limited();
    }

    public PemdaDashboard pemda(String tenant, int year, int through, boolean official, Instant asOf) {
        if (!limited()) {
            return rollups.pemda(tenant, year, through, official, asOf);
        }
        return rollups.pemdaOf(tenant, year, through, official, asOf, caller.identity().agencies());
    }

    public List<String> visible(List<String> agencies) {
        return agencies.stream().filter(this::sees).toList();
    }
}
