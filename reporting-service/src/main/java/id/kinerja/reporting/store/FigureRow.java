package id.kinerja.reporting.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** One stored figure: its key within the agency-year, the values of its table's columns, their digest. */
public record FigureRow(String fkey, List<Object> values, String digest) {

    public static FigureRow of(String fkey, Object... values) {
        return new FigureRow(fkey, Arrays.asList(values), digest(fkey + "|" + Arrays.asList(values)));
    }

    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
