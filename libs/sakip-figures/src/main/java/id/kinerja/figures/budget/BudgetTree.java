package id.kinerja.figures.budget;

/**
 * The budget tree is coded by prefix (program {@code 2.07.03}, kegiatan {@code 2.07.03.1.01}, sub-kegiatan
 * {@code 2.07.03.1.01.0001}): a node's totals are the sums of the leaves whose code it prefixes. Sorting nodes by
 * code lists each node right before the nodes below it.
 */
public final class BudgetTree {

    private BudgetTree() {
    }

    /**
     * The program and kegiatan codes above a sub-kegiatan code by Permendagri 90 numbering (program: the first
     * three segments, kegiatan: the first five), for trees known only by their leaves.
     */
    public static java.util.Map<String, String> ancestors(String subKegiatanCode) {
        String[] segments = subKegiatanCode.split("\\.");
        java.util.Map<String, String> byLevel = new java.util.LinkedHashMap<>();
        if (segments.length > 3) {
            byLevel.put("PROGRAM", String.join(".", java.util.Arrays.asList(segments).subList(0, 3)));
        }
        if (segments.length > 5) {
            byLevel.put("KEGIATAN", String.join(".", java.util.Arrays.asList(segments).subList(0, 5)));
        }
        return byLevel;
    }

    /** Whether {@code code} is the node itself or lies below it. */
    public static boolean covers(String node, String code) {
        return code.equals(node) || (code.startsWith(node) && code.length() > node.length()
                && code.charAt(node.length()) == '.');
    }
}
