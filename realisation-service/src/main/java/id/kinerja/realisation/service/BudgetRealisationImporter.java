package id.kinerja.realisation.service;

import id.kinerja.events.Numbers;
import id.kinerja.commons.outbox.OutboxWriter;
import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.EventPeriod;
import id.kinerja.events.Uuids;
import id.kinerja.events.realisation.BudgetRealisationPayload;
import id.kinerja.events.realisation.RealisationStatus;
import id.kinerja.realisation.replica.CatchingUp;
import id.kinerja.realisation.domain.BudgetRealisation;
import id.kinerja.realisation.rest.input.BudgetRealisationInput;
import jakarta.enterprise.context.ApplicationScoped;
import id.kinerja.commons.security.Caller;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Applies pushed budget realisations (Rupiah spent in a quarter, cumulative % fisik) by natural key
 * (agency, sub-kegiatan, year, quarter). Cumulative spending above the pagu in force (DPPA, else DPA) is
 * refused unless the row gives a reason; then it is accepted and recorded as a finding.
 */
@ApplicationScoped
public class BudgetRealisationImporter {

    @Inject
    EntityManager em;
    @Inject
    Validator validator;
    @Inject
    OutboxWriter outbox;
    @Inject
    TransactionManager tm;
    @Inject
    Caller caller;
    @Inject
    CatchingUp catchingUp;

    @Transactional
    public BulkSummary apply(String tenant, Iterator<Row<BudgetRealisationInput>> rows, BulkOptions options)
            throws Exception {
        WriteLocks.periodsShared(em, tenant);
        PlanSnapshot plan = PlanSnapshot.load(em, tenant);
        PeriodLocks locks = PeriodLocks.load(em, tenant);
        AgencyScope scope = new AgencyScope(caller, tenant);
        Map<String, BudgetRealisation> stored = new HashMap<>();
        Set<String> loadedYears = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        List<RowError> errors = new ArrayList<>();
        List<AuditEntry> audit = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int total = 0;
        while (rows.hasNext()) {
            Row<BudgetRealisationInput> row = rows.next();
            if (++total % IndicatorRealisationImporter.CHUNK == 0) {
                options.progress().rows(total, created + updated + unchanged, errors.size());
            }
            if (row.error() != null) {
                errors.add(row.error());
                continue;
            }
            if (!scope.admits(row.number(), row.value().agencyCode())) {
                continue;
            }
            BudgetRealisationInput in = row.value();
            int before = errors.size();
            for (ConstraintViolation<BudgetRealisationInput> v : validator.validate(in)) {
                errors.add(RowError.of(row.number(), v.getPropertyPath().toString(), v.getMessage(),
                        IndicatorRealisationImporter.simple(v.getInvalidValue())));
            }
            if (errors.size() > before) {
                continue;
            }
            PlanSnapshot.SubKegiatanRef node = plan.subKegiatan(in.agencyCode(), in.year(), in.subKegiatanCode())
                    .orElse(null);
            if (!plan.knowsAgency(in.agencyCode())) {
                errors.add(RowError.notInPlan(row.number(), "agencyCode", "unknown agency", in.agencyCode()));
                continue;
            }
            if (node == null) {
                errors.add(RowError.notInPlan(row.number(), "subKegiatanCode", "unknown sub-kegiatan in the " + in.year()
                        + " budget of " + in.agencyCode(), in.subKegiatanCode()));
                continue;
            }
            String refusal = locks.refusal(in.agencyCode(), in.year(), in.quarter());
            if (refusal != null) {
                errors.add(RowError.locked(row.number(), refusal));
                continue;
            }
            String key = in.agencyCode() + "/" + in.subKegiatanCode() + "/" + in.year() + "/" + in.quarter();
            Integer first = seen.putIfAbsent(key, row.number());
            if (first != null) {
                errors.add(RowError.of(row.number(), "subKegiatanCode", "same sub-kegiatan and quarter as row " + first,
                        key));
                continue;
            }
            if (loadedYears.add(in.agencyCode() + "/" + in.year())) {
                // one writer per agency-year: the cumulative pagu check and the version read stay true until commit
                WriteLocks.agencyYear(em, tenant, in.agencyCode(), in.year());
                BudgetRealisation.<BudgetRealisation>list("tenant = ?1 and agencyCode = ?2 and year = ?3", tenant,
                                in.agencyCode(), in.year())
                        .forEach(b -> stored.put(b.agencyCode + "/" + b.subKegiatanCode + "/" + b.year + "/" + b.quarter, b));
            }
            BigDecimal amount = Decimals.stored(in.amount(), Decimals.AMOUNT_SCALE);
            BigDecimal progress = Decimals.stored(in.physicalProgress(), Decimals.PROGRESS_SCALE);
            BigDecimal cumulative = amount;
            for (int q = 1; q <= 4; q++) {
                BudgetRealisation other = stored.get(in.agencyCode() + "/" + in.subKegiatanCode() + "/" + in.year() + "/" + q);
                if (q != in.quarter() && other != null) {
                    cumulative = cumulative.add(Numbers.norm(other.amount));
                }
            }
            boolean over = id.kinerja.figures.budget.SpendingAbovePagu.exceeds(cumulative, node.paguInForce());
            if (over && (in.overPaguReason() == null || in.overPaguReason().isBlank())) {
                errors.add(RowError.of(row.number(), "overPaguReason", "spending " + cumulative.toPlainString()
                        + " exceeds the pagu " + node.paguInForce().toPlainString() + " (" + node.paguVersion()
                        + "); give the reason to accept it", null));
                continue;
            }
            BudgetRealisation record = stored.get(key);
            BudgetRealisationPayload previous = record == null ? null : payload(record);
            boolean same = record != null && record.amount.compareTo(amount) == 0
                    && Objects.equals(Numbers.norm(record.physicalProgress), progress)
                    && Objects.equals(record.overPaguReason, in.overPaguReason());
            VersionPreconditions.check(options, record == null ? null : record.version, same);
            if (same) {
                unchanged++;
                continue;
            }
            if (record == null) {
                record = new BudgetRealisation();
                record.id = Uuids.v7();
                record.tenant = tenant;
                record.agencyCode = in.agencyCode();
                record.subKegiatanCode = in.subKegiatanCode();
                record.year = in.year();
                record.quarter = in.quarter().shortValue();
                stored.put(key, record);
                created++;
            } else {
                updated++;
            }
            record.amount = amount;
            record.physicalProgress = progress;
            record.overPaguReason = in.overPaguReason();
            record.status = RealisationStatus.DRAFT;
            record.statusComment = null;
            record.version++;
            record.updatedAt = Instant.now();
            record.updatedBy = options.actor();
            record.persist();
            BudgetRealisationPayload after = payload(record);
            audit.add(new AuditEntry(tenant, "budget-realisation", record.id, record.version,
                    previous == null ? "CREATE" : "CORRECT", options.actor(), previous, after, in.overPaguReason()));
            outbox.append(EventEnvelope.of(EventCatalog.BUDGET_REALISATION_UPSERTED, tenant, key, record.version,
                    EventPeriod.quarter(in.year(), in.quarter()), after));
            if (over) {
                finding(tenant, in, cumulative, node);
            }
        }
        scope.refuseIfAny();
        catchingUp.refuseIfBehind(errors, RowError::notInPlan);
        if (!errors.isEmpty() && options.atomic()) {
            errors.sort((a, b) -> Integer.compare(a.row(), b.row()));
            throw new BulkRejectedException(errors, total);
        }
        em.flush();
        em.unwrap(Session.class).doWork(c -> AuditEntry.insert(c, audit));
        if (options.dryRun()) {
            tm.setRollbackOnly();
        }
        errors.sort((a, b) -> Integer.compare(a.row(), b.row()));
        return new BulkSummary(errors.isEmpty() ? "OK" : "WARNING", options.dryRun(), options.atomic(),
                new BulkSummary.Counts(created, updated, unchanged, errors.size()), errors);
    }

    private void finding(String tenant, BudgetRealisationInput in, BigDecimal cumulative,
                         PlanSnapshot.SubKegiatanRef node) {
        em.createNativeQuery("""
                        INSERT INTO finding (id, tenant, agency_code, kind, subject, year, quarter, detail, created_at)
                        VALUES (:id, :t, :a, 'SPENDING_ABOVE_PAGU', :s, :y, :q, :d, :at)""")
                .setParameter("id", Uuids.v7()).setParameter("t", tenant).setParameter("a", in.agencyCode())
                .setParameter("s", in.subKegiatanCode()).setParameter("y", in.year())
                .setParameter("q", in.quarter().shortValue())
                .setParameter("d", "cumulative spending " + cumulative.toPlainString() + " exceeds the pagu "
                        + node.paguInForce().toPlainString() + " (" + node.paguVersion() + "); reason: "
                        + in.overPaguReason())
                .setParameter("at", Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    public static BudgetRealisationPayload payload(BudgetRealisation b) {
        return new BudgetRealisationPayload(b.agencyCode, b.subKegiatanCode, b.year, b.quarter,
                Numbers.norm(b.amount), Numbers.norm(b.physicalProgress), b.overPaguReason, b.status,
                b.statusComment, b.updatedBy);
    }
}
