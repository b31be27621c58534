package id.kinerja.reporting.findings.narrative;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claim extractor as a case table: a sentence (report year 2024, the scale labels of the Dumai atribut
 * scale besides the common words) and the claims it states, each as {@code KIND ROLE value @year}
 * ({@code value} a range lo-hi; {@code ~p} the precision when not 1 or 0.01; statements with their word).
 */
class ClaimExtractorTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(List.of("Sangat Berhasil", "Berhasil",
            "Cukup Berhasil", "Tidak Berhasil"));

    static String render(Claim c) {
        StringBuilder s = new StringBuilder(c.kind().name());
        if (c.isFigure()) {
            s.append(' ').append(c.role()).append(' ').append(c.quoted().replace(".", ","));
            if (c.precision().compareTo(BigDecimal.ONE) != 0 && c.precision().compareTo(new BigDecimal("0.01")) != 0) {
                s.append(" ~").append(c.precision().stripTrailingZeros().toPlainString());
            }
            if (c.unit() != null) {
                s.append(' ').append(c.unit());
            }
        } else {
            s.append(" '").append(c.word()).append('\'');
        }
        if (c.year() != null) {
            s.append(" @").append(c.year());
        }
        if (c.comparedYear() != null) {
            s.append(" vs ").append(c.comparedYear());
        }
        return s.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # Dumai 2024, 3.1 IKU-1: target, realisation, capaian, a category word, the 2023 figures and the change
            Target yang ditetapkan tahun 2024 adalah 10% realisasi sebesar 4,59%, tercapai 45,9% atau bernilai kinerja sangat rendah. | PERCENT TARGET 10 @2024; PERCENT REALISATION 4,59 @2024; PERCENT CAPAIAN 45,9 ~0.1 @2024; PREDICATE 'sangat rendah' @2024
            Bila dibandingkan dengan realisasi tahun 2023 sebesar 15% atau tercapai sebesar 29,6%, maka capaian tahun 2024 meningkat sebesar 16,3%. | PERCENT REALISATION 15 @2023; PERCENT CAPAIAN 29,6 ~0.1 @2023; PERCENT CHANGE 16,3 ~0.1 @2024; INCREASED 'meningkat' @2024 vs 2023
            # Dumai 3.5 IKU-1: the trend word without a year
            Capaian kinerja untuk indikator Persentase Pencari Kerja Terdaftar yang mendapatkan pelatihan menunjukkan capaian yang menurun. | DECREASED 'menurun' @2024 vs 2023
            # Batu Bara 2023 (BB-E16, BB-E33) and Dumai Lampiran 6 (DM-E12)
            Dari tabel diatas dapat dilihat realisasi indikator kinerja kontribusi sektor perdagangan dalam PDRB tahun 2022 adalah sebesar 17,89%. | PERCENT REALISATION 17,89 @2022
            Dari Tabel diatas dapat diketahui bahwa pencapaian kinerja IKU Tahun 2023 seluruhnya masuk dalam kategori sangat baik. | PREDICATE 'sangat baik' @2023
            Pengadaan Mebel: Kegiatan belanja tidak dilakukan dikarenakan adanya penundaan bayar | NOT_SPENT 'tidak dilakukan'
            # number formats: Indonesian and English decimals, spaced percent, persen, thousands, Rupiah with magnitudes
            Realisasi sebesar 72,84 % dari target. | PERCENT CAPAIAN 72,84
            Realisasi sebesar 72,84 %. | PERCENT REALISATION 72,84
            # Batu Bara 3.3.1: a percentage of the Renstra target is neither realisation nor capaian of the year
            Dari tabel diatas dapat dilihat realisasi Tingkat Partisipasi Angkatan Kerja tahun 2023 mencapai 101,31% dari target yang ditetapkan pada Renstra. | PERCENT UNKNOWN 101,31 @2023
            realisasi mengalami sedikit penurunan dibandingkan dengan realisasi pada tahun 2022 yang sebesar 73,50%. Artinya ada penurunan sebesar 0,56% dibandingkan tahun lalu. | PERCENT REALISATION 73,5 @2022; PERCENT CHANGE 0,56
            realisasi mencapai 72.84 persen | PERCENT REALISATION 72,84
            capaian 1,832.5 % | PERCENT CAPAIAN 1832,5 ~0.1
            realisasi 1,234.567,8 % tanpa satu bacaan | 
            Realisasi anggaran sebesar Rp 3.933.915.154 atau 96,32%. | RUPIAH ABSORPTION 3933915154; PERCENT ABSORPTION 96,32
            pagu sebesar Rp3,9 miliar | RUPIAH PAGU 3900000000 ~100000000
            anggaran Rp. 250 juta belum terealisasi | RUPIAH PAGU 250000000 ~1000000; NOT_SPENT 'belum terealisasi'
            realisasi 29.390.000,00 rupiah | RUPIAH REALISATION 29390000
            realisasi Rp 29.390.000 atau 44,49% | RUPIAH REALISATION 29390000; PERCENT ABSORPTION 44,49
            # counts with units, ranges, the year before
            realisasi tahun lalu sebanyak 1.832 orang | COUNT REALISATION 1832 orang @2023
            capaian berada antara 70-80 % | PERCENT CAPAIAN 70-80
            realisasi 70 s.d. 80 persen pada tahun 2024 | PERCENT REALISATION 70-80
            # achievement words
            Beberapa faktor yang menyebabkan belum tercapainya target kinerja untuk indikator ini | NOT_ACHIEVED 'belum tercapainya'
            Realisasi melampaui target yang ditetapkan. | EXCEEDED 'melampaui target'
            Dengan demikian target telah tercapai. | ACHIEVED 'target telah tercapai'
            Target tidak tercapai karena anggaran terbatas. | NOT_ACHIEVED 'tidak tercapai'
            # Batu Bara 3.3.1: exceeding the Renstra target says nothing about the year's capaian
            Artinya capaian realisasi tahun 2023 ini sudah melebihi target Renstra. | 
            # the tenant's own label, longest first; a lone "baik" without a cue word is no claim
            Capaian indikator ini termasuk kategori Cukup Berhasil. | PREDICATE 'Cukup Berhasil'
            Hubungan baik dengan industri terkait untuk mendukung program pelatihan | 
            # years, codes and list numbers are not figures; the name of a sasaran is no trend
            Renstra 2021-2026 memuat IKU-1 dan 4 sasaran. | 
            Meningkatnya kontribusi sektor perdagangan bagi perekonomian | 
            """)
    void claims(String sentence, String expected) {
        String actual = EXTRACTOR.extract(sentence, 2024).stream().map(ClaimExtractorTest::render)
                .collect(Collectors.joining("; "));
        assertThat(actual).isEqualTo(expected == null ? "" : expected.trim());
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            realisasi 72,8 %           | 72.84      | true
            realisasi 72,8 %           | 72.86      | false
            realisasi 72,84 %          | 72.84      | true
            realisasi 17,89 %          | 17.82      | false
            capaian 108 %              | 108.00     | true
            capaian 108 %              | 108.4      | true
            capaian 108 %              | 108.6      | false
            realisasi antara 70-80 %   | 80.04      | true
            realisasi antara 70-80 %   | 81         | false
            pagu Rp3,9 miliar          | 3933915154 | true
            pagu Rp3,9 miliar          | 3851000000 | true
            pagu Rp3,9 miliar          | 3840000000 | false
            """)
    void roundingTolerance(String sentence, BigDecimal computed, boolean agrees) {
        Claim claim = EXTRACTOR.extract(sentence, 2024).get(0);
        assertThat(Tolerance.agrees(claim, computed)).isEqualTo(agrees);
    }
}
