package id.kinerja.events.planning;

import java.math.BigDecimal;

/**
 * The reporting calendar in force for a tenant (its own, else its province's default, else the platform
 * default; {@code source} says which), with the thresholds of the in-year early warnings. Deadlines are days
 * after the end of each quarter. Planning publishes the resolved calendar per tenant, so a consumer never
 * resolves province defaults itself; {@code versionNo} is the version of the setting it came from.
 */
public record ReportingCalendarPayload(String source, String province, int versionNo, Deadlines indicator,
                                       Deadlines budget, Thresholds thresholds) {

    public static final String TENANT = "TENANT";
    public static final String PROVINCE = "PROVINCE";
    public static final String DEFAULT = "DEFAULT";

    /** Days after quarter end by which data must be submitted, verified and approved. */
    public record Deadlines(int submittedDays, int verifiedDays, int approvedDays) {
    }

    /**
     * Early-warning thresholds, in percentage points: a quarter's capaian this far behind its rencana aksi, an
     * absorption this far below the pace needed, % keuangan this far ahead of % fisik; and the projected capaian
     * below which the PK target counts as projected to be missed.
     */
    public record Thresholds(BigDecimal behindRencanaAksiPoints, BigDecimal absorptionBehindPoints,
                             BigDecimal keuanganAheadOfFisikPoints, BigDecimal projectedCapaianBelow) {
    }

    public static final Deadlines DEFAULT_DEADLINES = new Deadlines(10, 15, 20);
    public static final Thresholds DEFAULT_THRESHOLDS = new Thresholds(new BigDecimal("10"), new BigDecimal("10"),
            new BigDecimal("20"), new BigDecimal("100"));

    /** The platform default: 10/15/20 days after quarter end, the default thresholds. */
    public static ReportingCalendarPayload platformDefault(String province) {
        return new ReportingCalendarPayload(DEFAULT, province, 0, DEFAULT_DEADLINES, DEFAULT_DEADLINES,
                DEFAULT_THRESHOLDS);
    }
}
