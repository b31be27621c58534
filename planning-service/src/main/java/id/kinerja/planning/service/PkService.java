package id.kinerja.planning.service;

import id.kinerja.events.Numbers;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.events.plan.PkContent;
import id.kinerja.events.plan.PkParty;
import id.kinerja.events.plan.PkStatus;
import id.kinerja.events.plan.PkVersionKind;
import id.kinerja.events.plan.TargetValue;
import id.kinerja.events.plan.ValueType;
import id.kinerja.planning.domain.BudgetNode;
import id.kinerja.planning.domain.Indicator;
import id.kinerja.planning.domain.Pk;
import id.kinerja.planning.domain.PkVersion;
import id.kinerja.planning.domain.Renstra;
import id.kinerja.planning.rest.input.AmendmentInput;
import id.kinerja.planning.rest.input.PartyInput;
import id.kinerja.planning.rest.input.PkContentInput;
import id.kinerja.planning.rest.input.PkInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Perjanjian Kinerja: a draft can be edited; signing freezes it; a change after signing is an amendment
 * (a new version with date and reason) and the older versions stay readable.
 */
@ApplicationScoped
public class PkService {

    @Inject
    OrganisationService organisation;
    @Inject
    PlanEvents events;

    /** Creates a draft, edits a draft, or (import) confirms an identical signed PK; editing a signed PK is 409. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Change upsert(String tenant, String agency, int year, PkInput in, Conflicts conflicts, String path) {
        organisation.agency(tenant, agency);
        PkContent content = validateContent(tenant, agency, year, in.content(), conflicts, Conflicts.path(path, "content"));
        if (in.parentCode() != null && Pk.<Pk>list("tenant = ?1 and year = ?2 and code = ?3", tenant, year,
                in.parentCode()).isEmpty()) {
            conflicts.error(Conflicts.path(path, "parentCode"), "unknown parent PK in " + year, in.parentCode());
        }
        if (in.parentCode() != null && in.parentCode().equals(in.code())) {
            conflicts.error(Conflicts.path(path, "parentCode"), "a PK cannot cascade from itself", in.parentCode());
        }
        List<PkContent> amendments = in.amendments() == null ? List.of() : in.amendments().stream()
                .map(a -> validateContent(tenant, agency, year, a.content(), conflicts,
                        Conflicts.path(path, "amendments[" + in.amendments().indexOf(a) + "].content")))
                .toList();
        if (in.amendments() != null && !in.amendments().isEmpty() && in.status() != PkStatus.SIGNED) {
            conflicts.error(Conflicts.path(path, "status"), "a PK with amendments must be SIGNED", in.status());
        }
        if (conflicts.hasErrors()) {
            return Change.UNCHANGED;
        }
        Pk pk = Pk.find(tenant, agency, year, in.code()).orElse(null);
        PkParty signer = party(in.signer());
        PkParty counterSigner = party(in.counterSigner());
        if (pk == null) {
            pk = new Pk();
            pk.id = UUID.randomUUID();
            pk.tenant = tenant;
            pk.agencyCode = agency;
            pk.year = year;
            pk.code = in.code();
            pk.title = in.title();
            pk.signer = signer;
            pk.counterSigner = counterSigner;
            pk.parentCode = in.parentCode();
            pk.status = PkStatus.DRAFT;
            pk.currentVersion = 1;
            pk.version = 0;
            pk.updatedAt = Instant.now();
            pk.persist();
            PkVersion first = new PkVersion();
            first.pkId = pk.id;
            first.versionNo = 1;
            first.kind = PkVersionKind.ORIGINAL;
            first.content = content;
            first.persist();
            if (in.status() == PkStatus.SIGNED) {
                signVersion(pk, first, in.signedDate());
            }
            for (int a = 0; a < amendments.size(); a++) {
                addAmendment(pk, in.amendments().get(a).dated(), in.amendments().get(a).reason(), amendments.get(a));
            }
            touch(pk);
            return Change.CREATED;
        }
        boolean headerSame = Objects.equals(pk.title, in.title()) && pk.signer.equals(signer)
                && pk.counterSigner.equals(counterSigner) && Objects.equals(pk.parentCode, in.parentCode());
        List<PkVersion> versions = PkVersion.of(pk.id);
        if (pk.status == PkStatus.SIGNED) {
            return confirmSigned(pk, versions, in, content, amendments, headerSame, conflicts, path);
        }
        // a draft: edit freely, or sign it (import)
        PkVersion draft = versions.get(0);
        boolean contentSame = draft.content.equals(content);
        if (headerSame && contentSame && in.status() != PkStatus.SIGNED) {
            return Change.UNCHANGED;
        }
        pk.title = in.title();
        pk.signer = signer;
        pk.counterSigner = counterSigner;
        pk.parentCode = in.parentCode();
        draft.content = content;
        if (in.status() == PkStatus.SIGNED) {
            signVersion(pk, draft, in.signedDate());
            for (int a = 0; a < amendments.size(); a++) {
                addAmendment(pk, in.amendments().get(a).dated(), in.amendments().get(a).reason(), amendments.get(a));
            }
        }
        touch(pk);
        return Change.UPDATED;
    }

    private Change confirmSigned(Pk pk, List<PkVersion> versions, PkInput in, PkContent content,
                                 List<PkContent> amendments, boolean headerSame, Conflicts conflicts, String path) {
        boolean same = headerSame && in.status() == PkStatus.SIGNED && versions.get(0).content.equals(content)
                && Objects.equals(versions.get(0).dated, in.signedDate());
        int known = versions.size() - 1;
        for (int a = 0; same && a < Math.min(known, amendments.size()); a++) {
            PkVersion v = versions.get(a + 1);
            AmendmentInput ai = in.amendments().get(a);
            same = v.content.equals(amendments.get(a)) && Objects.equals(v.dated, ai.dated())
                    && Objects.equals(v.reason, ai.reason());
        }
        if (!same || amendments.size() < known) {
            throw ProblemException.conflict("PK " + pk.code + " " + pk.year + " is signed and frozen; "
                    + "changes must be filed as an amendment (POST .../amendments)");
        }
        if (amendments.size() == known) {
            return Change.UNCHANGED;
        }
        for (int a = known; a < amendments.size(); a++) {
            addAmendment(pk, in.amendments().get(a).dated(), in.amendments().get(a).reason(), amendments.get(a));
        }
        touch(pk);
        return Change.UPDATED;
    }

    @Transactional
    public Pk sign(String tenant, String agency, int year, String code, LocalDate signedDate) {
        Pk pk = get(tenant, agency, year, code);
        if (pk.status == PkStatus.SIGNED) {
            throw ProblemException.conflict("PK " + code + " is already signed");
        }
        signVersion(pk, PkVersion.find(pk.id, 1).orElseThrow(), signedDate);
        touch(pk);
        return pk;
    }

    @Transactional
    public Pk amend(String tenant, String agency, int year, String code, AmendmentInput in, Conflicts conflicts) {
        Pk pk = get(tenant, agency, year, code);
        if (pk.status != PkStatus.SIGNED) {
            throw ProblemException.conflict("PK " + code + " is a draft: edit it directly; only signed PKs are amended");
        }
        PkContent content = validateContent(tenant, agency, year, in.content(), conflicts, "content");
        conflicts.throwIfAny();
        addAmendment(pk, in.dated(), in.reason(), content);
        touch(pk);
        return pk;
    }

    public Pk get(String tenant, String agency, int year, String code) {
        organisation.agency(tenant, agency);
        return Pk.find(tenant, agency, year, code).orElseThrow(() -> ProblemException.notFound("PK", code));
    }

    public PkVersion version(Pk pk, int versionNo) {
        return PkVersion.find(pk.id, versionNo)
                .orElseThrow(() -> ProblemException.notFound("PK version", pk.code + " v" + versionNo));
    }

    /** Targets that differ from the Renstra year target: allowed, but reported with both values. */
    public void renstraTargetWarnings(String tenant, String agency, int year, PkContent content, Conflicts conflicts,
                                      String path) {
        Renstra renstra = Renstra.covering(tenant, agency, year).orElse(null);
        if (renstra == null) {
            return;
        }
        for (int i = 0; i < content.indicators().size(); i++) {
            PkContent.Indicator pkIndicator = content.indicators().get(i);
            Indicator indicator = Indicator.find(renstra.id, pkIndicator.indicatorCode()).orElse(null);
            if (indicator == null) {
                continue;
            }
            TargetValue renstraTarget = indicator.targetFor(year).orElse(null);
            String at = Conflicts.path(path, "indicators[" + i + "].target");
            if (renstraTarget == null) {
                conflicts.warning(Warning.RENSTRA_TARGET_MISSING, at, "the Renstra has no " + year + " target for "
                        + indicator.code, null);
            } else if (!Decimals.same(renstraTarget.value(), pkIndicator.target())
                    || !Objects.equals(renstraTarget.category(), pkIndicator.targetCategory())) {
                conflicts.warning(Warning.PK_TARGET_DIFFERS_FROM_RENSTRA, at, "PK target "
                        + show(pkIndicator.target(), pkIndicator.targetCategory())
                        + " differs from the Renstra " + year + " target "
                        + show(renstraTarget.value(), renstraTarget.category()) + " for " + indicator.code,
                        show(pkIndicator.target(), pkIndicator.targetCategory()));
            }
        }
    }

    private static String show(java.math.BigDecimal value, String category) {
        return category != null ? category : value == null ? "none" : value.toPlainString();
    }

    private PkContent validateContent(String tenant, String agency, int year, PkContentInput in, Conflicts conflicts,
                                      String path) {
        Renstra renstra = Renstra.covering(tenant, agency, year).orElse(null);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < in.indicators().size(); i++) {
            PkContentInput.Indicator ind = in.indicators().get(i);
            String at = Conflicts.path(path, "indicators[" + i + "]");
            Indicator indicator = renstra == null ? null : Indicator.find(renstra.id, ind.indicatorCode()).orElse(null);
            if (indicator == null) {
                conflicts.error(at + ".indicatorCode", "unknown indicator in the Renstra covering " + year,
                        ind.indicatorCode());
                continue;
            }
            if (!seen.add(ind.indicatorCode())) {
                conflicts.error(at + ".indicatorCode", "listed twice", ind.indicatorCode());
            }
            if (indicator.valueType == ValueType.CATEGORY) {
                if (ind.targetCategory() == null || !indicator.categories.contains(ind.targetCategory())) {
                    conflicts.error(at + ".targetCategory", "one of " + indicator.categories, ind.targetCategory());
                }
            } else if (ind.target() == null) {
                conflicts.error(at + ".target", "required", null);
            }
        }
        if (in.budgets() != null) {
            for (int b = 0; b < in.budgets().size(); b++) {
                String code = in.budgets().get(b).budgetCode();
                if (BudgetNode.find(tenant, agency, year, code).isEmpty()) {
                    conflicts.error(Conflicts.path(path, "budgets[" + b + "].budgetCode"), "unknown node in the " + year
                            + " budget", code);
                }
            }
        }
        return new PkContent(
                in.indicators().stream().map(i -> new PkContent.Indicator(i.indicatorCode(), Numbers.norm(i.target()),
                        i.targetCategory())).toList(),
                in.budgets() == null ? List.of() : in.budgets().stream()
                        .map(b -> new PkContent.Budget(b.budgetCode(), Numbers.norm(b.amount()), b.note())).toList(),
                Numbers.norm(in.reportedTotal()));
    }

    private void signVersion(Pk pk, PkVersion version, LocalDate signedDate) {
        LocalDate date = signedDate == null ? LocalDate.now(ZoneOffset.UTC) : signedDate;
        version.dated = date;
        version.signedAt = date.atStartOfDay().toInstant(ZoneOffset.UTC);
        pk.status = PkStatus.SIGNED;
    }

    private void addAmendment(Pk pk, LocalDate dated, String reason, PkContent content) {
        PkVersion amendment = new PkVersion();
        amendment.pkId = pk.id;
        amendment.versionNo = pk.currentVersion + 1;
        amendment.kind = PkVersionKind.AMENDMENT;
        amendment.dated = dated;
        amendment.reason = reason;
        amendment.signedAt = dated.atStartOfDay().toInstant(ZoneOffset.UTC);
        amendment.content = content;
        amendment.persist();
        pk.currentVersion = amendment.versionNo;
    }

    private void touch(Pk pk) {
        pk.version++;
        pk.updatedAt = Instant.now();
        pk.persistAndFlush();
        events.pk(pk);
    }

    private static PkParty party(PartyInput in) {
        return new PkParty(in.nip() == null ? null : in.nip().replace(" ", ""), in.name(), in.position(), in.rank());
    }
}
