package id.kinerja.reporting.document;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.math.BigInteger;

/** Word's built-in heading and caption styles, declared so Word's navigation and contents field know them. */
final class DocxStyles {

    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String CAPTION = "Caption";

    private DocxStyles() {
    }

    static void add(XWPFDocument d) {
        XWPFStyles styles = d.createStyles();
        styles.addStyle(style(HEADING_1, "heading 1", 0));
        styles.addStyle(style(HEADING_2, "heading 2", 1));
        styles.addStyle(style(CAPTION, "caption", -1));
    }

    private static XWPFStyle style(String id, String name, int outline) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        ct.addNewQFormat();
        if (outline >= 0) {
            ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            ct.getPPr().addNewKeepNext();
        }
        return new XWPFStyle(ct);
    }
}
