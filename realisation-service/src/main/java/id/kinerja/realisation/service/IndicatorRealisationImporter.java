package id.kinerja.realisation.service;

import id.kinerja.events.Numbers;
import id.kinerja.commons.outbox.OutboxWriter;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.EventPeriod;
import id.kinerja.events.Uuids;
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
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
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

    /** JDBC for the hot path: load existing rows by key, batch insert/update, audit and outbox. */
    static final class IndicatorRealisationStore {

        private IndicatorRealisationStore() {
        }

        static Map<String, Existing> load(Connection c, String tenant, List<Candidate> chunk) throws SQLException {
            String sql = """
                    SELECT r.id, r.version, r.agency_code, r.indicator_code, r.year, r.quarter, r.value, r.numerator,
                           r.denominator, r.category, r.provisional, r.final_data_expected, r.data_source,
                           r.driving_factors, r.inhibiting_factors, r.follow_up, r.status, r.status_comment,
                           r.updated_by
                    FROM indicator_realisation r
                    JOIN unnest(?, ?, ?, ?) AS k(agency, indicator, year, quarter)
                      ON r.agency_code = k.agency AND r.indicator_code = k.indicator AND r.year = k.year
                     AND COALESCE(r.quarter, 0) = k.quarter
                    WHERE r.tenant = ?""";
            Map<String, Existing> found = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement(sql)) {
                select.setArray(1, c.createArrayOf("varchar", chunk.stream().map(x -> x.state().agencyCode()).toArray()));
                select.setArray(2, c.createArrayOf("varchar", chunk.stream().map(x -> x.state().indicatorCode()).toArray()));
                select.setArray(3, c.createArrayOf("int4", chunk.stream().map(x -> x.state().year()).toArray()));
                select.setArray(4, c.createArrayOf("int4", chunk.stream()
                        .map(x -> x.state().quarter() == null ? 0 : x.state().quarter()).toArray()));
                select.setString(5, tenant);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        Existing e = read(rs);
                        found.put(key(e.state().agencyCode(), e.state().indicatorCode(), e.state().year(),
                                e.state().quarter()), e);
                    }
                }
            }
            return found;
        }

        static Existing read(ResultSet rs) throws SQLException {
            Date expected = rs.getDate("final_data_expected");
            int quarter = rs.getInt("quarter");
            Integer q = rs.wasNull() ? null : quarter;
            return new Existing((UUID) rs.getObject("id"), rs.getLong("version"),
                    new IndicatorRealisationPayload(rs.getString("agency_code"), rs.getString("indicator_code"),
                            rs.getInt("year"), q, Numbers.norm(rs.getBigDecimal("value")),
                            Numbers.norm(rs.getBigDecimal("numerator")), Numbers.norm(rs.getBigDecimal("denominator")),
                            rs.getString("category"), rs.getBoolean("provisional"),
                            expected == null ? null : expected.toLocalDate(), rs.getString("data_source"),
                            rs.getString("driving_factors"), rs.getString("inhibiting_factors"),
                            rs.getString("follow_up"), RealisationStatus.valueOf(rs.getString("status")),
                            rs.getString("status_comment"), rs.getString("updated_by")));
        }

        static void write(Connection c, String tenant, List<Candidate> inserts, List<Candidate> updates,
                          Map<String, Existing> existing, OutboxWriter outbox) throws SQLException {
            List<AuditEntry> audit = new ArrayList<>();
            List<EventEnvelope> events = new ArrayList<>();
            Timestamp now = Timestamp.from(Instant.now());
            if (inserts.size() >= CopyRows.WORTH_IT) {
                CopyRows rows = new CopyRows();
                String at = now.toInstant().toString();
                for (Candidate cand : inserts) {
                    UUID id = Uuids.v7();
                    IndicatorRealisationPayload s = cand.state();
                    rows.add(id).add(tenant).add(s.agencyCode()).add(s.indicatorCode()).add(s.year()).add(s.quarter())
                            .add(s.value()).add(s.numerator()).add(s.denominator()).add(s.category())
                            .add(s.provisional()).add(s.finalDataExpected()).add(s.dataSource())
                            .add(s.drivingFactors()).add(s.inhibitingFactors()).add(s.followUp())
                            .add(s.status().name()).add(null).add(1).add(at).add(s.updatedBy()).end();
                    audit.add(new AuditEntry(tenant, "indicator-realisation", id, 1, "CREATE", s.updatedBy(), null,
                            s, null));
                    events.add(event(tenant, s, 1));
                }
                rows.copy(c, "indicator_realisation (id, tenant, agency_code, indicator_code, year, quarter, value,"
                        + " numerator, denominator, category, provisional, final_data_expected, data_source,"
                        + " driving_factors, inhibiting_factors, follow_up, status, status_comment, version,"
                        + " updated_at, updated_by)");
            } else if (!inserts.isEmpty()) {
                try (PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO indicator_realisation (id, tenant, agency_code, indicator_code, year, quarter, value,
                            numerator, denominator, category, provisional, final_data_expected, data_source,
                            driving_factors, inhibiting_factors, follow_up, status, status_comment, version,
                            updated_at, updated_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 1, ?, ?)""")) {
                    for (Candidate cand : inserts) {
                        UUID id = Uuids.v7();
                        IndicatorRealisationPayload s = cand.state();
                        insert.setObject(1, id);
                        insert.setString(2, tenant);
                        insert.setString(3, s.agencyCode());
                        insert.setString(4, s.indicatorCode());
                        insert.setInt(5, s.year());
                        setQuarter(insert, 6, s.quarter());
                        bindContent(insert, 7, s);
                        insert.setString(17, s.status().name());
                        insert.setTimestamp(18, now);
                        insert.setString(19, s.updatedBy());
                        insert.addBatch();
                        audit.add(new AuditEntry(tenant, "indicator-realisation", id, 1, "CREATE", s.updatedBy(), null,
                                s, null));
                        events.add(event(tenant, s, 1));
                    }
                    insert.executeBatch();
                }
            }
            if (!updates.isEmpty()) {
                try (PreparedStatement update = c.prepareStatement("""
                        UPDATE indicator_realisation SET value = ?, numerator = ?, denominator = ?, category = ?,
                            provisional = ?, final_data_expected = ?, data_source = ?, driving_factors = ?,
                            inhibiting_factors = ?, follow_up = ?, status = ?, status_comment = NULL,
                            version = version + 1, updated_at = ?, updated_by = ?
                        WHERE id = ? AND version = ?""")) {
                    for (Candidate cand : updates) {
                        Existing old = existing.get(cand.key());
                        IndicatorRealisationPayload s = cand.state();
                        bindContent(update, 1, s);
                        update.setString(11, s.status().name());
                        update.setTimestamp(12, now);
                        update.setString(13, s.updatedBy());
                        update.setObject(14, old.id());
                        update.setLong(15, old.version());
                        update.addBatch();
                        audit.add(new AuditEntry(tenant, "indicator-realisation", old.id(), old.version() + 1,
                                "CORRECT", s.updatedBy(), old.state(), s, null));
                        events.add(event(tenant, s, old.version() + 1));
                    }
                    for (int n : update.executeBatch()) {
                        if (n == 0) {
                            throw ProblemException.conflict("a realisation in this push was changed concurrently; retry");
                        }
                    }
                }
            }
            AuditEntry.insert(c, audit);
            if (events.size() >= CopyRows.WORTH_IT) {
                CopyRows.outbox(c, events);
            } else if (!events.isEmpty()) {
                outbox.appendBatch(c, events);
            }
        }

        static EventEnvelope event(String tenant, IndicatorRealisationPayload s, long version) {
            return EventEnvelope.of(EventCatalog.REALISATION_UPSERTED, tenant,
                    key(s.agencyCode(), s.indicatorCode(), s.year(), s.quarter()), version,
                    new EventPeriod(s.year(), s.quarter()), s);
        }

        private static void bindContent(PreparedStatement p, int at, IndicatorRealisationPayload s)
                throws SQLException {
            p.setBigDecimal(at, s.value());
            p.setBigDecimal(at + 1, s.numerator());
            p.setBigDecimal(at + 2, s.denominator());
            p.setString(at + 3, s.category());
            p.setBoolean(at + 4, s.provisional());
            p.setDate(at + 5, s.finalDataExpected() == null ? null : Date.valueOf(s.finalDataExpected()));
            p.setString(at + 6, s.dataSource());
            p.setString(at + 7, s.drivingFactors());
            p.setString(at + 8, s.inhibitingFactors());
            p.setString(at + 9, s.followUp());
        }

        private static void setQuarter(PreparedStatement p, int at, Integer quarter) throws SQLException {
            if (quarter == null) {
                p.setNull(at, Types.SMALLINT);
            } else {
                p.setShort(at, quarter.shortValue());
            }
        }

    }
}
