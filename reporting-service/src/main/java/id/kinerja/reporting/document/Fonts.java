package id.kinerja.reporting.document;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The embedded DejaVu Sans (resources/fonts, Bitstream Vera licence in DejaVu-LICENSE.txt): full Indonesian
 * coverage, the same glyphs in the PDF and the charts whatever fonts the host has.
 */
public final class Fonts {

    public static final String REGULAR = "/fonts/DejaVuSans.ttf";
    public static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";
    public static final String ITALIC = "/fonts/DejaVuSans-Oblique.ttf";
    private static final Font AWT_REGULAR = awt(REGULAR);
    private static final Font AWT_BOLD = awt(BOLD);

    private Fonts() {
    }

    public static InputStream open(String resource) {
        InputStream in = Fonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("font missing from the jar: " + resource);
        }
        return in;
    }

    /** For the charts. */
    static Font chart(boolean bold, float size) {
        return (bold ? AWT_BOLD : AWT_REGULAR).deriveFont(size);
    }

    private static Font awt(String resource) {
        try (InputStream in = open(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
