package id.kinerja.planning.service;

import id.kinerja.planning.planversion.PlanOutbox;
import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.EventPeriod;
import id.kinerja.events.plan.PkParty;
import id.kinerja.events.planning.OrganisationProfilePayload;
import id.kinerja.planning.domain.OrganisationProfile;
import id.kinerja.planning.rest.input.OrganisationProfileInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Organisation profiles per agency-year, replaced whole by each write (an unchanged body writes nothing); each
 * change emits {@code organisation-profile.upserted} carrying the whole profile.
 */
@ApplicationScoped
public class OrganisationProfileService {

    @Inject
    OrganisationService organisation;
    @Inject
    PlanOutbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public Change put(String tenant, String agency, int year, OrganisationProfileInput in, Conflicts conflicts,
                      String path) {
        organisation.agency(tenant, agency);
        unique(in.staffByGolongan(), Conflicts.path(path, "staffByGolongan"), conflicts);
        unique(in.staffByEducation(), Conflicts.path(path, "staffByEducation"), conflicts);
        unique(in.staffByGrade(), Conflicts.path(path, "staffByGrade"), conflicts);
        if (conflicts.hasErrors()) {
            return Change.UNCHANGED;
        }
        OrganisationProfilePayload content = payload(agency, year, in);
        OrganisationProfile profile = OrganisationProfile.find(tenant, agency, year).orElse(null);
        if (profile != null && profile.content.equals(content)) {
            return Change.UNCHANGED;
        }
        Change change = profile == null ? Change.CREATED : Change.UPDATED;
        if (profile == null) {
            profile = new OrganisationProfile();
            profile.id = UUID.randomUUID();
            profile.tenant = tenant;
            profile.agencyCode = agency;
            profile.year = year;
        }
        profile.content = content;
        profile.version++;
        profile.updatedAt = Instant.now();
        profile.persist();
        outbox.append(EventEnvelope.of(EventCatalog.ORGANISATION_PROFILE_UPSERTED, tenant, agency + "/" + year,
                profile.version, EventPeriod.year(year), content));
        return change;
    }

    public Optional<OrganisationProfilePayload> find(String tenant, String agency, int year) {
        organisation.agency(tenant, agency);
        return OrganisationProfile.find(tenant, agency, year).map(p -> p.content);
    }

    static OrganisationProfilePayload payload(String agency, int year, OrganisationProfileInput in) {
        PkParty head = in.head() == null ? null : new PkParty(in.head().nip(), in.head().name(), in.head().position(),
                in.head().rank());
        return new OrganisationProfilePayload(agency, year, in.legalBasis(), in.address(), in.tugas(),
                list(in.fungsi()), head, counts(in.staffByGolongan()), counts(in.staffByEducation()),
                counts(in.staffByGrade()), list(in.isuStrategis()));
    }

    private static List<String> list(List<String> items) {
        return items == null ? List.of() : items.stream().map(String::strip).toList();
    }

    private static List<OrganisationProfilePayload.StaffCount> counts(List<OrganisationProfileInput.StaffCount> rows) {
        return rows == null ? List.of() : rows.stream()
                .map(r -> new OrganisationProfilePayload.StaffCount(r.category().strip(), r.count())).toList();
    }

    /** A category twice in one table would be counted twice in its total. */
    private static void unique(List<OrganisationProfileInput.StaffCount> rows, String field, Conflicts conflicts) {
        if (rows == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!seen.add(rows.get(i).category().strip().toLowerCase(java.util.Locale.ROOT))) {
                conflicts.error(field + "[" + i + "].category", "duplicate category in the table",
                        rows.get(i).category());
            }
        }
    }
}
