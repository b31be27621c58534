package id.kinerja.planning.service;

import id.kinerja.commons.problem.ProblemException;
import id.kinerja.events.plan.ObjectiveKind;
import id.kinerja.events.plan.RenstraVersionKind;
import id.kinerja.planning.domain.Indicator;
import id.kinerja.planning.domain.Objective;
import id.kinerja.planning.domain.Renstra;
import id.kinerja.planning.domain.RenstraSnapshot;
import id.kinerja.planning.domain.RenstraVersion;
import id.kinerja.planning.rest.input.ObjectiveInput;
import id.kinerja.planning.rest.input.RenstraInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Renstra headers, versions and the tujuan/sasaran tree. */
@ApplicationScoped
public class RenstraService {

    @Inject
    OrganisationService organisation;
    @Inject
    PlanEvents events;

    @Transactional(Transactional.TxType.MANDATORY)
    public Change upsert(String tenant, String agency, RenstraInput in, Conflicts conflicts, String path) {
        organisation.agency(tenant, agency);
        if (in.periodEnd() < in.periodStart()) {
            conflicts.error(Conflicts.path(path, "periodEnd"), "must not be before periodStart", in.periodEnd());
        }
        validateVersions(in.versions(), conflicts, Conflicts.path(path, "versions"));
        if (conflicts.hasErrors()) {
            return Change.UNCHANGED;
        }
        Renstra renstra = Renstra.find(tenant, agency, in.code()).orElse(null);
        Change change = Change.UNCHANGED;
        if (renstra == null) {
            renstra = new Renstra();
            renstra.id = UUID.randomUUID();
            renstra.tenant = tenant;
            renstra.agencyCode = agency;
            renstra.code = in.code();
            renstra.version = 0;
            change = Change.CREATED;
        } else if (in.periodStart() > renstra.periodStart || in.periodEnd() < renstra.periodEnd) {
            long outside = Indicator.<Indicator>list("renstraId", renstra.id).stream()
                    .flatMap(i -> i.targets.stream())
                    .filter(t -> t.year() != null && (t.year() < in.periodStart() || t.year() > in.periodEnd()))
                    .count();
            if (outside > 0) {
                conflicts.error(Conflicts.path(path, "periodStart"), "shrinking the period would leave " + outside
                        + " target(s) outside it", in.periodStart());
                return Change.UNCHANGED;
            }
        }
        boolean headerChanged = change == Change.CREATED || !Objects.equals(renstra.title, in.title())
                || renstra.periodStart != in.periodStart() || renstra.periodEnd != in.periodEnd()
                || !Objects.equals(renstra.legalBasis, in.legalBasis());
        renstra.title = in.title();
        renstra.periodStart = in.periodStart();
        renstra.periodEnd = in.periodEnd();
        renstra.legalBasis = in.legalBasis();
        if (change == Change.CREATED) {
            renstra.currentVersion = 0;
            renstra.updatedAt = Instant.now();
            renstra.persist();
        }
        boolean versionsChanged = applyVersions(renstra, in.versions(), conflicts, Conflicts.path(path, "versions"));
        if (headerChanged || versionsChanged) {
            touch(renstra);
            return change == Change.CREATED ? Change.CREATED : Change.UPDATED;
        }
        return Change.UNCHANGED;
    }

    /** Adds a Perubahan or Suplemen: the current tree is frozen into the version it replaces. */
    @Transactional
    public Renstra addVersion(String tenant, String agency, String code, RenstraInput.Version in) {
        Renstra renstra = get(tenant, agency, code);
        if (in.versionNo() != renstra.currentVersion + 1) {
            throw ProblemException.badRequest("versionNo", "the next version is " + (renstra.currentVersion + 1));
        }
        if (in.kind() == RenstraVersionKind.ORIGINAL) {
            throw ProblemException.badRequest("kind", "only version 1 is ORIGINAL; use PERUBAHAN or SUPLEMEN");
        }
        newVersion(renstra, in);
        touch(renstra);
        return renstra;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Change upsertObjective(String tenant, String agency, String renstraCode, ObjectiveInput in,
                                  Conflicts conflicts, String path) {
        Renstra renstra = get(tenant, agency, renstraCode);
        if (in.kind() == ObjectiveKind.TUJUAN && in.parentCode() != null) {
            conflicts.error(Conflicts.path(path, "parentCode"), "a tujuan has no parent", in.parentCode());
        }
        if (in.kind() == ObjectiveKind.SASARAN) {
            if (in.parentCode() == null) {
                conflicts.error(Conflicts.path(path, "parentCode"), "a sasaran names its tujuan", null);
            } else if (Objective.find(renstra.id, in.parentCode()).filter(p -> p.kind == ObjectiveKind.TUJUAN).isEmpty()) {
                conflicts.error(Conflicts.path(path, "parentCode"), "unknown tujuan in Renstra " + renstraCode,
                        in.parentCode());
            }
        }
        if (conflicts.hasErrors()) {
            return Change.UNCHANGED;
        }
        Objective objective = Objective.find(renstra.id, in.code()).orElse(null);
        if (objective != null && objective.kind == in.kind() && Objects.equals(objective.parentCode, in.parentCode())
                && objective.name.equals(in.name())) {
            return Change.UNCHANGED;
        }
        Change change = objective == null ? Change.CREATED : Change.UPDATED;
        if (objective == null) {
            objective = new Objective();
            objective.id = UUID.randomUUID();
            objective.renstraId = renstra.id;
            objective.code = in.code();
        }
        objective.kind = in.kind();
        objective.parentCode = in.parentCode();
        objective.name = in.name();
        objective.version++;
        objective.persist();
        touch(renstra);
        return change;
    }

    public Renstra get(String tenant, String agency, String code) {
        organisation.agency(tenant, agency);
        return Renstra.find(tenant, agency, code).orElseThrow(() -> ProblemException.notFound("renstra", code));
    }

    /** The tree of a version: the live tables for the current one, the frozen snapshot for older ones. */
    public RenstraSnapshot tree(Renstra renstra, int versionNo) {
        if (versionNo == renstra.currentVersion) {
            return new RenstraSnapshot(PlanEvents.objectives(renstra),
                    Indicator.of(renstra.id).stream().map(i -> PlanEvents.payload(i, renstra.code)).toList());
        }
        RenstraVersion version = RenstraVersion.<RenstraVersion>find("renstraId = ?1 and versionNo = ?2", renstra.id,
                versionNo).firstResultOptional().orElseThrow(() -> ProblemException.notFound("renstra version",
                String.valueOf(versionNo)));
        return version.snapshot;
    }

    void touch(Renstra renstra) {
        renstra.version++;
        renstra.updatedAt = Instant.now();
        events.renstra(renstra);
    }

    private void validateVersions(List<RenstraInput.Version> versions, Conflicts conflicts, String path) {
        Set<Integer> seen = new HashSet<>();
        List<RenstraInput.Version> sorted = versions.stream()
                .sorted(Comparator.comparing(RenstraInput.Version::versionNo)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            RenstraInput.Version v = sorted.get(i);
            if (!seen.add(v.versionNo())) {
                conflicts.error(path + "[" + i + "].versionNo", "duplicate version", v.versionNo());
            } else if (v.versionNo() != i + 1) {
                conflicts.error(path + "[" + i + "].versionNo", "versions must be numbered 1, 2, 3 ...", v.versionNo());
            }
            if ((v.versionNo() == 1) != (v.kind() == RenstraVersionKind.ORIGINAL)) {
                conflicts.error(path + "[" + i + "].kind", "version 1 and only version 1 is ORIGINAL", v.kind());
            }
        }
    }

    private boolean applyVersions(Renstra renstra, List<RenstraInput.Version> versions, Conflicts conflicts,
                                  String path) {
        Map<Integer, RenstraVersion> existing = RenstraVersion.of(renstra.id).stream()
                .collect(Collectors.toMap(v -> v.versionNo, Function.identity()));
        boolean changed = false;
        for (RenstraInput.Version in : versions.stream().sorted(Comparator.comparing(RenstraInput.Version::versionNo)).toList()) {
            RenstraVersion version = existing.get(in.versionNo());
            if (version == null) {
                newVersion(renstra, in);
                changed = true;
            } else if (version.kind != in.kind() || !Objects.equals(version.decreeNumber, in.decreeNumber())
                    || !Objects.equals(version.decreeDate, in.decreeDate()) || !Objects.equals(version.note, in.note())) {
                if (version.kind != in.kind()) {
                    conflicts.error(path, "version " + in.versionNo() + " is " + version.kind + "; its kind cannot change",
                            in.kind());
                    continue;
                }
                version.decreeNumber = in.decreeNumber();
                version.decreeDate = in.decreeDate();
                version.note = in.note();
                changed = true;
            }
        }
        if (existing.size() > versions.size()) {
            conflicts.error(path, "versions cannot be removed; this Renstra has " + existing.size(), versions.size());
        }
        return changed;
    }

    private void newVersion(Renstra renstra, RenstraInput.Version in) {
        if (renstra.currentVersion > 0) {
            RenstraVersion previous = RenstraVersion.<RenstraVersion>find("renstraId = ?1 and versionNo = ?2",
                    renstra.id, renstra.currentVersion).firstResult();
            previous.snapshot = tree(renstra, renstra.currentVersion);
        }
        RenstraVersion version = new RenstraVersion();
        version.renstraId = renstra.id;
        version.versionNo = in.versionNo();
        version.kind = in.kind();
        version.decreeNumber = in.decreeNumber();
        version.decreeDate = in.decreeDate();
        version.note = in.note();
        version.createdAt = Instant.now();
        version.persist();
        renstra.currentVersion = in.versionNo();
    }
}
