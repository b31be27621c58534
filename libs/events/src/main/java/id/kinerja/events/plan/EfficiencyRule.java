package id.kinerja.events.plan;

/** The four efficiency rules of PRIMER section 3: (a) verdict capaian% > serapan%; (b) 1 - serapan/capaian; (c) (capaian - serapan)/capaian x 100; (d) capaian/serapan (x100). */
public enum EfficiencyRule {
    VERDICT_CAPAIAN_ABOVE_SERAPAN, INDEX_ONE_MINUS_RATIO, PERCENT_DIFFERENCE, RATIO
}
