// Building blocks of the pages: elements, predicate badges (colour AND label), sortable tables, states.

import { t, pct } from './i18n.js';

/** h('td.num', {dataset: {cell: 'capaian'}}, '97,65'): an element with classes, properties and children. */
export function h(tag, props, ...children) {
  const [name, ...classes] = tag.split('.');
  const node = document.createElement(name);
  if (classes.length) {
    node.className = classes.join(' ');
  }
  if (props && (typeof props !== 'object' || props instanceof Node || Array.isArray(props))) {
    children.unshift(props);
    props = null;
  }
  for (const [k, v] of Object.entries(props || {})) {
    if (v === undefined || v === null || v === false) {
      continue;
    }
    if (k === 'dataset') {
      Object.assign(node.dataset, v);
    } else if (k.startsWith('on')) {
      node.addEventListener(k.slice(2), v);
    } else if (k === 'text') {
      node.textContent = v;
    } else {
      node.setAttribute(k, v === true ? '' : v);
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : String(child));
    }
  }
  return node;
}

// The predicate scales in use name five levels differently (PermenPAN-RB 88/2021 and the regional scales such as
// Dumai's); the level picks the colour, the label is always written next to it.
const LEVELS = [
  [5, ['sangat tinggi', 'sangat berhasil', 'sangat baik', 'aa', 'a']],
  [4, ['tinggi', 'berhasil', 'baik', 'bb', 'b']],
  [3, ['sedang', 'cukup berhasil', 'cukup', 'cc', 'c']],
  [2, ['rendah', 'kurang berhasil', 'kurang', 'd']],
  [1, ['sangat rendah', 'tidak berhasil', 'sangat kurang', 'e']],
];

export function level(predicate) {
  const name = (predicate || '').trim().toLowerCase();
  for (const [n, names] of LEVELS) {
    if (names.includes(name)) {
      return n;
    }
  }
  return 0;
}

export function predicate(label, count) {
  if (!label) {
    return h('span.muted', t('none'));
  }
  return h(`span.pred.p${level(label)}`, { dataset: { predicate: label } }, label,
    count !== undefined ? h('span.n', ' ' + count) : null);
}

/** A distribution {label: count}, best level first. */
export function predicates(counts) {
  const entries = Object.entries(counts || {}).sort((a, b) => level(b[0]) - level(a[0]) || a[0].localeCompare(b[0]));
  if (!entries.length) {
    return h('span.muted', t('none'));
  }
  return h('span.preds', entries.map(([label, n]) => predicate(label, n)));
}

export function loading() {
  return h('p.loading', { role: 'status' }, t('loading'));
}

export function empty(message, ...extra) {
  return h('div.empty', { role: 'status', dataset: { state: 'empty' } }, h('p', message), ...extra);
}

export function failure(error) {
  const message = error.status === 403 ? t('forbidden') : error.status === 404 ? t('notFound')
    : error.status === 401 ? t('unauthorized') : `${t('failed')}: ${error.message}`;
  return h('div.error', { role: 'alert', dataset: { state: 'error', status: error.status || '' } }, h('p', message),
    error.problem?.detail ? h('p.small', error.problem.detail) : null);
}

export function kpi(label, value, note, key) {
  return h('div.kpi', { dataset: { kpi: key } }, h('div.label', label), h('div.value', { dataset: { value: key } }, value),
    note ? h('div.note', note) : null);
}

/**
 * A table whose header buttons sort it (keyboard: Tab to the header, Enter), announced with aria-sort.
 * columns: [{key, label, num, value: row => sortable, render: row => node|string}]; rows: data; rowKey: row => key.
 */
export function sortable(columns, rows, { caption, rowKey, state }) {
  const table = h('table.stack', caption ? h('caption', caption) : null);
  const head = h('tr');
  const body = h('tbody');
  const sort = state || { key: null, dir: 1 };
  function fill() {
    const sorted = [...rows];
    const column = columns.find((c) => c.key === sort.key);
    if (column) {
      sorted.sort((a, b) => compare(column.value(a), column.value(b)) * sort.dir);
    }
    body.replaceChildren(...sorted.map((row) => h('tr', { dataset: { key: rowKey(row) } },
      columns.map((c) => h(c.num ? 'td.num' : 'td', { dataset: { cell: c.key, label: c.label } }, c.render(row))))));
    for (const th of head.children) {
      th.setAttribute('aria-sort', th.dataset.key === sort.key ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none');
    }
  }
  for (const c of columns) {
    const th = h(c.num ? 'th.num' : 'th', { scope: 'col', dataset: { key: c.key } });
    if (c.value) {
      th.append(h('button', { type: 'button', onclick: () => {
        sort.dir = sort.key === c.key ? -sort.dir : (c.num ? -1 : 1);
        sort.key = c.key;
        fill();
      } }, c.label));
    } else {
      th.append(c.label);
    }
    head.append(th);
  }
  table.append(h('thead', head), body);
  fill();
  return h('div.scroll', table);
}

function compare(a, b) {
  if (a === b) {
    return 0;
  }
  if (a === null || a === undefined) {
    return 1;
  }
  if (b === null || b === undefined) {
    return -1;
  }
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'id');
}

/** Year navigation: the previous and next years around the shown one. */
export function years(year, link) {
  const y = Number(year);
  return h('nav.years', { 'aria-label': t('year') },
    h('a', { href: link(y - 1), 'aria-label': `${t('year')} ${y - 1}` }, '‹ ' + (y - 1)),
    h('span', { 'aria-current': 'page' }, String(y)),
    h('a', { href: link(y + 1), 'aria-label': `${t('year')} ${y + 1}` }, (y + 1) + ' ›'));
}

export function printedOr(printed, value) {
  return printed ?? pct(value);
}

/** "97,65 %", or the dash alone when there is no figure. */
export function percent(text) {
  return text === t('none') ? text : `${text} %`;
}
