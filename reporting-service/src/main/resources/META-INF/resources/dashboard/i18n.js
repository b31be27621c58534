// Words of the dashboard in Indonesian (default) and English. Domain words (capaian, predikat, sasaran, IKU, OPD,
// pemda, serapan, LKjIP) stay Indonesian in both. Numbers are always written the Indonesian way (1.234,56).

const WORDS = {
  id: {
    home: 'Beranda', loading: 'Memuat…', signIn: 'Masuk', signOut: 'Keluar', province: 'Provinsi', pemda: 'Pemda',
    agency: 'OPD', agencies: 'OPD', year: 'Tahun', averageCapaian: 'Rata-rata capaian', predicate: 'Predikat',
    predicates: 'Predikat indikator', absorption: 'Serapan anggaran', pagu: 'Pagu', spent: 'Realisasi anggaran',
    completeness: 'Kelengkapan laporan', findings: 'Temuan', indicators: 'Indikator', target: 'Target',
    realisation: 'Realisasi', capaian: 'Capaian', trend: 'Tren vs tahun lalu', unit: 'Satuan', efficiency: 'Efisiensi',
    sasaran: 'Sasaran', program: 'Program', narratives: 'Narasi', documents: 'Dokumen', explain: 'Rincian perhitungan',
    noData: 'Belum ada data untuk tahun ini.', tryYear: 'Lihat tahun', updated: 'diperbarui', live: 'langsung',
    liveOff: 'pembaruan langsung terputus', reconnecting: 'menyambung ulang…', rank: 'Peringkat capaian',
    rankNote: 'Batang: rata-rata capaian; garis: 100%', quarterly: 'Tren per triwulan (kumulatif s.d. triwulan)',
    yearly: 'Capaian per tahun', absorptionPerProgram: 'Serapan anggaran per program', efficiencyPerSasaran: 'Efisiensi per sasaran',
    noFindings: 'Tidak ada temuan.', notComputable: 'tidak dapat dihitung', reason: 'alasan', publicTitle: 'Angka yang diterbitkan',
    publicIntro: 'Angka resmi (data yang disetujui) tahun yang sudah ditutup, terbuka tanpa masuk.',
    tenantCode: 'Kode pemda', show: 'Tampilkan', publicNone: 'Belum ada angka yang diterbitkan untuk pemda dan tahun ini.',
    signInTitle: 'Masuk ke dasbor Kinerja', demoIntro: 'Jalankan lokal: pilih pengguna demo. Token demo berlaku 8 jam dan hanya ada ketika kunci pengembangan diizinkan.',
    oidcIntro: 'Masuk dengan akun instansi Anda.', oidcButton: 'Masuk dengan SSO', noSignIn: 'Tidak ada penyedia identitas (OIDC) yang dikonfigurasi: tempel token akses.',
    publicLink: 'Angka yang diterbitkan (tanpa masuk)', forbidden: 'Anda tidak berhak melihat halaman ini.',
    unauthorized: 'Sesi Anda berakhir. Silakan masuk lagi.', notFound: 'Data tidak ditemukan.', failed: 'Gagal memuat data',
    provincesTitle: 'Provinsi', tenantsTitle: 'Pemda', of: 'dari', formula: 'Rumus', substituted: 'Dengan angka',
    inputs: 'Masukan (dengan versi)', rules: 'Aturan', version: 'Versi', status: 'Status', record: 'Catatan',
    direction: 'Arah', definition: 'Definisi indikator', source: 'Sumber target', presented: 'Ditampilkan',
    driving: 'Faktor pendorong', inhibiting: 'Faktor penghambat', followUp: 'Tindak lanjut', lkjip: 'Ringkasan LKjIP (JSON)',
    pk: 'Perjanjian Kinerja', quarter: 'Triwulan', annual: 'Tahunan', noNarratives: 'Belum ada narasi.',
    verdict: 'Penilaian', organisation: 'Rata-rata organisasi', whole: 'keseluruhan', sortBy: 'Urutkan menurut',
    open: 'Buka', back: 'Kembali', indicatorsCount: 'indikator', published: 'Diterbitkan', previousYears: 'Tahun sebelumnya',
    monitoring: 'Pemantauan', compliance: 'Kepatuhan pelaporan', projections: 'Proyeksi akhir tahun', warnings: 'Peringatan dini',
    noWarnings: 'Tidak ada peringatan.', reportingCompleteness: 'Kelengkapan (pemantauan)', onTime: 'Tepat waktu', projected: 'Proyeksi', range: 'Rentang', projectedCapaian: 'Proyeksi capaian',
    budgetKind: 'Anggaran', statusCOMPLETE: 'Lengkap', statusLATE: 'Terlambat', statusPARTIAL: 'Sebagian',
    statusMISSING: 'Belum ada', statusOPEN: 'Terbuka', statusNOT_EXPECTED: 'Tidak wajib',
    up: 'naik', down: 'turun', same: 'tetap', points: 'poin', vs: 'dibanding', demoUsers: 'Pengguna demo',
    agenciesCount: 'Jumlah OPD', rp: 'Rp', none: '—', targetPath: 'Target', realisationLine: 'Realisasi',
    capaianBar: 'Capaian', noTrend: 'Belum ada realisasi per triwulan.', notAvailable: 'tidak tersedia',
    dataSource: 'Sumber data', pasteToken: 'Token akses (bearer)',
  },
  en: {
    monitoring: 'Monitoring', compliance: 'Reporting compliance', projections: 'Year-end projections', warnings: 'Early warnings',
    noWarnings: 'No warnings.', reportingCompleteness: 'Completeness (monitoring)', onTime: 'On time', projected: 'Projected', range: 'Range', projectedCapaian: 'Projected capaian',
    budgetKind: 'Budget', statusCOMPLETE: 'Complete', statusLATE: 'Late', statusPARTIAL: 'Partial',
    statusMISSING: 'Missing', statusOPEN: 'Open', statusNOT_EXPECTED: 'Not expected',
    home: 'Home', loading: 'Loading…', signIn: 'Sign in', signOut: 'Sign out', province: 'Province', pemda: 'Pemda',
    agency: 'Agency (OPD)', agencies: 'Agencies (OPD)', year: 'Year', averageCapaian: 'Average capaian', predicate: 'Predikat',
    predicates: 'Indicator predicates', absorption: 'Budget absorption (serapan)', pagu: 'Pagu', spent: 'Spent',
    completeness: 'Reporting completeness', findings: 'Findings', indicators: 'Indicators', target: 'Target',
    realisation: 'Realisation', capaian: 'Capaian', trend: 'Trend vs last year', unit: 'Unit', efficiency: 'Efficiency',
    sasaran: 'Sasaran', program: 'Program', narratives: 'Narratives', documents: 'Documents', explain: 'Worked calculation',
    noData: 'No data for this year yet.', tryYear: 'See year', updated: 'updated', live: 'live',
    liveOff: 'live updates disconnected', reconnecting: 'reconnecting…', rank: 'Ranking by capaian',
    rankNote: 'Bars: average capaian; line: 100%', quarterly: 'Quarterly trend (year to date through the quarter)',
    yearly: 'Capaian by year', absorptionPerProgram: 'Budget absorption per program', efficiencyPerSasaran: 'Efficiency per sasaran',
    noFindings: 'No findings.', notComputable: 'not computable', reason: 'reason', publicTitle: 'Published figures',
    publicIntro: 'Official figures (approved data) of closed years, open without signing in.',
    tenantCode: 'Pemda code', show: 'Show', publicNone: 'Nothing published yet for this pemda and year.',
    signInTitle: 'Sign in to the Kinerja dashboard', demoIntro: 'Local run: pick a demo user. Demo tokens last 8 hours and exist only while the development key is allowed.',
    oidcIntro: 'Sign in with your organisation account.', oidcButton: 'Sign in with SSO', noSignIn: 'No identity provider (OIDC) is configured: paste an access token.',
    publicLink: 'Published figures (no sign-in)', forbidden: 'You are not allowed to see this page.',
    unauthorized: 'Your session ended. Please sign in again.', notFound: 'Not found.', failed: 'Could not load the data',
    provincesTitle: 'Provinces', tenantsTitle: 'Pemda', of: 'of', formula: 'Formula', substituted: 'With numbers',
    inputs: 'Inputs (with versions)', rules: 'Rules', version: 'Version', status: 'Status', record: 'Record',
    direction: 'Direction', definition: 'Indicator definition', source: 'Target source', presented: 'Presented',
    driving: 'Driving factors', inhibiting: 'Inhibiting factors', followUp: 'Follow-up', lkjip: 'LKjIP summary (JSON)',
    pk: 'Performance agreement (PK)', quarter: 'Quarter', annual: 'Annual', noNarratives: 'No narratives yet.',
    verdict: 'Verdict', organisation: 'Organisation average', whole: 'overall', sortBy: 'Sort by',
    open: 'Open', back: 'Back', indicatorsCount: 'indicators', published: 'Published', previousYears: 'Earlier years',
    up: 'up', down: 'down', same: 'unchanged', points: 'points', vs: 'vs', demoUsers: 'Demo users',
    agenciesCount: 'Agencies', rp: 'Rp', none: '—', targetPath: 'Target', realisationLine: 'Realisation',
    capaianBar: 'Capaian', noTrend: 'No quarterly realisations yet.', notAvailable: 'not available',
    dataSource: 'Data source', pasteToken: 'Access token (bearer)',
  },
};

let lang = localStorage.getItem('kinerja.lang') === 'en' ? 'en' : 'id';

export function t(key) {
  return WORDS[lang][key] ?? WORDS.id[key] ?? key;
}

export function language() {
  return lang;
}

export function setLanguage(next) {
  lang = next === 'en' ? 'en' : 'id';
  localStorage.setItem('kinerja.lang', lang);
  document.documentElement.lang = lang;
}

const decimal2 = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 4 });
const whole = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

/** A percentage or index with two decimals, Indonesian style (97,65). */
export function pct(n) {
  return n === null || n === undefined ? t('none') : decimal2.format(n);
}

/** A value as the API gave it, Indonesian style, without padding (4,59; 1.634). */
export function num(n) {
  return n === null || n === undefined ? t('none') : plain.format(n);
}

export function rupiah(n) {
  return n === null || n === undefined ? t('none') : 'Rp ' + whole.format(n);
}

export function time(date) {
  return date.toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false })
    .replace(/\./g, ':');
}
