package id.kinerja.realisation.service;

import com.fasterxml.jackson.core.type.TypeReference;
import id.kinerja.events.EventCodec;
import id.kinerja.events.plan.Pagu;
import id.kinerja.events.Numbers;
import id.kinerja.figures.budget.Rfk.Node;
import id.kinerja.figures.budget.Rfk.Spending;
import id.kinerja.figures.budget.Rfk.Table;
import id.kinerja.realisation.domain.BudgetRealisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.List;

/**
 * The RFK (realisasi fisik dan keuangan) of an agency up to a quarter, as realisation-service's endpoint shows it:
 * per budget node the pagu in force, the quarter's spending, the cumulative spending before it and in total,
 * % keuangan, % bobot, % fisik and sisa, and the agency's total. Loaded here from the plan replica and the stored
 * spending; computed by the shared {@link id.kinerja.figures.budget.Rfk} (libs/sakip-figures), the same code as reporting's LKjIP table.
 */
@ApplicationScoped
public class RfkService {

    @Inject
    EntityManager em;

    public record Line(String level, String code, String name, BigDecimal pagu, BigDecimal quarter,
                       BigDecimal cumulativeBefore, BigDecimal cumulative, BigDecimal pctKeuangan, BigDecimal pctBobot,
                       BigDecimal pctFisik, BigDecimal sisa) {
    }

    public record Rfk(int year, int quarter, Line total, List<Line> lines) {
    }

    private static final TypeReference<List<Pagu>> PAGU = new TypeReference<>() { };

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Rfk rfk(String tenant, String agency, int year, int quarter) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT code, level, name, CAST(pagu AS text) FROM replica_budget_node
                        WHERE tenant = :t AND agency_code = :a AND fiscal_year = :y""")
                .setParameter("t", tenant).setParameter("a", agency).setParameter("y", year).getResultList();
        List<Node> nodes = rows.stream().map(n -> new Node((String) n[1], (String) n[0], (String) n[2],
                pagu((String) n[3]))).toList();
        List<Spending> spending = BudgetRealisation.<BudgetRealisation>list(
                        "tenant = ?1 and agencyCode = ?2 and year = ?3 and quarter <= ?4", tenant, agency, year,
                        (short) quarter).stream()
                .map(b -> new Spending(b.subKegiatanCode, b.quarter, b.amount, b.physicalProgress)).toList();
        // the replica may hold only the sub-kegiatan: their program and kegiatan lines come from the codes
        Table table = id.kinerja.figures.budget.Rfk.of(id.kinerja.figures.budget.Rfk.withMissingAncestors(nodes),
                spending, quarter);
        return new Rfk(year, quarter, line(table.total(), "OPD", agency, agency, quarter),
                table.lines().stream().map(l -> line(l, l.level(), l.code(), l.name(), quarter)).toList());
    }

    /** The endpoint's shape: the chosen quarter's spending and the cumulative spending before it. */
    private static Line line(id.kinerja.figures.budget.Rfk.Line l, String level, String code, String name, int quarter) {
        BigDecimal before = l.quarters().subList(0, quarter - 1).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Line(level, code, name, l.pagu(), l.quarters().get(quarter - 1), Numbers.norm(before),
                l.spent(), l.pctKeuangan(), l.pctBobot(), l.pctFisik(), l.sisa());
    }

    private static List<Pagu> pagu(String json) {
        try {
            return EventCodec.mapper().readValue(json, PAGU);
        } catch (Exception e) {
            throw new IllegalStateException("replica pagu unreadable", e);
        }
    }
}
