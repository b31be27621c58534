// Province, pemda, sign-in, home and public pages. Each page is {crumbs, stream, load(), view(data)}: load() calls
// the API, view() builds the page from its answer; a live change calls load() and view() again and swaps the page
// in one step (same structure, same sizes: no layout shift).

import { get, post, session, enc, ApiError } from './api.js';
import { t, pct, rupiah, num } from './i18n.js';
import { h, predicate, predicates, sortable, kpi, empty, years, printedOr, percent } from './ui.js';
import { bars, legend } from './charts.js';

export const link = {
  province: (p, y) => `#/provinsi/${enc(p)}/${y}`,
  pemda: (tn, y) => `#/pemda/${enc(tn)}/${y}`,
  agency: (tn, a, y) => `#/opd/${enc(tn)}/${enc(a)}/${y}`,
  indicator: (tn, a, y, c) => `#/indikator/${enc(tn)}/${enc(a)}/${y}/${enc(c)}`,
  publicPemda: (tn, y) => `#/publik/${enc(tn)}/${y}`,
  publicAgency: (tn, y, a) => `#/publik/${enc(tn)}/${y}/${enc(a)}`,
};

let tenantsCache = null;

/** Every pemda with its name and province (a short list; any signed-in role may read it). */
export async function tenants() {
  if (!tenantsCache) {
    tenantsCache = get('/api/v1/tenants?pageSize=1000').then((p) => p.items);
  }
  return tenantsCache;
}

export function forgetTenants() {
  tenantsCache = null;
}

/** Per agency: indicators reported (with a realisation) of all indicators, and findings; filled in after the page. */
async function agencyFacts(tenant, agency, year) {
  const [dashboard, findings] = await Promise.all([
    get(`/api/v1/tenants/${enc(tenant)}/agencies/${enc(agency)}/dashboard/${year}`).catch(() => null),
    get(`/api/v1/tenants/${enc(tenant)}/agencies/${enc(agency)}/dashboard/${year}/findings`).catch(() => null),
  ]);
  const indicators = dashboard ? dashboard.sasaran.flatMap((s) => s.indicators) : [];
  return {
    reported: indicators.filter((i) => i.realisation !== undefined || i.realisationCategory !== undefined).length,
    planned: indicators.length,
    findings: findings ? findings.length : null,
  };
}

function completeness(facts) {
  if (!facts) {
    return h('span.muted', '…');
  }
  return facts.planned ? `${facts.reported} ${t('of')} ${facts.planned}` : t('none');
}

// the last facts per row, so a live re-render shows them at once instead of "…" (no flicker, no shift)
const lastFacts = new Map();

function findingsCell(facts) {
  if (!facts) {
    return h('span.muted', '…');
  }
  return facts.findings === null ? t('none') : String(facts.findings);
}

/** Fills the completeness and findings cells of a table once the per-agency facts arrive (same cells). */
async function fillFacts(root, jobs) {
  const queue = [...jobs];
  async function worker() {
    while (queue.length) {
      const { key, facts } = queue.shift();
      const value = await facts();
      lastFacts.set(key, value);
      const row = root.querySelector(`tr[data-key="${CSS.escape(key.split('|')[1])}"]`);
      if (row) {
        row.querySelector('[data-cell="completeness"]').replaceChildren(completeness(value));
        row.querySelector('[data-cell="findings"]').replaceChildren(findingsCell(value));
      }
    }
  }
  await Promise.all([worker(), worker(), worker()]);
}

async function sumFacts(tenant, year) {
  const agencies = (await get(`/api/v1/tenants/${enc(tenant)}/agencies?pageSize=1000`)).items;
  const all = await Promise.all(agencies.map((a) => agencyFacts(tenant, a.code, year)));
  return all.reduce((s, f) => ({ reported: s.reported + f.reported, planned: s.planned + f.planned,
    findings: s.findings + (f.findings ?? 0) }), { reported: 0, planned: 0, findings: 0 });
}

// completeness and on-time % of the monitoring roll-up (docs/monitoring.md), over the quarters already due
function monitoringColumns(totals) {
  const cell = (x) => (x === undefined || x === null ? h('span.muted', t('none')) : pct(x));
  return [
    { key: 'reportingCompleteness', label: t('reportingCompleteness') + ' (%)', num: true, value: (l) => totals(l)?.completeness, render: (l) => cell(totals(l)?.completeness) },
    { key: 'onTime', label: t('onTime') + ' (%)', num: true, value: (l) => totals(l)?.onTime, render: (l) => cell(totals(l)?.onTime) },
  ];
}

export function province(name, year) {
  const sort = { key: 'averageCapaian', dir: -1 };
  return {
    crumbs: [[t('province') + ' ' + name, null]],
    stream: `/api/v1/provinces/${enc(name)}/figures/stream`,
    load: async () => {
      const [d, m] = await Promise.all([get(`/api/v1/provinces/${enc(name)}/dashboard/${year}`),
        get(`/api/v1/provinces/${enc(name)}/monitoring/${year}`).catch(() => null)]);
      return { ...d, monitoring: Object.fromEntries((m?.pemda || []).map((l) => [l.tenant, l.totals])) };
    },
    view(d) {
      const lines = d.pemda;
      const hasFigures = lines.some((l) => l.averageCapaian !== undefined);
      const head = h('div.head', h('div', h('h1', `${t('province')} ${d.province}`),
        h('p.sub', `${t('year')} ${d.year} · ${lines.length} ${t('pemda')}`)), years(year, (y) => link.province(name, y)));
      if (!hasFigures) {
        return h('div', head, empty(t('noData'), h('p', h('a', { href: link.province(name, year - 1) }, `${t('tryYear')} ${year - 1}`))));
      }
      const table = sortable([
        { key: 'name', label: t('pemda'), value: (l) => l.name, render: (l) => h('a', { href: link.pemda(l.tenant, year) }, l.name) },
        { key: 'agencies', label: t('agenciesCount'), num: true, value: (l) => l.agencies, render: (l) => String(l.agencies) },
        { key: 'averageCapaian', label: t('averageCapaian') + ' (%)', num: true, value: (l) => l.averageCapaian, render: (l) => printedOr(l.averagePrinted, l.averageCapaian) },
        { key: 'predicates', label: t('predicates'), render: (l) => predicates(l.predicates) },
        { key: 'absorption', label: t('absorption') + ' (%)', num: true, value: (l) => l.absorption, render: (l) => pct(l.absorption) },
        { key: 'completeness', label: t('completeness'), num: true, render: (l) => completeness(lastFacts.get(`${year}|${l.tenant}`)) },
        { key: 'findings', label: t('findings'), num: true, render: (l) => findingsCell(lastFacts.get(`${year}|${l.tenant}`)) },
        ...monitoringColumns((l) => d.monitoring[l.tenant]),
      ], lines, { caption: `${t('province')} ${d.province} ${d.year}`, rowKey: (l) => l.tenant, state: sort });
      const ranked = [...lines].filter((l) => l.averageCapaian !== undefined).sort((a, b) => b.averageCapaian - a.averageCapaian);
      const node = h('div', head,
        h('div.kpis', kpi(t('averageCapaian'), percent(printedOr(d.averagePrinted, d.averageCapaian)), t('whole'), 'averageCapaian'),
          kpi(t('absorption'), percent(pct(d.absorption)), `${rupiah(d.spent)} ${t('of')} ${rupiah(d.pagu)}`, 'absorption'),
          kpi(t('predicates'), predicates(d.predicateDistribution), null, 'predicates')),
        h('section.card', { 'aria-labelledby': 'rank' }, h('h2', { id: 'rank' }, t('rank')), h('div.chart', bars(ranked.map((l) => ({
          label: l.name, value: l.averageCapaian, text: printedOr(l.averagePrinted, l.averageCapaian), href: link.pemda(l.tenant, year),
        })), { label: t('rank'), reference: 100 }), legend([[t('capaianBar'), '#2f6fb0'], ['100 %', '#b42318', true]]))),
        h('h2', t('pemda')), table);
      fillFacts(node, lines.map((l) => ({ key: `${year}|${l.tenant}`, facts: () => sumFacts(l.tenant, year) })));
      return node;
    },
  };
}

export function pemda(tenant, year) {
  const sort = { key: 'averageCapaian', dir: -1 };
  return {
    crumbs: [[t('pemda') + ' ' + tenant, null]],
    stream: `/api/v1/tenants/${enc(tenant)}/figures/stream`,
    async load() {
      const [d, names, all, m] = await Promise.all([get(`/api/v1/tenants/${enc(tenant)}/dashboard/${year}`),
        get(`/api/v1/tenants/${enc(tenant)}/agencies?pageSize=1000`), tenants().catch(() => []),
        get(`/api/v1/tenants/${enc(tenant)}/monitoring/${year}`).catch(() => null)]);
      return { d, names: Object.fromEntries(names.items.map((a) => [a.code, a.name])), self: all.find((x) => x.code === tenant),
        monitoring: Object.fromEntries((m?.ranking || []).map((l) => [l.agency, l.totals])) };
    },
    crumbsFor({ self }) {
      return [self?.province ? [t('province') + ' ' + self.province, link.province(self.province, year)] : null,
        [self?.name || tenant, null]].filter(Boolean);
    },
    view({ d, names, self, monitoring }) {
      const title = self?.name || tenant;
      const head = h('div.head', h('div', h('h1', title), h('p.sub', `${t('year')} ${d.year} · ${d.agencies.length} ${t('agencies')}`)),
        years(year, (y) => link.pemda(tenant, y)));
      if (!d.agencies.length) {
        return h('div', head, empty(t('noData'), h('p', h('a', { href: link.pemda(tenant, year - 1) }, `${t('tryYear')} ${year - 1}`))));
      }
      const label = (a) => names[a.agency] || a.agency;
      const table = sortable([
        { key: 'agency', label: t('agency'), value: label, render: (a) => h('a', { href: link.agency(tenant, a.agency, year) }, label(a)) },
        { key: 'averageCapaian', label: t('averageCapaian') + ' (%)', num: true, value: (a) => a.averageCapaian,
          render: (a) => a.averageCapaian === undefined ? h('span.muted', a.notAvailable || t('notComputable')) : printedOr(a.averagePrinted, a.averageCapaian) },
        { key: 'predicates', label: t('predicates'), render: (a) => predicates(a.predicates) },
        { key: 'absorption', label: t('absorption') + ' (%)', num: true, value: (a) => a.absorption, render: (a) => pct(a.absorption) },
        { key: 'pagu', label: t('pagu'), num: true, value: (a) => a.pagu, render: (a) => rupiah(a.pagu) },
        { key: 'completeness', label: t('completeness'), num: true, render: (a) => completeness(lastFacts.get(`${tenant}/${year}|${a.agency}`)) },
        { key: 'findings', label: t('findings'), num: true, render: (a) => findingsCell(lastFacts.get(`${tenant}/${year}|${a.agency}`)) },
        ...monitoringColumns((a) => monitoring[a.agency]),
      ], d.agencies, { caption: `${title} ${d.year}`, rowKey: (a) => a.agency, state: sort });
      const ranked = d.agencies.filter((a) => a.averageCapaian !== undefined).sort((a, b) => b.averageCapaian - a.averageCapaian);
      const node = h('div', head,
        h('div.kpis', kpi(t('averageCapaian'), percent(printedOr(d.averagePrinted, d.averageCapaian)), t('whole'), 'averageCapaian'),
          kpi(t('absorption'), percent(pct(d.absorption)), `${rupiah(d.spent)} ${t('of')} ${rupiah(d.pagu)}`, 'absorption'),
          kpi(t('predicates'), predicates(d.predicateDistribution), null, 'predicates')),
        h('section.card', h('h2', t('rank')), h('div.chart', bars(ranked.map((a) => ({
          label: label(a), value: a.averageCapaian, text: printedOr(a.averagePrinted, a.averageCapaian), href: link.agency(tenant, a.agency, year),
        })), { label: t('rank'), reference: 100 }), legend([[t('capaianBar'), '#2f6fb0'], ['100 %', '#b42318', true]]))),
        h('h2', t('agencies')), table);
      fillFacts(node, d.agencies.map((a) => ({ key: `${tenant}/${year}|${a.agency}`, facts: () => agencyFacts(tenant, a.agency, year) })));
      return node;
    },
  };
}

/** Where a signed-in person starts: what their token's scope covers. */
export function home(config) {
  return {
    crumbs: [],
    async load() {
      const who = session.who();
      if (who?.province && !who.tenant) {
        return { go: link.province(who.province, config.defaultYear) };
      }
      if (who?.tenant && who.tenant !== '*') {
        const agencies = Array.isArray(who.agencies) ? who.agencies : who.agencies ? [who.agencies] : [];
        return { go: agencies.length === 1 ? link.agency(who.tenant, agencies[0], config.defaultYear)
          : link.pemda(who.tenant, config.defaultYear) };
      }
      return { all: await tenants() };
    },
    view({ go, all }) {
      if (go) {
        location.replace(go);
        return h('div');
      }
      const provinces = [...new Set(all.map((x) => x.province).filter(Boolean))].sort();
      return h('div', h('h1', t('home')),
        h('div.grid2', h('section.card', h('h2', t('provincesTitle')), h('ul.list', provinces.map((p) =>
          h('li', h('a', { href: link.province(p, config.defaultYear) }, p))))),
        h('section.card', h('h2', t('tenantsTitle')), h('ul.list', all.map((x) =>
          h('li', h('a', { href: link.pemda(x.code, config.defaultYear) }, x.name), ' ', h('span.muted.small', x.province || '')))))));
    },
  };
}

export function signIn(config, startOidc, returnTo) {
  return {
    crumbs: [[t('signIn'), null]],
    load: async () => (config.mode === 'demo' ? get('/api/v1/dashboard/demo-users', { anonymous: true }) : []),
    view(users) {
      const publicLink = h('p', h('a', { href: '#/publik' }, t('publicLink')));
      if (config.mode === 'oidc') {
        return h('div', h('h1', t('signInTitle')), h('p.sub', t('oidcIntro')),
          h('button.btn.primary', { type: 'button', onclick: () => startOidc(returnTo) }, t('oidcButton')), publicLink);
      }
      if (config.mode !== 'demo') {
        // no identity provider configured (e.g. docker compose): a token from ./dev-token.sh, as in Swagger UI
        return h('div', h('h1', t('signInTitle')), h('p.sub', t('noSignIn')), h('form.inline', { onsubmit: (e) => {
          e.preventDefault();
          session.set(String(new FormData(e.target).get('token')).trim().replace(/^Bearer\s+/i, ''));
          forgetTenants();
          location.hash = returnTo && !returnTo.startsWith('#/masuk') ? returnTo : '#/';
        } }, h('label', t('pasteToken'), h('input', { name: 'token', required: true, autocomplete: 'off', size: 40 })),
        h('button.btn.primary', { type: 'submit' }, t('signIn'))), publicLink);
      }
      return h('div', h('h1', t('signInTitle')), h('p.sub', t('demoIntro')), h('h2', t('demoUsers')),
        h('ul.users', users.map((u) => h('li', h('button', { type: 'button', dataset: { user: u.id }, onclick: async () => {
          const token = await post(`/api/v1/dashboard/demo-users/${enc(u.id)}/token`);
          session.set(token.accessToken);
          forgetTenants();
          location.hash = returnTo && !returnTo.startsWith('#/masuk') ? returnTo : '#/';
        } }, h('strong', u.name), h('span.role', `${u.role} · ${u.description}`)))) ), publicLink);
    },
  };
}

/** Published figures of a closed year: no token (the API answers 404 for anything not published). */
export function publicPage(tenant, year, agency) {
  const ask = h('form.inline', { onsubmit: (e) => {
    e.preventDefault();
    const f = new FormData(e.target);
    location.hash = link.publicPemda(String(f.get('tenant')).trim(), String(f.get('year')).trim());
  } }, h('label', t('tenantCode'), h('input', { name: 'tenant', required: true, value: tenant || 'kota-dumai', autocomplete: 'off' })),
  h('label', t('year'), h('input', { name: 'year', required: true, inputmode: 'numeric', pattern: '[0-9]{4}', size: 5, value: year || '' })),
  h('button.btn.primary', { type: 'submit' }, t('show')));
  return {
    crumbs: [[t('publicTitle'), tenant ? '#/publik' : null]],
    async load() {
      if (!tenant || !year) {
        return null;
      }
      const path = agency ? `/api/v1/public/tenants/${enc(tenant)}/agencies/${enc(agency)}/dashboard/${year}`
        : `/api/v1/public/tenants/${enc(tenant)}/dashboard/${year}`;
      try {
        return await get(path, { anonymous: true });
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) {
          return { none: true };
        }
        throw e;
      }
    },
    view(d) {
      const head = h('div', h('h1', t('publicTitle')), h('p.sub', t('publicIntro')), ask);
      if (!d) {
        return head;
      }
      if (d.none) {
        return h('div', head, h('h2', `${tenant} · ${year}`), empty(t('publicNone')));
      }
      if (agency) {
        const rows = d.sasaran.flatMap((s) => s.indicators.map((i) => ({ ...i, sasaran: s.name })));
        return h('div', head, h('h2', `${agency} · ${tenant} · ${year}`), sortable([
          { key: 'sasaran', label: t('sasaran'), render: (i) => i.sasaran },
          { key: 'name', label: t('indicators'), value: (i) => i.name, render: (i) => i.name },
          { key: 'target', label: t('target'), num: true, render: (i) => num(i.target) },
          { key: 'realisation', label: t('realisation'), num: true, render: (i) => num(i.realisation) },
          { key: 'capaian', label: t('capaian') + ' (%)', num: true, value: (i) => i.capaian, render: (i) => printedOr(i.capaianPrinted, i.capaian) },
          { key: 'predicate', label: t('predicate'), render: (i) => predicate(i.predicate) },
        ], rows, { rowKey: (i) => i.code }));
      }
      return h('div', head, h('h2', `${tenant} · ${year}`),
        h('div.kpis', kpi(t('averageCapaian'), percent(printedOr(d.averagePrinted, d.averageCapaian)), null, 'averageCapaian'),
          kpi(t('absorption'), percent(pct(d.absorption)), `${rupiah(d.spent)} ${t('of')} ${rupiah(d.pagu)}`, 'absorption'),
          kpi(t('predicates'), predicates(d.predicateDistribution), null, 'predicates')),
        sortable([
          { key: 'agency', label: t('agency'), value: (a) => a.agency, render: (a) => h('a', { href: link.publicAgency(tenant, year, a.agency) }, a.agency) },
          { key: 'averageCapaian', label: t('averageCapaian') + ' (%)', num: true, value: (a) => a.averageCapaian, render: (a) => printedOr(a.averagePrinted, a.averageCapaian) },
          { key: 'predicates', label: t('predicates'), render: (a) => predicates(a.predicates) },
          { key: 'absorption', label: t('absorption') + ' (%)', num: true, value: (a) => a.absorption, render: (a) => pct(a.absorption) },
        ], d.agencies, { rowKey: (a) => a.agency }));
    },
  };
}
