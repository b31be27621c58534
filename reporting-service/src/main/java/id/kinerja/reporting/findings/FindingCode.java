package id.kinerja.reporting.findings;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * The catalogue of finding types (as DHIS2 names its validation rules): a stable code, a severity and a
 * message template ({0}, {1}... filled by the rule). Listed at {@code GET /api/v1/finding-types}; planning's
 * warnings use the same codes where they mean the same thing.
 */
public enum FindingCode {
    REPORTED_TOTAL_DIFFERS(Severity.HIGH, "{0} pagu of {1} printed in {2} is not the sum of its sub-kegiatan",
            "a budget total printed in a document differs from the sum of the pagu of its sub-kegiatan"),
    PK_TOTAL_DIFFERS(Severity.MEDIUM, "PK {0} version {1} states a total that is not the sum of its budget lines",
            "a PK's stated budget total differs from the sum of its budget lines"),
    RENSTRA_END_TARGET_DIFFERS(Severity.MEDIUM,
            "Renstra {0} gives {1} an end-of-period target other than its own {2} target",
            "the Renstra's end-of-period target differs from its target for the final year"),
    PK_TARGET_DIFFERS_FROM_RENSTRA(Severity.MEDIUM, "PK {0} sets {1} to a target other than the Renstra {2} target",
            "the current PK target of an indicator differs from the Renstra target of the year"),
    QUARTERLY_TARGETS_DISAGREE(Severity.MEDIUM, "the rencana aksi of {0} in PK {1} does not reach the year target",
            "the rencana aksi quarters do not add up to the PK year target under the indicator's aggregation"),
    PROVISIONAL_DATA(Severity.LOW, "{0} is still provisional (data sementara)",
            "a realisation is reported as provisional (data sementara)"),
    SPENDING_ABOVE_PAGU(Severity.HIGH, "spending on {0} exceeds its pagu",
            "the spending on a sub-kegiatan exceeds its pagu in force"),
    PREDICATE_CHANGED_BY_LATE_CORRECTION(Severity.HIGH,
            "{0} was corrected after approval and its predicate changed from {1} to {2}",
            "a realisation corrected after approval moved the indicator's official capaian into another predicate band"),
    EVALUATION_CATEGORY_DIFFERS(Severity.MEDIUM, "the AKIP evaluation {0} gives score {1} the category {2}; the scale gives {3}",
            "an AKIP evaluation states a category that its score does not give (PermenPAN-RB 88/2021)"),
    FOLLOW_UP_EVIDENCE_REUSED(Severity.LOW, "the same evidence {0} is given for the follow-up of recommendations {1}",
            "one evidence link backs the follow-ups of different recommendations of an AKIP evaluation"),
    // narratives checked against the figures (findings/narrative, docs/narratives.md); {0} the part, {1} the indicator
    NARRATIVE_FIGURE_DIFFERS(Severity.MEDIUM,
            "the {0} narrative of {1} states the {2} {3} for {4}, the computed value is {5}: \"{6}\"",
            "a narrative states a realisation, capaian or target that the computed figure of that year does not round to"),
    NARRATIVE_QUOTES_TARGET_AS_REALISATION(Severity.MEDIUM,
            "the {0} narrative of {1} gives {2} ({3}) as the realisation of {4}, the realisation is {5}: \"{6}\"",
            "a narrative quotes a target of the indicator as its realisation"),
    NARRATIVE_PREDICATE_DIFFERS(Severity.MEDIUM,
            "the {0} narrative of {1} calls the result {2}, the tenant's scale gives {3}: \"{4}\"",
            "a narrative names a predicate of the tenant's scale other than the computed one"),
    NARRATIVE_CATEGORY_NOT_IN_SCALE(Severity.LOW,
            "the {0} narrative of {1} uses the category {2}, which the scale {3} does not have (computed: {4}): \"{5}\"",
            "a narrative uses a category word that is not a label of the tenant's predicate scale"),
    NARRATIVE_ACHIEVEMENT_DIFFERS(Severity.MEDIUM,
            "the {0} narrative of {1} says {2}, the computed capaian is {3}: \"{4}\"",
            "a narrative says a target was reached, missed or exceeded where the computed capaian says otherwise"),
    NARRATIVE_TREND_DIFFERS(Severity.MEDIUM,
            "the {0} narrative of {1} says the {2} {3} from {4} to {5}, the computed values are {6} and {7}: \"{8}\"",
            "a narrative says a figure rose or fell against an earlier year where the computed figures moved the other way"),
    NARRATIVE_AMOUNT_DIFFERS(Severity.MEDIUM,
            "the {0} narrative of {1} gives the {2} of {3} as {4}, the computed value is {5}: \"{6}\"",
            "a narrative quotes the pagu, spending or absorption of a budget node it names other than the computed one"),
    NARRATIVE_SAYS_NOT_SPENT(Severity.MEDIUM,
            "the {0} narrative of {1} says {2} was not spent, the spending recorded is {3}: \"{4}\"",
            "a narrative says a budget node was not spent (tidak terserap, tidak dilakukan) while spending on it is recorded"),
    // in-year early warnings (monitoring/, docs/monitoring.md); thresholds from the tenant's reporting calendar
    PROJECTED_TO_MISS_TARGET(Severity.MEDIUM, "{0} is projected to end the year at capaian {1} (PK target {2})",
            "the year-end projection of an indicator gives a capaian below the threshold: the PK target will be missed"),
    BEHIND_RENCANA_AKSI(Severity.MEDIUM, "{0} is at capaian {1} of its rencana aksi through Q{2}",
            "an indicator's year-to-date realisation is behind its rencana aksi target by more than the threshold"),
    ABSORPTION_BELOW_PACE(Severity.MEDIUM, "absorption through Q{0} is {1} %, the pace needed is {2} %",
            "budget absorption is below the pace needed (earlier years' same quarter) by more than the threshold"),
    KEUANGAN_AHEAD_OF_FISIK(Severity.MEDIUM, "{0} has spent {1} % of its pagu but reports {2} % physical progress",
            "a sub-kegiatan's financial progress (% keuangan) is far ahead of its physical progress (% fisik)"),
    NO_DATA_FOR_CLOSED_QUARTER(Severity.HIGH, "{0} realisations of Q{1} are missing after the deadline {2}",
            "the submission deadline of a quarter passed with indicator or budget realisations missing"),
    RECOMMENDATION_OVERDUE(Severity.HIGH, "recommendation {0} of the {1} AKIP evaluation is still {2} after its due date {3}",
            "a recommendation of an AKIP evaluation is not followed up (DONE) by its due date");

    /** How urgently a person should look at it. */
    public enum Severity { LOW, MEDIUM, HIGH }

    private final Severity severity;
    private final String template;
    private final String description;

    FindingCode(Severity severity, String template, String description) {
        this.severity = severity;
        this.template = template;
        this.description = description;
    }

    public Severity severity() {
        return severity;
    }

    public String template() {
        return template;
    }

    public String description() {
        return description;
    }

    /** The message with the arguments filled in as plain text (no number formatting by the template). */
    public String message(Object... arguments) {
        Object[] plain = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            plain[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(template.replace("'", "''"), Locale.ROOT).format(plain);
    }
}
