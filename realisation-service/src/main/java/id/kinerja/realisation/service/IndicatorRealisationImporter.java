package id.kinerja.realisation.service;

import id.kinerja.commons.outbox.OutboxWriter;
import id.kinerja.events.plan.ValueType;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.events.realisation.RealisationStatus;
import id.kinerja.realisation.replica.CatchingUp;
import id.kinerja.realisation.rest.input.IndicatorRealisationInput;
import io.quarkus.logging.Log;
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
import java.sql.SQLException;
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
 * Applies pushed indicator realisations, one or 50 000 at a time, by natural key (agency, indicator, year,
 * quarter): validated against the plan replica and the period locks, compared with what is stored (an
 * identical row changes nothing), written with JDBC batches together with the audit trail and one outbox
 * event per changed row, in one transaction. Rows stream in chunks, so a large push is never held whole.
 */
@ApplicationScoped
public class IndicatorRealisationImporter {

    static final int CHUNK = 1000;
    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

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

    /** A valid row, ready to compare and write. */
    record Candidate(int row, String key, IndicatorRealisationPayload state) {
    }

    record Existing(UUID id, long version, IndicatorRealisationPayload state) {
    }

    @Transactional
    public BulkSummary apply(String tenant, Iterator<Row<IndicatorRealisationInput>> rows, BulkOptions options)
            throws Exception {
        long started = System.nanoTime();
        WriteLocks.periodsShared(em, tenant);
        PlanSnapshot plan = PlanSnapshot.load(em, tenant);
        PeriodLocks locks = PeriodLocks.load(em, tenant);
        AgencyScope scope = new AgencyScope(caller, tenant);
        Set<String> seen = new HashSet<>();
        Map<String, Integer> firstRow = new HashMap<>();
        List<RowError> errors = new ArrayList<>();
        int[] counts = new int[3];
        int total = 0;
        List<Candidate> chunk = new ArrayList<>(CHUNK);
        while (rows.hasNext()) {
            Row<IndicatorRealisationInput> row = rows.next();
            total++;
            if (row.error() != null) {
                errors.add(row.error());
                continue;
            }
            if (!scope.admits(row.number(), row.value().agencyCode())) {
                continue;
            }
            Candidate candidate = validate(row.number(), row.value(), plan, locks, errors, options.actor());
            if (candidate == null) {
                continue;
            }
            if (!seen.add(candidate.key())) {
                errors.add(RowError.of(row.number(), "indicatorCode", "same indicator and period as row "
                        + firstRow.get(candidate.key()), candidate.key()));
                continue;
            }
            firstRow.put(candidate.key(), row.number());
            chunk.add(candidate);
            if (chunk.size() == CHUNK) {
                write(tenant, chunk, options, counts, errors);
                chunk.clear();
                options.progress().rows(total, counts[0] + counts[1] + counts[2], errors.size());
            }
        }
        write(tenant, chunk, options, counts, errors);
        scope.refuseIfAny();
        catchingUp.refuseIfBehind(errors, RowError::notInPlan);
        if (!errors.isEmpty() && options.atomic()) {
            errors.sort((a, b) -> Integer.compare(a.row(), b.row()));
            throw new BulkRejectedException(errors, total);
        }
        if (options.dryRun()) {
            tm.setRollbackOnly();
        } else if (total > CHUNK) {
            long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
            Log.infof("indicator realisations %s: %d rows in %d ms (%d rows/s): %d created, %d updated, %d unchanged,"
                    + " %d rejected", tenant, total, millis, total * 1000L / millis, counts[0], counts[1], counts[2],
                    errors.size());
        }
        errors.sort((a, b) -> Integer.compare(a.row(), b.row()));
        return new BulkSummary(errors.isEmpty() ? "OK" : "WARNING", options.dryRun(), options.atomic(),
                new BulkSummary.Counts(counts[0], counts[1], counts[2], errors.size()), errors);
    }

    Candidate validate(int row, IndicatorRealisationInput in, PlanSnapshot plan, PeriodLocks locks,
                       List<RowError> errors, String actor) {
        int before = errors.size();
        for (ConstraintViolation<IndicatorRealisationInput> v : validator.validate(in)) {
            errors.add(RowError.of(row, v.getPropertyPath().toString(), v.getMessage(), simple(v.getInvalidValue())));
        }
        if (errors.size() > before) {
            return null;
        }
        if (!plan.knowsAgency(in.agencyCode())) {
            errors.add(RowError.notInPlan(row, "agencyCode", "unknown agency", in.agencyCode()));
            return null;
        }
        if (plan.renstraFor(in.agencyCode(), in.year()).isEmpty()) {
            errors.add(RowError.notInPlan(row, "year", "outside the plan: no Renstra of " + in.agencyCode() + " covers it",
                    in.year()));
            return null;
        }
        PlanSnapshot.IndicatorRef indicator = plan.indicator(in.agencyCode(), in.indicatorCode(), in.year()).orElse(null);
        if (indicator == null) {
            errors.add(RowError.notInPlan(row, "indicatorCode", "unknown indicator in the plan of " + in.agencyCode()
                    + " for " + in.year(), in.indicatorCode()));
            return null;
        }
        if (in.unit() != null && !in.unit().equals(indicator.unit())) {
            errors.add(RowError.of(row, "unit", "the indicator is measured in '" + indicator.unit() + "'", in.unit()));
        }
        // at the column's scale: a value with more decimals than are stored compares as what would be stored
        BigDecimal value = Decimals.stored(in.value(), Decimals.RATIO_SCALE);
        BigDecimal numerator = Decimals.stored(in.numerator(), Decimals.RATIO_SCALE);
        BigDecimal denominator = Decimals.stored(in.denominator(), Decimals.RATIO_SCALE);
        if (indicator.valueType() == ValueType.CATEGORY) {
            if (in.category() == null) {
                errors.add(RowError.of(row, "category", "required for this qualitative indicator, one of "
                        + indicator.categories(), null));
            } else if (!indicator.categories().contains(in.category())) {
                errors.add(RowError.of(row, "category", "not one of " + indicator.categories(), in.category()));
            }
        } else {
            if (in.category() != null) {
                errors.add(RowError.of(row, "category", "only for qualitative indicators", in.category()));
            }
            if ((numerator == null) != (denominator == null)) {
                errors.add(RowError.of(row, numerator == null ? "numerator" : "denominator",
                        "numerator and denominator come together", null));
            } else if (denominator != null) {
                if (denominator.signum() == 0) {
                    errors.add(RowError.of(row, "denominator", "must not be 0", in.denominator()));
                } else {
                    BigDecimal computed = Decimals.ratio(numerator, denominator,
                            indicator.valueType() == ValueType.PERCENTAGE);
                    if (value != null && value.subtract(computed).abs().compareTo(TOLERANCE) > 0) {
                        errors.add(RowError.of(row, "value", "numerator/denominator give "
                                + computed.toPlainString(), value));
                    }
                    value = computed;
                }
            } else if (value == null) {
                errors.add(RowError.of(row, "value", "give value, or numerator and denominator", null));
            }
        }
        String refusal = locks.refusal(in.agencyCode(), in.year(), in.quarter());
        if (refusal != null) {
            errors.add(RowError.locked(row, refusal));
        }
        if (errors.size() > before) {
            return null;
        }
        IndicatorRealisationPayload state = new IndicatorRealisationPayload(in.agencyCode(), in.indicatorCode(),
                in.year(), in.quarter(), value, numerator, denominator,
                in.category(), Boolean.TRUE.equals(in.provisional()), in.finalDataExpected(), in.dataSource(),
                in.drivingFactors(), in.inhibitingFactors(), in.followUp(), RealisationStatus.DRAFT, null, actor);
        return new Candidate(row, key(in.agencyCode(), in.indicatorCode(), in.year(), in.quarter()), state);
    }

    static String key(String agency, String indicator, int year, Integer quarter) {
        return agency + "/" + indicator + "/" + year + "/" + (quarter == null ? "Y" : quarter);
    }

    /** Content is what the agency pushes; status and actor are not part of it. */
    static boolean sameContent(IndicatorRealisationPayload a, IndicatorRealisationPayload b) {
        return Objects.equals(a.value(), b.value()) && Objects.equals(a.numerator(), b.numerator())
                && Objects.equals(a.denominator(), b.denominator()) && Objects.equals(a.category(), b.category())
                && a.provisional() == b.provisional() && Objects.equals(a.finalDataExpected(), b.finalDataExpected())
                && Objects.equals(a.dataSource(), b.dataSource())
                && Objects.equals(a.drivingFactors(), b.drivingFactors())
                && Objects.equals(a.inhibitingFactors(), b.inhibitingFactors())
                && Objects.equals(a.followUp(), b.followUp());
    }

    private void write(String tenant, List<Candidate> chunk, BulkOptions options, int[] counts, List<RowError> errors)
            throws SQLException {
        if (chunk.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            // read after the lock: what a concurrent writer of the same agency-year committed is seen here
            WriteLocks.agencyYears(connection, tenant, chunk.stream()
                    .map(c -> WriteLocks.agencyYear(c.state().agencyCode(), c.state().year())).toList());
            Map<String, Existing> existing = IndicatorRealisationStore.load(connection, tenant, chunk);
            List<Candidate> inserts = new ArrayList<>();
            List<Candidate> updates = new ArrayList<>();
            for (Candidate c : chunk) {
                Existing old = existing.get(c.key());
                boolean unchanged = old != null && sameContent(old.state(), c.state());
                VersionPreconditions.check(options, old == null ? null : old.version(), unchanged);
                if (old == null) {
                    inserts.add(c);
                } else if (unchanged) {
                    counts[2]++;
                } else {
                    updates.add(c);
                }
            }
            counts[0] += inserts.size();
            counts[1] += updates.size();
            IndicatorRealisationStore.write(connection, tenant, inserts, updates, existing, outbox);
        });
        outbox.appended(chunk.size());
    }

    static Object simple(Object value) {
        return value == null || value instanceof Number || value instanceof CharSequence ? value : value.toString();
    }

}
