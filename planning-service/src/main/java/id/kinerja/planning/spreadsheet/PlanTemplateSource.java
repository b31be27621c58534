package id.kinerja.planning.spreadsheet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.planning.domain.BudgetNode;
import id.kinerja.planning.domain.Indicator;
import id.kinerja.planning.domain.Objective;
import id.kinerja.planning.domain.Pk;
import id.kinerja.planning.domain.PkVersion;
import id.kinerja.planning.domain.QuarterlyTarget;
import id.kinerja.planning.domain.Renstra;
import id.kinerja.planning.domain.RenstraVersion;
import id.kinerja.events.plan.PkStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * An agency-year's current plan as a plan import document (the JSON the import takes), so the template is
 * pre-filled with exactly what re-importing it leaves unchanged: the Renstra covering the year with its
 * versions, tujuan/sasaran and indicators, the year's budget tree, PKs as signed with their amendments, and
 * the rencana aksi. Tenant rules are not part of it (they are the admin's, per tenant).
 */
@ApplicationScoped
class PlanTemplateSource {

    @Inject
    ObjectMapper mapper;

    ObjectNode document(String tenant, String agency, int year) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("year", year);
        Renstra.covering(tenant, agency, year).ifPresent(r -> renstra(doc, r));
        ArrayNode budget = doc.putArray("budget");
        BudgetNode.of(tenant, agency, year).stream().sorted(Comparator.comparing((BudgetNode n) -> n.code))
                .forEach(n -> {
                    ObjectNode b = budget.addObject();
                    b.put("level", n.level.name()).put("code", n.code).put("parentCode", n.parentCode)
                            .put("name", n.name).put("sasaranCode", n.sasaranCode);
                    b.set("indicatorCodes", mapper.valueToTree(n.indicatorCodes));
                    b.set("pagu", mapper.valueToTree(n.pagu));
                    b.set("reportedPagu", mapper.valueToTree(n.reportedPagu));
                });
        ArrayNode pks = doc.putArray("pks");
        Pk.of(tenant, agency, year).stream().sorted(Comparator.comparing((Pk p) -> p.code))
                .forEach(p -> pk(pks.addObject(), p));
        ArrayNode quarterly = doc.putArray("quarterlyTargets");
        QuarterlyTarget.of(tenant, agency, year).stream()
                .sorted(Comparator.comparing((QuarterlyTarget q) -> q.pkCode).thenComparing(q -> q.indicatorCode))
                .forEach(q -> {
                    ObjectNode t = quarterly.addObject();
                    t.put("pkCode", q.pkCode).put("indicatorCode", q.indicatorCode).put("mode", q.mode.name());
                    ArrayNode targets = t.putArray("targets");
                    List<BigDecimal> values = q.quarters == null ? List.of() : java.util.Arrays.asList(
                            q.quarters.q1(), q.quarters.q2(), q.quarters.q3(), q.quarters.q4());
                    for (int i = 0; i < values.size(); i++) {
                        if (values.get(i) != null) {
                            targets.addObject().put("quarter", i + 1).put("target", values.get(i));
                        }
                    }
                });
        return doc;
    }

    private void renstra(ObjectNode doc, Renstra r) {
        ObjectNode renstra = doc.putObject("renstra");
        renstra.put("code", r.code).put("title", r.title).put("periodStart", r.periodStart)
                .put("periodEnd", r.periodEnd).put("legalBasis", r.legalBasis);
        ArrayNode versions = renstra.putArray("versions");
        for (RenstraVersion v : RenstraVersion.of(r.id)) {
            versions.addObject().put("versionNo", v.versionNo).put("kind", v.kind.name())
                    .put("decreeNumber", v.decreeNumber)
                    .put("decreeDate", v.decreeDate == null ? null : v.decreeDate.toString()).put("note", v.note);
        }
        ArrayNode objectives = doc.putArray("objectives");
        Objective.of(r.id).stream().sorted(Comparator.comparing((Objective o) -> o.kind).thenComparing(o -> o.code))
                .forEach(o -> objectives.addObject().put("kind", o.kind.name()).put("code", o.code)
                        .put("parentCode", o.parentCode).put("name", o.name));
        ArrayNode indicators = doc.putArray("indicators");
        Indicator.of(r.id).stream().sorted(Comparator.comparing((Indicator i) -> i.level).thenComparing(i -> i.code))
                .forEach(i -> indicators.add(indicator(i)));
    }

    private ObjectNode indicator(Indicator i) {
        ObjectNode n = mapper.createObjectNode();
        n.put("code", i.code).put("level", i.level.name()).put("parentCode", i.parentCode).put("name", i.name)
                .put("unit", i.unit).put("definition", i.definition).put("formula", i.formula)
                .put("numeratorDefinition", i.numeratorDefinition).put("denominatorDefinition", i.denominatorDefinition)
                .put("dataSource", i.dataSource).put("direction", i.direction.name())
                .put("rangeLower", i.rangeLower).put("rangeUpper", i.rangeUpper)
                .put("aggregation", i.aggregation.name()).put("valueType", i.valueType.name()).put("iku", i.iku);
        n.set("categories", mapper.valueToTree(i.categories));
        n.set("baseline", mapper.valueToTree(i.baseline));
        n.set("endTarget", mapper.valueToTree(i.endTarget));
        n.set("targets", mapper.valueToTree(i.targets));
        n.set("references", mapper.valueToTree(i.references));
        return n;
    }

    private void pk(ObjectNode n, Pk p) {
        List<PkVersion> versions = PkVersion.of(p.id);
        n.put("code", p.code).put("title", p.title).put("parentCode", p.parentCode)
                .put("status", p.status == null ? null : p.status.name());
        n.set("signer", mapper.valueToTree(p.signer));
        n.set("counterSigner", mapper.valueToTree(p.counterSigner));
        if (versions.isEmpty()) {
            return;
        }
        n.set("content", mapper.valueToTree(versions.get(0).content));
        if (p.status == PkStatus.SIGNED) {
            n.put("signedDate", versions.get(0).dated == null ? null : versions.get(0).dated.toString());
            ArrayNode amendments = n.putArray("amendments");
            for (PkVersion v : versions.subList(1, versions.size())) {
                ObjectNode a = amendments.addObject();
                a.put("dated", v.dated == null ? null : v.dated.toString()).put("reason", v.reason);
                a.set("content", mapper.valueToTree(v.content));
            }
        }
    }
}
