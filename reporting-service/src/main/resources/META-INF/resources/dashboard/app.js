// The dashboard shell: hash routes, the header (breadcrumbs, language, who is signed in, live mark), loading and
// error states, and the live subscription that re-renders the open page when its figures change.

import { get, session, subscribe, ApiError } from './api.js';
import { t, setLanguage, language, time } from './i18n.js';
import { h, loading, failure } from './ui.js';
import { province, pemda, home, signIn, publicPage, link } from './pages.js';
import { agencyPage, indicatorPage } from './agency.js';
import * as oidc from './oidc.js';

const main = document.getElementById('main');
const crumbsBox = document.getElementById('crumbs');
const liveBox = document.getElementById('live');
let config = { mode: 'none', defaultYear: new Date().getFullYear() - 1 };
let current = null; // {page, data, unsubscribe, token}
let renderCount = 0;

function route() {
  const parts = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  const [name, ...args] = parts;
  const year = (s) => (/^\d{4}$/.test(s || '') ? Number(s) : config.defaultYear);
  switch (name) {
    case 'provinsi': return { page: province(args[0], year(args[1])), auth: true };
    case 'pemda': return { page: pemda(args[0], year(args[1])), auth: true };
    case 'opd': return { page: agencyPage(args[0], args[1], year(args[2])), auth: true };
    case 'indikator': return { page: indicatorPage(args[0], args[1], year(args[2]), args[3]), auth: true };
    case 'publik': return { page: publicPage(args[0], args[1] ? year(args[1]) : null, args[2]), auth: false };
    case 'masuk': return { page: signIn(config, (back) => oidc.start(config, back), sessionStorage.getItem('kinerja.back')), auth: false };
    default: return { page: home(config), auth: true };
  }
}

function showCrumbs(list) {
  const items = [[t('home'), '#/'], ...list];
  crumbsBox.replaceChildren(h('ol', items.map(([label, href], n) => h('li', n === items.length - 1
    ? h('span', { 'aria-current': 'page' }, label) : h('a', { href }, label)))));
  document.title = `${items[items.length - 1][0]} · Kinerja`;
}

function showWho() {
  const who = session.who();
  const box = document.getElementById('who');
  box.replaceChildren(who
    ? h('span', h('span.hide-sm', (who.preferred_username || who.sub) + ' '), h('button', { type: 'button', onclick: () => {
      session.clear();
      location.hash = '#/masuk';
    } }, t('signOut')))
    : h('a', { href: '#/masuk' }, t('signIn')));
}

function setLive(state, at) {
  liveBox.className = 'live' + (state === 'off' ? ' off' : '');
  liveBox.dataset.state = state;
  if (state === 'none') {
    liveBox.replaceChildren();
    return;
  }
  liveBox.replaceChildren(h('span.dot', { 'aria-hidden': 'true' }),
    state === 'off' ? t('reconnecting') : at ? `${t('updated')} ${time(at)}` : t('live'));
  if (at) {
    liveBox.dataset.updated = at.toISOString();
  }
}

/** Swaps the page for its new rendering in one step and marks the rows whose text changed. */
function swap(node, previous) {
  const before = new Map([...(previous?.querySelectorAll('tr[data-key]') || [])].map((r) => [r.dataset.key, r.textContent]));
  main.replaceChildren(node);
  if (previous) {
    node.querySelectorAll('tr[data-key]').forEach((r) => {
      if (before.has(r.dataset.key) && before.get(r.dataset.key) !== r.textContent) {
        r.classList.add('updated');
      }
    });
  }
  main.dataset.render = String(++renderCount);
}

async function render() {
  current?.unsubscribe?.();
  current = null;
  const { page, auth } = route();
  showWho();
  if (auth && !session.token()) {
    sessionStorage.setItem('kinerja.back', location.hash);
    location.replace('#/masuk');
    return;
  }
  showCrumbs(page.crumbs);
  main.replaceChildren(loading());
  main.removeAttribute('data-page-ready');
  main.removeAttribute('data-route');
  setLive('none');
  const token = {};
  current = { page, token };
  let data;
  try {
    data = await page.load();
  } catch (e) {
    if (current?.token !== token) {
      return;
    }
    if (e instanceof ApiError && e.status === 401) {
      session.clear();
      sessionStorage.setItem('kinerja.back', location.hash);
      location.replace('#/masuk');
      return;
    }
    main.replaceChildren(failure(e));
    main.dataset.pageReady = 'error';
    main.dataset.route = location.hash;
    return;
  }
  if (current?.token !== token) {
    return;
  }
  if (page.crumbsFor) {
    showCrumbs(page.crumbsFor(data));
  }
  swap(page.view(data), null);
  performance.mark('kinerja-figures-shown');
  main.dataset.pageReady = 'true';
  main.dataset.route = location.hash;
  if (page.stream && session.token()) {
    live(page, token);
  }
}

function live(page, token) {
  let pending = false;
  setLive('off');
  current.unsubscribe = subscribe(page.stream, {
    onState: (connected) => {
      if (current?.token === token && !connected) {
        setLive('off');
      } else if (current?.token === token && liveBox.dataset.state !== 'on') {
        setLive('on', liveBox.dataset.updated ? new Date(liveBox.dataset.updated) : null);
      }
    },
    onReset: () => refresh(page, token),
    onChange: (change) => {
      if (!page.relevant || page.relevant(change)) {
        refresh(page, token);
      }
    },
  });
  async function refresh() {
    if (pending) {
      return;
    }
    pending = true;
    // changes arrive in bursts (one per recomputed agency-year): read once they settle
    await new Promise((r) => setTimeout(r, 300));
    pending = false;
    try {
      const data = await page.load();
      if (current?.token === token) {
        const y = window.scrollY;
        swap(page.view(data), main.firstElementChild);
        window.scrollTo(0, y);
        setLive('on', new Date());
      }
    } catch {
      setLive('off');
    }
  }
}

function relabel() {
  const button = document.getElementById('lang');
  button.textContent = language() === 'id' ? 'EN' : 'ID';
  button.setAttribute('aria-label', language() === 'id' ? 'English' : 'Bahasa Indonesia');
  document.querySelector('.skip').textContent = language() === 'id' ? 'Lompat ke isi' : 'Skip to content';
  document.getElementById('foot-note').textContent = language() === 'id'
    ? 'Angka dari API pelaporan Kinerja (angka tersimpan dan berversi).'
    : 'Figures from the Kinerja reporting API (stored, versioned figures).';
}

async function start() {
  setLanguage(language());
  relabel();
  document.getElementById('lang').addEventListener('click', () => {
    setLanguage(language() === 'id' ? 'en' : 'id');
    relabel();
    render();
  });
  try {
    config = await get('/api/v1/dashboard/config', { anonymous: true });
  } catch {
    // keep the defaults: no sign-in offered, public pages still work
  }
  if (config.mode === 'oidc') {
    try {
      const next = await oidc.finish(config);
      if (next) {
        location.hash = next;
      }
    } catch (e) {
      main.replaceChildren(failure(e));
    }
  }
  window.addEventListener('hashchange', () => {
    render();
    main.focus({ preventScroll: true });
  });
  render();
}

export { link };
start();
