package id.kinerja.planning.service;

import id.kinerja.events.EventCodec;
import id.kinerja.events.Numbers;
import id.kinerja.events.plan.BudgetVersion;
import id.kinerja.events.plan.Pagu;
import id.kinerja.events.plan.ReportedTotal;
import id.kinerja.events.planning.BudgetNodePayload;
import id.kinerja.planning.domain.BudgetNode;
import id.kinerja.planning.rest.input.BudgetNodeInput;
import id.kinerja.planning.rest.input.PaguInput;
import id.kinerja.planning.rest.input.ReportedTotalInput;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The budget tree of an agency-year. Pagu is input on leaves only; every total is computed. */
@ApplicationScoped
public class BudgetService {

    @Inject
    OrganisationService organisation;
    @Inject
    PlanEvents events;

    @Transactional(Transactional.TxType.MANDATORY)
    public Change upsert(String tenant, String agency, int year, BudgetNodeInput in, Conflicts conflicts, String path) {
        return upsertAll(tenant, agency, year, List.of(new Item(in, path)), conflicts).get(0);
    }

    /** A node of a request and the field path its errors are reported under. */
    public record Item(BudgetNodeInput in, String path) {
    }

    /**
     * Creates or updates many nodes of one agency-year set-based: the year's nodes and the Renstra's codes are
     * read once, the whole request is checked in memory against them (so a rejected request costs no writes),
     * then the changed nodes go out as JDBC batches and their events as one outbox batch. Items may come in
     * any order; parents given in the same request count as present. Returns what happened to each item, in
     * order; with errors nothing is written and every item is UNCHANGED.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Change> upsertAll(String tenant, String agency, int year, List<Item> items, Conflicts conflicts) {
        long started = System.nanoTime();
        organisation.agency(tenant, agency);
        BudgetYear budgetYear = BudgetYear.load(tenant, agency, year);
        List<Change> changes = new ArrayList<>(items.size());
        Map<String, BudgetNodePayload> after = new HashMap<>();
        items.forEach(item -> budgetYear.stage(item.in(), item.path()));
        for (Item item : items) {
            budgetYear.check(item.in(), conflicts, item.path());
        }
        budgetYear.checkLeafPagu(conflicts);
        if (conflicts.hasErrors()) {
            items.forEach(item -> changes.add(Change.UNCHANGED));
            return changes;
        }
        long checked = System.nanoTime();
        Instant now = Instant.now();
        List<BudgetNode> written = new ArrayList<>();
        List<BudgetNode> created = new ArrayList<>();
        for (Item item : items) {
            BudgetNodeInput in = item.in();
            BudgetNode node = budgetYear.existing(in.code());
            Change change = node == null ? Change.CREATED : Change.UPDATED;
            if (node == null) {
                node = new BudgetNode();
                node.id = UUID.randomUUID();
                node.tenant = tenant;
                node.agencyCode = agency;
                node.fiscalYear = year;
                node.code = in.code();
                node.version = 0;
            }
            BudgetNodePayload before = change == Change.CREATED ? null : PlanEvents.payload(node);
            node.level = in.level();
            node.parentCode = BudgetCodes.parentOf(in.level(), in.code());
            node.name = in.name();
            node.sasaranCode = in.sasaranCode();
            node.indicatorCodes = in.indicatorCodes() == null ? List.of() : List.copyOf(in.indicatorCodes());
            node.pagu = pagu(in.pagu());
            node.reportedPagu = reported(in.reportedPagu());
            BudgetNodePayload payload = PlanEvents.payload(node);
            if (payload.equals(before) || payload.equals(after.get(in.code()))) {
                changes.add(Change.UNCHANGED);
                continue;
            }
            after.put(in.code(), payload);
            node.version++;
            node.updatedAt = now;
            if (change == Change.CREATED) {
                created.add(node);
                budgetYear.created(node);
            }
            written.add(node);
            changes.add(change);
        }
        // one round trip per batch instead of one per node: the updates by the session's flush, the new nodes
        // by one JDBC batch (persist() would look each assigned id up in the database first), the events after
        Session session = BudgetNode.getEntityManager().unwrap(Session.class);
        Integer batchSize = session.getJdbcBatchSize();
        session.setJdbcBatchSize(WRITE_BATCH);
        try {
            session.flush();
        } finally {
            session.setJdbcBatchSize(batchSize);
        }
        session.doWork(connection -> insert(connection, created));
        long flushed = System.nanoTime();
        events.budgetNodes(written);
        if (items.size() >= LARGE) {
            Log.infof("budget %s/%s %d: %d nodes read and checked in %d ms, %d written in %d ms, events in %d ms",
                    tenant, agency, year, items.size(), (checked - started) / 1_000_000, written.size(),
                    (flushed - checked) / 1_000_000, (System.nanoTime() - flushed) / 1_000_000);
        }
        return changes;
    }

    private static final int WRITE_BATCH = 500;

    /** New nodes as multi-row inserts on the transaction's connection; JSON columns as Hibernate writes them. */
    private static void insert(Connection connection, List<BudgetNode> nodes) throws SQLException {
        if (nodes.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO budget_node (id, tenant, agency_code, fiscal_year, level, code, parent_code, name,
                    sasaran_code, indicator_codes, pagu, reported_pagu, version, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), CAST(? AS jsonb), ?, ?)""")) {
            int pending = 0;
            for (BudgetNode n : nodes) {
                insert.setObject(1, n.id);
                insert.setString(2, n.tenant);
                insert.setString(3, n.agencyCode);
                insert.setInt(4, n.fiscalYear);
                insert.setString(5, n.level.name());
                insert.setString(6, n.code);
                insert.setString(7, n.parentCode);
                insert.setString(8, n.name);
                insert.setString(9, n.sasaranCode);
                insert.setString(10, json(n.indicatorCodes));
                insert.setString(11, json(n.pagu));
                insert.setString(12, json(n.reportedPagu));
                insert.setLong(13, n.version);
                insert.setTimestamp(14, Timestamp.from(n.updatedAt));
                insert.addBatch();
                if (++pending == WRITE_BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static String json(Object value) {
        try {
            return EventCodec.mapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
    /** Requests of this many nodes log where their time went. */
    private static final int LARGE = 1000;

    static List<Pagu> pagu(List<PaguInput> in) {
        if (in == null) {
            return List.of();
        }
        List<Pagu> pagu = new ArrayList<>();
        for (PaguInput p : in) {
            pagu.add(new Pagu(p.version(), Numbers.norm(p.amount()), Numbers.norm(p.belanjaOperasi()),
                    Numbers.norm(p.belanjaModal())));
        }
        pagu.sort(Comparator.comparing(Pagu::version));
        return pagu;
    }

    static List<ReportedTotal> reported(List<ReportedTotalInput> in) {
        if (in == null) {
            return List.of();
        }
        return in.stream().map(r -> new ReportedTotal(r.version(), Numbers.norm(r.amount()), r.source()))
                .sorted(Comparator.comparing(ReportedTotal::version).thenComparing(r -> Objects.toString(r.source(), "")))
                .toList();
    }

    /** One node with its computed totals per budget version (leaf pagu summed over its subtree). */
    public record NodeTotals(BudgetNode node, Map<BudgetVersion, BigDecimal> totals, List<NodeTotals> children) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NodeTotals> tree(String tenant, String agency, int year) {
        organisation.agency(tenant, agency);
        Map<String, List<BudgetNode>> byParent = new HashMap<>();
        for (BudgetNode n : BudgetNode.of(tenant, agency, year)) {
            byParent.computeIfAbsent(Objects.toString(n.parentCode, ""), k -> new ArrayList<>()).add(n);
        }
        return children("", byParent);
    }

    /** Children in code order with their totals; one pass over the tree (a whole kabupaten has 5 000 nodes). */
    private List<NodeTotals> children(String parentCode, Map<String, List<BudgetNode>> byParent) {
        List<NodeTotals> result = new ArrayList<>();
        for (BudgetNode n : byParent.getOrDefault(parentCode, List.of())) {
            List<NodeTotals> kids = children(n.code, byParent);
            Map<BudgetVersion, BigDecimal> totals = new EnumMap<>(BudgetVersion.class);
            if (kids.isEmpty()) {
                n.pagu.forEach(p -> totals.put(p.version(), p.amount()));
            } else {
                kids.forEach(k -> k.totals().forEach((v, a) -> totals.merge(v, a, BigDecimal::add)));
            }
            result.add(new NodeTotals(n, totals, kids));
        }
        return result;
    }

    public static Map<BudgetVersion, BigDecimal> sum(List<NodeTotals> roots) {
        Map<BudgetVersion, BigDecimal> totals = new EnumMap<>(BudgetVersion.class);
        roots.forEach(r -> r.totals().forEach((v, a) -> totals.merge(v, a, BigDecimal::add)));
        return totals;
    }
}
