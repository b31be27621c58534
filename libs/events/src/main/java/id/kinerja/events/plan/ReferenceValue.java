package id.kinerja.events.plan;

import java.math.BigDecimal;

/**
 * An outside value an indicator is compared with in the LKjIP (a national or provincial realisation or standard
 * of the same measure, e.g. the national TPAK), with where it comes from.
 */
public record ReferenceValue(int year, Scope scope, BigDecimal value, String source) {

    public enum Scope { NATIONAL, PROVINCIAL }
}
