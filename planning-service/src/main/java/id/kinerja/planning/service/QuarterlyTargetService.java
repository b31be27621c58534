package id.kinerja.planning.service;

import id.kinerja.events.Numbers;
import id.kinerja.events.plan.PkContent;
import id.kinerja.events.plan.QuarterlyTargets;
import id.kinerja.events.plan.Quarters;
import id.kinerja.planning.domain.Indicator;
import id.kinerja.planning.domain.Pk;
import id.kinerja.planning.domain.PkVersion;
import id.kinerja.planning.domain.QuarterlyTarget;
import id.kinerja.planning.domain.Renstra;
import id.kinerja.planning.rest.input.QuarterlyTargetInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Rencana aksi: TW I-IV targets of PK indicators, checked against the year target (warning, not error). */
@ApplicationScoped
public class QuarterlyTargetService {

    @Inject
    OrganisationService organisation;
    @Inject
    PlanEvents events;

    @Transactional(Transactional.TxType.MANDATORY)
    public Change upsert(String tenant, String agency, int year, QuarterlyTargetInput in, Conflicts conflicts,
                         String path) {
        organisation.agency(tenant, agency);
        Pk pk = Pk.find(tenant, agency, year, in.pkCode()).orElse(null);
        PkContent.Indicator pkIndicator = null;
        if (pk == null) {
            conflicts.error(Conflicts.path(path, "pkCode"), "unknown PK in " + year, in.pkCode());
        } else {
            PkContent content = PkVersion.find(pk.id, pk.currentVersion).orElseThrow().content;
            pkIndicator = content.indicators().stream().filter(i -> i.indicatorCode().equals(in.indicatorCode()))
                    .findFirst().orElse(null);
            if (pkIndicator == null) {
                conflicts.error(Conflicts.path(path, "indicatorCode"), "not an indicator of PK " + pk.code,
                        in.indicatorCode());
            }
        }
        BigDecimal[] q = new BigDecimal[4];
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < in.targets().size(); i++) {
            QuarterlyTargetInput.Quarter quarter = in.targets().get(i);
            if (!seen.add(quarter.quarter())) {
                conflicts.error(Conflicts.path(path, "targets[" + i + "].quarter"), "duplicate quarter", quarter.quarter());
            } else {
                q[quarter.quarter() - 1] = Numbers.norm(quarter.target());
            }
        }
        if (conflicts.hasErrors()) {
            return Change.UNCHANGED;
        }
        Quarters quarters = new Quarters(q[0], q[1], q[2], q[3]);
        checkAgainstYearTarget(tenant, agency, year, in, quarters, pkIndicator, conflicts, path);
        QuarterlyTarget target = QuarterlyTarget.find(tenant, agency, year, in.pkCode(), in.indicatorCode()).orElse(null);
        if (target != null && target.mode == in.mode() && target.quarters.equals(quarters)) {
            return Change.UNCHANGED;
        }
        Change change = target == null ? Change.CREATED : Change.UPDATED;
        if (target == null) {
            target = new QuarterlyTarget();
            target.id = UUID.randomUUID();
            target.tenant = tenant;
            target.agencyCode = agency;
            target.year = year;
            target.pkCode = in.pkCode();
            target.indicatorCode = in.indicatorCode();
        }
        target.mode = in.mode();
        target.quarters = quarters;
        target.version++;
        target.updatedAt = Instant.now();
        target.persist();
        events.quarterlyTarget(target);
        return change;
    }

    private void checkAgainstYearTarget(String tenant, String agency, int year, QuarterlyTargetInput in,
                                        Quarters quarters, PkContent.Indicator pkIndicator, Conflicts conflicts,
                                        String path) {
        if (pkIndicator == null || pkIndicator.target() == null) {
            return;
        }
        Renstra renstra = Renstra.covering(tenant, agency, year).orElse(null);
        Indicator indicator = renstra == null ? null : Indicator.find(renstra.id, in.indicatorCode()).orElse(null);
        if (indicator == null) {
            return;
        }
        BigDecimal implied = QuarterlyTargets.impliedYearTarget(indicator.aggregation, in.mode(), quarters);
        if (implied != null && implied.compareTo(pkIndicator.target()) != 0) {
            conflicts.warning(Warning.QUARTERLY_TARGETS_DISAGREE, Conflicts.path(path, "targets"),
                    "quarterly targets (" + in.mode() + ", aggregation "
                    + indicator.aggregation + ") imply a year target of " + implied.stripTrailingZeros().toPlainString()
                    + " but the PK target is " + pkIndicator.target().toPlainString(), implied);
        }
    }

    public List<QuarterlyTarget> list(String tenant, String agency, int year) {
        organisation.agency(tenant, agency);
        return QuarterlyTarget.of(tenant, agency, year);
    }
}
