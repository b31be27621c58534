// Small SVG charts drawn from the API's numbers: no chart library to download (the page stays light), text in the
// SVG so the value is never carried by length or colour alone, and a fixed size per row so live updates do not
// shift the layout.

import { pct, num } from './i18n.js';

const NS = 'http://www.w3.org/2000/svg';

function el(name, attrs = {}, text) {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) {
    node.setAttribute(k, v);
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

/** Drawn at its own pixel size (never stretched, so text stays 12 px), shrunk to fit narrower screens. */
function svg(W, height, label) {
  const root = el('svg', { viewBox: `0 0 ${W} ${height}`, width: W, height, role: 'img', 'aria-label': label });
  root.append(el('title', {}, label));
  return root;
}

/**
 * Horizontal bars in HTML, one row each (label above its bar, so long names fit a phone and text never shrinks):
 * items {label, value, text, href}. A dashed reference line (e.g. 100 %) when given.
 */
export function bars(items, { label, reference, max }) {
  const top = Math.max(max ?? 0, reference ?? 0, ...items.map((i) => i.value ?? 0), 1);
  const share = (v) => `${(Math.max(v, 0) / top) * 100}%`;
  const list = document.createElement('ul');
  list.className = 'hbars';
  list.setAttribute('aria-label', label);
  for (const item of items) {
    const row = document.createElement('li');
    const name = document.createElement(item.href ? 'a' : 'span');
    name.className = 'name';
    name.textContent = item.label;
    if (item.href) {
      name.href = item.href;
    }
    const track = document.createElement('span');
    track.className = 'track';
    track.setAttribute('aria-hidden', 'true');
    const fill = document.createElement('span');
    fill.className = 'fill';
    fill.style.width = item.value === null || item.value === undefined ? '0' : share(item.value);
    track.append(fill);
    if (reference !== undefined) {
      const ref = document.createElement('span');
      ref.className = 'ref';
      ref.style.left = share(reference);
      track.append(ref);
    }
    const value = document.createElement('span');
    value.className = 'val';
    value.textContent = item.text ?? pct(item.value);
    row.append(name, track, value);
    list.append(row);
  }
  return list;
}

/**
 * Lines over a few points (quarters or years): series [{name, color, dashed, points: [{x, y}]}], xs: the x labels.
 */
export function lines(series, xs, { label, unit = '', W = 420 }) {
  const height = 190;
  const left = 48;
  const right = 16;
  const top = 14;
  const bottom = 30;
  const values = series.flatMap((s) => s.points.map((p) => p.y)).filter((v) => v !== null && v !== undefined);
  const max = Math.max(...values, 1) * 1.15;
  const x = (i) => left + (xs.length === 1 ? (W - left - right) / 2 : (i * (W - left - right)) / (xs.length - 1));
  const y = (v) => top + (1 - v / max) * (height - top - bottom);
  const root = svg(W, height, label);
  // grid lines below the top, so no axis label meets a point's label there
  for (let g = 0; g < 4; g++) {
    const v = (max * g) / 4;
    root.append(el('line', { class: 'grid', x1: left, x2: W - right, y1: y(v), y2: y(v) }));
    root.append(el('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end' }, num(Math.round(v * 10) / 10)));
  }
  xs.forEach((name, i) => root.append(el('text', { x: x(i), y: height - 8, 'text-anchor': 'middle' }, name)));
  for (const s of series) {
    const points = s.points.filter((p) => p.y !== null && p.y !== undefined);
    if (points.length > 1) {
      root.append(el('polyline', {
        points: points.map((p) => `${x(p.x)},${y(p.y)}`).join(' '), fill: 'none', stroke: s.color,
        'stroke-width': 2.5, 'stroke-dasharray': s.dashed ? '6 4' : '',
      }));
    }
    for (const p of points.filter(() => !s.quiet)) {
      root.append(el('circle', { cx: x(p.x), cy: y(p.y), r: 4, fill: s.color }));
      root.append(el('text', { x: x(p.x), y: y(p.y) - 8, 'text-anchor': 'middle', 'font-size': 11 }, num(p.y) + unit));
    }
  }
  return root;
}

/** A legend in HTML under a chart: colour key and the words. */
export function legend(entries) {
  const box = document.createElement('div');
  box.className = 'legend';
  for (const [name, color, dashed] of entries) {
    const item = document.createElement('span');
    const key = document.createElement('span');
    key.className = 'key';
    key.style.background = dashed ? `repeating-linear-gradient(90deg, ${color} 0 6px, transparent 6px 10px)` : color;
    item.append(key, name);
    box.append(item);
  }
  return box;
}
