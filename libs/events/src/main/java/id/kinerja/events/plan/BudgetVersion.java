package id.kinerja.events.plan;

/** DPA: the original budget (murni); DPPA: the revised one (perubahan). */
public enum BudgetVersion {
    DPA, DPPA
}
