// The agency-year page (sasaran -> IKU, quarterly trends, absorption, efficiency, findings, narratives) and the
// indicator's worked calculation.

import { get, enc, session } from './api.js';
import { t, pct, num, rupiah } from './i18n.js';
import { h, predicate, predicates, kpi, empty, years, printedOr, percent } from './ui.js';
import { bars, lines, legend } from './charts.js';
import { link, tenants } from './pages.js';

const base = (tenant, agency) => `/api/v1/tenants/${enc(tenant)}/agencies/${enc(agency)}`;

async function names(tenant, agency) {
  const [all, self] = await Promise.all([tenants().catch(() => []), get(base(tenant, agency)).catch(() => null)]);
  const pemda = all.find((x) => x.code === tenant);
  return { pemda, agencyName: self?.name || agency };
}

function crumbs(tenant, year, n, last) {
  return [n.pemda?.province ? [t('province') + ' ' + n.pemda.province, link.province(n.pemda.province, year)] : null,
    [n.pemda?.name || tenant, link.pemda(tenant, year)], ...last].filter(Boolean);
}

/** Trend vs last year: arrow, words and the difference in points, never the arrow's colour alone. */
function trend(indicator, comparison, year) {
  const last = comparison?.previousYears?.find((p) => p.year === year - 1);
  if (indicator.capaian === undefined || !last || last.capaian === undefined || last.capaian === null) {
    return h('span.muted', t('none'));
  }
  const diff = Math.round((indicator.capaian - last.capaian) * 100) / 100;
  const [cls, arrow, word] = diff > 0 ? ['up', '▲', t('up')] : diff < 0 ? ['down', '▼', t('down')] : ['same', '▬', t('same')];
  const words = `${word} ${pct(Math.abs(diff))} ${t('points')} ${t('vs')} ${year - 1} (${printedOr(last.capaianPrinted, last.capaian)})`;
  return h(`span.trend.${cls}`, { title: words, dataset: { trend: cls } }, `${arrow} ${pct(Math.abs(diff))}`,
    h('span.small.muted', ` ${t('vs')} ${year - 1}`));
}

function indicatorTable(tenant, agency, year, d) {
  const columns = [t('indicators'), t('unit'), t('target'), t('realisation'), t('capaian') + ' (%)', t('predicate'), t('trend')];
  const body = h('tbody');
  for (const s of d.sasaran) {
    body.append(h('tr.sasaran', { dataset: { sasaran: s.code } }, h('td', { colspan: columns.length },
      `${t('sasaran')} ${s.code}: ${s.name}`)));
    for (const i of s.indicators) {
      body.append(h('tr', { dataset: { key: i.code } },
        h('td', h('a', { href: link.indicator(tenant, agency, year, i.code) }, i.name), ' ',
          h('span.small.muted', i.code + (i.iku ? ' · IKU' : ''))),
        h('td', { dataset: { label: t('unit') } }, i.unit || ''),
        h('td.num', { dataset: { cell: 'target', label: t('target') } }, i.target !== undefined ? num(i.target) : i.targetCategory || t('none')),
        h('td.num', { dataset: { cell: 'realisation', label: t('realisation') } }, i.realisation !== undefined ? num(i.realisation) : i.realisationCategory || t('none')),
        h('td.num', { dataset: { cell: 'capaian', label: t('capaian') + ' (%)' } }, i.capaian !== undefined ? printedOr(i.capaianPrinted, i.capaian)
          : h('span.muted.small', i.notComputable || t('notComputable'))),
        h('td', { dataset: { cell: 'predicate', label: t('predicate') } }, predicate(i.predicate)),
        h('td', { dataset: { cell: 'trend', label: t('trend') } }, trend(i, d.comparisons?.[i.code], year))));
    }
  }
  return h('div.scroll', h('table.stack', h('caption', `${t('sasaran')} → ${t('indicators')}`),
    h('thead', h('tr', columns.map((c, n) => h(n >= 2 && n <= 4 ? 'th.num' : 'th', { scope: 'col' }, c)))), body));
}

function quarterlyCharts(d, quarters) {
  const all = d.sasaran.flatMap((s) => s.indicators);
  return all.map((i) => {
    const per = quarters.map((q) => q?.sasaran.flatMap((s) => s.indicators).find((x) => x.code === i.code));
    // quarterly records: the year-to-date figures through each quarter; an annual record only: the years
    const realised = i.trend?.length > 0;
    const earlier = (d.comparisons?.[i.code]?.previousYears || []).filter((p) => p.capaian !== undefined && p.capaian !== null);
    let chart;
    if (realised) {
      chart = h('div.chart', lines([
        { name: t('targetPath'), color: '#b42318', dashed: true, points: per.map((x, n) => ({ x: n, y: x?.target })) },
        { name: t('realisationLine'), color: '#2f6fb0', points: per.map((x, n) => ({ x: n, y: x?.realisation })) },
      ], ['T1', 'T2', 'T3', 'T4'], { label: `${i.name}: ${t('quarterly')}` }),
      legend([[t('targetPath'), '#b42318', true], [t('realisationLine'), '#2f6fb0']]));
    } else if (earlier.length || i.capaian !== undefined) {
      const points = [...earlier.map((p) => ({ year: p.year, y: p.capaian })), { year: d.year, y: i.capaian }];
      chart = h('div.chart', h('p.small.muted', `${t('noTrend')} ${t('yearly')}:`), lines([
        { name: t('capaian'), color: '#2f6fb0', points: points.map((p, n) => ({ x: n, y: p.y })) },
        { name: '100 %', color: '#b42318', dashed: true, quiet: true, points: points.map((p, n) => ({ x: n, y: 100 })) },
      ], points.map((p) => String(p.year)), { label: `${i.name}: ${t('yearly')}` }),
      legend([[t('capaian') + ' (%)', '#2f6fb0'], ['100 %', '#b42318', true]]));
    } else {
      chart = h('p.muted', t('noTrend'));
    }
    return h('section.card', { dataset: { chart: i.code } }, h('h3', `${i.code} · ${i.name}`), chart);
  });
}

function efficiencyTable(d) {
  return h('div.scroll', h('table', h('thead', h('tr', h('th', { scope: 'col' }, t('sasaran')),
    h('th.num', { scope: 'col' }, t('capaian') + ' (%)'), h('th.num', { scope: 'col' }, t('absorption') + ' (%)'),
    h('th.num', { scope: 'col' }, t('efficiency')), h('th', { scope: 'col' }, t('verdict')))),
  h('tbody', d.sasaran.map((s) => h('tr', { dataset: { key: s.code } }, h('td', `${s.code}: ${s.name}`),
    s.efficiency ? [h('td.num', pct(s.efficiency.capaian)), h('td.num', pct(s.efficiency.serapan)),
      h('td.num', { dataset: { cell: 'efficiency' } }, printedOr(s.efficiency.printed, s.efficiency.value)),
      h('td', s.efficiency.verdict || t('none'))]
      : h('td.muted.small', { colspan: 4 }, s.efficiencyNotComputable || t('notComputable')))))));
}

function findingsList(findings) {
  if (!findings.length) {
    return h('p.muted', t('noFindings'));
  }
  return h('div', findings.map((f) => h(`div.finding.${f.severity}`, { dataset: { finding: f.type } },
    h('div.sev', `${f.severity} · ${f.type}`), h('div', f.message),
    f.numbers ? h('div.small.muted', Object.entries(f.numbers).map(([k, v]) => `${k} ${typeof v === 'number' ? num(v) : v}`).join(' · ')) : null,
    f.records?.length ? h('div.small', f.records.map((r) => h('code', r)), '') : null)));
}

// the stored monitoring figures (docs/monitoring.md): compliance per quarter, year-end projections, warnings
function monitoringCard(m) {
  if (!m) {
    return null;
  }
  const status = (s) => h(`span.status.${(s || '').toLowerCase()}`, t('status' + s) || s);
  const compliance = h('div.scroll', h('table', h('thead', h('tr', [t('quarter'), t('status'), t('indicators'), t('budgetKind')]
    .map((c) => h('th', c)))), h('tbody', (m.compliance || []).map((q) => h('tr', { dataset: { quarter: String(q.quarter) } },
    h('td', `TW ${q.quarter}`), h('td', status(q.status)),
    h('td', status(q.indicator?.status), ` ${q.indicator?.submitted ?? 0}/${q.indicator?.expected ?? 0}`),
    h('td', status(q.budget?.status), ` ${q.budget?.submitted ?? 0}/${q.budget?.expected ?? 0}`))))));
  const range = (p) => (p.low !== undefined && p.low !== null && p.high !== undefined && p.high !== null
    ? `${num(p.low)} – ${num(p.high)}` : (p.rangeUnknown || t('none')));
  const projections = h('div.scroll', h('table', h('thead', h('tr', [t('indicators'), t('target'), t('projected'), t('range'),
    t('projectedCapaian'), t('predicate')].map((c) => h('th', c)))), h('tbody', (m.projections || []).map((p) => h('tr',
    { dataset: { projection: p.indicator } }, h('td', h('code', p.indicator)),
    p.notComputable ? h('td.muted.small', { colspan: 5 }, p.notComputable) : [h('td.num', num(p.target)),
      h('td.num', num(p.projected)), h('td.num.small', range(p)),
      h('td.num', p.projectedCapaian !== undefined && p.projectedCapaian !== null ? pct(p.projectedCapaian) : (p.capaianNotComputable || t('none'))),
      h('td', p.projectedPredicate ? predicate(p.projectedPredicate) : t('none'))])))));
  const warnings = m.warnings || [];
  return h('section.card', { dataset: { card: 'monitoring' } }, h('h2', t('monitoring')),
    h('h3', t('compliance')), compliance, h('h3', t('projections')), (m.projections || []).length ? projections : h('p.muted', t('none')),
    h('h3', `${t('warnings')} (${warnings.length})`), warnings.length ? findingsList(warnings) : h('p.muted', t('noWarnings')));
}

function narratives(lkjip) {
  const items = (lkjip?.chapterIII?.sasaran || []).flatMap((s) => (s.indicators || []).map((i) => ({ i, n: i.narrative || {} })))
    .filter(({ n }) => n.drivingFactors || n.inhibitingFactors || n.followUp);
  if (!items.length) {
    return h('p.muted', t('noNarratives'));
  }
  return h('div', items.map(({ i, n }) => h('div.card', h('h3', `${i.figures.code} · ${i.figures.name}`), h('dl.kv',
    n.drivingFactors ? [h('dt', t('driving')), h('dd', n.drivingFactors)] : null,
    n.inhibitingFactors ? [h('dt', t('inhibiting')), h('dd', n.inhibitingFactors)] : null,
    n.followUp ? [h('dt', t('followUp')), h('dd', n.followUp)] : null))));
}

/** Documents open through fetch (the token goes in a header, never in a link). */
function documentLink(label, path) {
  return h('button.btn', { type: 'button', style: null, onclick: async () => {
    const response = await fetch(path, { headers: { Authorization: 'Bearer ' + session.token() } });
    const blob = new Blob([JSON.stringify(await response.json(), null, 2)], { type: 'application/json' });
    window.open(URL.createObjectURL(blob), '_blank', 'noopener');
  } }, label);
}

// the rendered LKjIP (PDF to read, DOCX to add prose before signing): fetched with the token, saved as a file
function documentDownload(label, path, filename) {
  return h('button.btn', { type: 'button', style: null, onclick: async () => {
    const response = await fetch(path, { headers: { Authorization: 'Bearer ' + session.token() } });
    if (!response.ok) {
      return;
    }
    const a = document.createElement('a');
    a.href = URL.createObjectURL(await response.blob());
    a.download = filename;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  } }, label);
}

export function agencyPage(tenant, agency, year) {
  const path = `${base(tenant, agency)}/dashboard/${year}`;
  return {
    crumbs: [[agency, null]],
    stream: `/api/v1/tenants/${enc(tenant)}/figures/stream`,
    relevant: (change) => (!change.agencyCode || change.agencyCode === agency) && (!change.year || change.year === year),
    async load() {
      const [d, findings, lkjip, n, monitoring, ...quarters] = await Promise.all([get(path + '?compare=true'),
        get(path + '/findings').catch(() => []), get(`${base(tenant, agency)}/lkjip/${year}`).catch(() => null),
        names(tenant, agency), get(`${base(tenant, agency)}/monitoring/${year}`).catch(() => null),
        ...[1, 2, 3].map((q) => get(`${path}?through=${q}`).catch(() => null))]);
      return { d, findings, lkjip, n, monitoring, quarters: [...quarters, null] };
    },
    crumbsFor({ n }) {
      return crumbs(tenant, year, n, [[n.agencyName, null]]);
    },
    view({ d, findings, lkjip, n, monitoring, quarters }) {
      quarters[3] = d;
      const indicators = d.sasaran.flatMap((s) => s.indicators);
      const head = h('div.head', h('div', h('h1', n.agencyName), h('p.sub', `${n.pemda?.name || tenant} · ${t('year')} ${d.year}`)),
        years(year, (y) => link.agency(tenant, agency, y)));
      if (!indicators.length) {
        return h('div', head, empty(t('noData')));
      }
      const counts = {};
      indicators.filter((i) => i.predicate).forEach((i) => { counts[i.predicate] = (counts[i.predicate] || 0) + 1; });
      const reported = indicators.filter((i) => i.realisation !== undefined || i.realisationCategory !== undefined).length;
      const avg = d.organisationAverage;
      const programs = d.budget?.programs || [];
      return h('div', head,
        h('div.kpis', kpi(t('organisation'), avg ? percent(printedOr(avg.printed, avg.value)) : t('none'),
          avg ? `${avg.indicators.length} ${t('indicatorsCount')}` : null, 'averageCapaian'),
          kpi(t('absorption'), d.budget ? percent(printedOr(d.budget.absorptionPrinted, d.budget.absorption)) : t('none'),
            d.budget ? `${rupiah(d.budget.spent)} ${t('of')} ${d.budget.paguRupiah || rupiah(d.budget.pagu)}` : null, 'absorption'),
          kpi(t('completeness'), `${reported} ${t('of')} ${indicators.length}`, t('indicatorsCount'), 'completeness'),
          kpi(t('findings'), String(findings.length), null, 'findings'),
          kpi(t('predicates'), predicates(counts), null, 'predicates')),
        h('h2', `${t('sasaran')} & ${t('indicators')}`), indicatorTable(tenant, agency, year, d),
        h('h2', t('quarterly')), h('div.grid2', quarterlyCharts(d, quarters)),
        h('section.card', h('h2', t('absorptionPerProgram')), programs.length ? h('div.chart', bars(programs.map((p) => ({
          label: `${p.code} ${p.name}`, value: p.absorption, text: pct(p.absorption),
        })), { label: t('absorptionPerProgram'), max: 100 })) : h('p.muted', t('none'))),
        h('section.card', h('h2', t('efficiencyPerSasaran')), efficiencyTable(d)),
        h('section.card', h('h2', `${t('findings')} (${findings.length})`), findingsList(findings)),
        monitoringCard(monitoring),
        h('section.card', h('h2', t('narratives')), narratives(lkjip)),
        h('section.card', h('h2', t('documents')), h('p', documentLink(t('lkjip'), `${base(tenant, agency)}/lkjip/${year}`),
            ' ', documentDownload('LKjIP (PDF)', `${base(tenant, agency)}/lkjip/${year}/document?format=pdf`, `LKjIP-${agency}-${year}.pdf`),
            ' ', documentDownload('LKjIP (DOCX)', `${base(tenant, agency)}/lkjip/${year}/document?format=docx`, `LKjIP-${agency}-${year}.docx`)),
          d.sasaran.flatMap((s) => s.indicators).some((i) => (i.targetSource || '').startsWith('PK'))
            ? h('p.small.muted', `${t('pk')}: ${[...new Set(indicators.map((i) => i.targetSource).filter((x) => x?.startsWith('PK')))].join(', ')}`) : null));
    },
  };
}

function figure(label, f) {
  if (!f) {
    return null;
  }
  return h('section.card', h('h2', label), h('dl.kv', h('dt', t('formula')), h('dd', f.formula),
    h('dt', t('substituted')), h('dd', h('code', { dataset: { cell: 'substituted' } }, f.substituted)),
    h('dt', '='), h('dd', h('strong', num(f.value)))));
}

export function indicatorPage(tenant, agency, year, code) {
  return {
    crumbs: [[code, null]],
    stream: `/api/v1/tenants/${enc(tenant)}/figures/stream`,
    relevant: (change) => (!change.agencyCode || change.agencyCode === agency) && (!change.year || change.year === year),
    async load() {
      const [x, n] = await Promise.all([get(`${base(tenant, agency)}/dashboard/${year}/indicators/${enc(code)}/explain`),
        names(tenant, agency)]);
      return { x, n };
    },
    crumbsFor({ n }) {
      return crumbs(tenant, year, n, [[n.agencyName, link.agency(tenant, agency, year)], [code, null]]);
    },
    view({ x }) {
      const def = x.definition?.payload || {};
      return h('div', h('div.head', h('div', h('h1', def.name || code), h('p.sub', `${code} · ${t('year')} ${year} · ${t('explain')}`)),
        years(year, (y) => link.indicator(tenant, agency, y, code))),
      h('div.kpis', kpi(t('target'), num(x.target), `${t('source')}: ${x.targetSource}`, 'target'),
        kpi(t('realisation'), x.realisation ? num(x.realisation.value) : t('none'), null, 'realisation'),
        kpi(t('capaian') + ' (%)', x.printed ?? t('none'), `${t('presented')}: ${num(x.presented)}`, 'capaian'),
        kpi(t('predicate'), predicate(x.predicate), null, 'predicate')),
      h('section.card', h('h2', t('definition')), h('dl.kv',
        def.formula ? [h('dt', t('formula')), h('dd', def.formula)] : null,
        def.numeratorDefinition ? [h('dt', '÷'), h('dd', `${def.numeratorDefinition} / ${def.denominatorDefinition || ''}`)] : null,
        h('dt', t('direction')), h('dd', def.direction || t('none')),
        h('dt', t('unit')), h('dd', def.unit || t('none')),
        def.dataSource ? [h('dt', t('dataSource')), h('dd', def.dataSource)] : null,
        h('dt', t('record')), h('dd', h('code', `${x.definition?.aggregateId} ${t('version')} ${x.definition?.version}`)))),
      h('div.grid2', figure(t('realisation'), x.realisation), figure(t('capaian'), x.capaian)),
      h('section.card', h('h2', t('inputs')), h('div.scroll', h('table', h('thead', h('tr', [t('record'), t('version'),
        t('quarter'), t('realisation'), t('status')].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', (x.realisations || []).map((r) => h('tr', h('td', h('code', r.aggregateId)), h('td.num', String(r.version)),
        h('td', r.payload.quarter ? `T${r.payload.quarter}` : t('annual')),
        h('td.num', r.payload.value !== null && r.payload.value !== undefined ? num(r.payload.value)
          : `${num(r.payload.numerator)} / ${num(r.payload.denominator)}`),
        h('td', r.payload.status))))))),
      h('section.card', h('h2', t('rules')), h('dl.kv', h('dt', t('predicate')), h('dd', x.rules?.predicateScale || t('none')),
        h('dt', t('version')), h('dd', `${x.rules?.version ?? t('none')} (${x.rules?.effectiveFromYear ?? ''})`),
        h('dt', t('efficiency')), h('dd', x.rules?.efficiencyRule || t('none')),
        h('dt', 'Rounding'), h('dd', x.rules?.rounding || t('none')))));
    },
  };
}
