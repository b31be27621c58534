package id.kinerja.events.realisation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * State of one realisation of an indicator: a quarter (1-4) or the annual figure ({@code quarter} null).
 * {@code value} is as pushed, or computed from numerator/denominator; only APPROVED values are official.
 */
public record IndicatorRealisationPayload(String agencyCode, String indicatorCode, int year, Integer quarter,
                                          BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                                          String category, boolean provisional, LocalDate finalDataExpected,
                                          String dataSource, String drivingFactors, String inhibitingFactors,
                                          String followUp, RealisationStatus status, String statusComment,
                                          String updatedBy) {
}
