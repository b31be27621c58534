package id.kinerja.reporting.document.lkjip;

import id.kinerja.reporting.document.Charts;
import id.kinerja.reporting.document.DocBuilder;
import id.kinerja.reporting.document.DocumentSource;
import id.kinerja.reporting.figures.Comparison;
import id.kinerja.reporting.lkjip.LkjipSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The trend of each IKU's capaian over the Renstra years held (earlier years from the stored comparison). */
final class Trend {

    private Trend() {
    }

    static void add(DocBuilder b, DocumentSource src) {
        LkjipSummary s = src.summary();
        List<Charts.Point> points = new ArrayList<>();
        for (LkjipSummary.SasaranResult sr : s.chapterIII().sasaran()) {
            for (LkjipSummary.IndicatorResult ir : sr.indicators()) {
                if (!ir.figures().iku() || ir.comparison() == null || ir.comparison().previousYears() == null
                        || ir.comparison().previousYears().stream().allMatch(p -> p.capaian() == null)) {
                    continue;
                }
                String series = ir.figures().code();
                ir.comparison().previousYears().stream().sorted(Comparator.comparingInt(Comparison.PastYear::year))
                        .filter(p -> p.capaian() != null)
                        .forEach(p -> points.add(new Charts.Point(series, String.valueOf(p.year()), p.capaian())));
                if (ir.figures().capaian() != null) {
                    points.add(new Charts.Point(series, String.valueOf(s.year()), ir.figures().capaian()));
                }
            }
        }
        b.section("Tren Capaian " + s.chapterII().renstra().periodStart() + "–" + s.year());
        if (points.isEmpty()) {
            b.note("Tidak ada capaian tahun sebelumnya yang tercatat untuk IKU; tren belum dapat ditampilkan.");
            return;
        }
        points.sort(Comparator.comparing(Charts.Point::category));
        String label = b.figure("Tren capaian IKU selama periode Renstra", Charts.trend(points, 320), Charts.WIDTH, 320);
        b.para(label + " menunjukkan capaian setiap IKU pada tahun-tahun Renstra yang datanya tercatat.");
    }
}
