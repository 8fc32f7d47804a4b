// Shared helpers of the dashboard: DOM building (text only, never markup), the page state in the query string,
// API calls, periods and QuadClass names. Every value from the store enters the page as a text node or a property,
// never as markup.
'use strict';
window.Warta = window.Warta || {};
(function (W) {
  /** Builds an element: attrs sets properties/attributes (on* keys add listeners), children are nodes or text. */
  W.el = function (tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  };

  /** An http(s) URL as given, or null: article links never carry javascript: or data: URLs into the page. */
  W.safeUrl = function (url) {
    if (typeof url !== 'string') return null;
    try {
      const u = new URL(url);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch { return null; }
  };

  /** The page state: the query string's parameters. */
  W.params = () => new URLSearchParams(location.search);

  /** Changes the state (null or '' removes a parameter), records it in history and renders the page again. */
  W.navigate = function (changes, path) {
    const p = W.params();
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === undefined || v === '') p.delete(k); else p.set(k, v);
    }
    const q = p.toString();
    history.pushState(null, '', (path || location.pathname) + (q ? '?' + q : ''));
    W.render();
  };

  /** GET a JSON API answer; an error answer throws with the API's message. */
  W.getJson = async function (url) {
    const r = await fetch(url, { headers: { Accept: 'application/json' } });
    let body = null;
    try { body = await r.json(); } catch { body = null; }
    if (!r.ok) throw new Error((body && body.error) || `HTTP ${r.status}`);
    return body;
  };

  W.showError = (container, err) => container.replaceChildren(W.el('p', { class: 'error', role: 'alert' }, String(err.message || err)));

  W.quadNames = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
  W.quadColors = ['', '#2b8cbe', '#31a354', '#fd8d3c', '#de2d26'];
  const quadIndex = { VerbalCooperation: 1, MaterialCooperation: 2, VerbalConflict: 3, MaterialConflict: 4 };
  /** QuadClass as 1..4 from the API's name ("VerbalConflict") or number. */
  W.quad = (q) => typeof q === 'number' ? q : (quadIndex[q] || 0);

  W.quadDot = (q) => W.el('span', { class: 'quad quad-' + W.quad(q), title: W.quadNames[W.quad(q)] });

  /** The CAMEO short names, loaded once ({} when the server has none). */
  let cameo = null;
  W.cameoLabels = async function () {
    if (cameo) return cameo;
    try { cameo = Object.fromEntries((await W.getJson('/api/cameo')).map(c => [c.code, c.label])); } catch { cameo = {}; }
    return cameo;
  };
  W.cameoName = (labels, code) => labels[code] ? `${code} ${labels[code]}` : code;

  const iso = (d) => d.toISOString().slice(0, 10);
  /** The first and last day of a period as the API names it: "2021-10-21", "2021-W42" or "2021-10". */
  W.periodRange = function (period) {
    let m;
    if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(period))) return { from: period, to: period };
    if ((m = /^(\d{4})-W(\d{2})$/.exec(period))) {
      const jan4 = new Date(Date.UTC(+m[1], 0, 4));
      const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (+m[2] - 1) * 7 * 86400000);
      return { from: iso(monday), to: iso(new Date(monday.getTime() + 6 * 86400000)) };
    }
    if ((m = /^(\d{4})-(\d{2})$/.exec(period))) {
      const first = new Date(Date.UTC(+m[1], +m[2] - 1, 1));
      return { from: iso(first), to: iso(new Date(Date.UTC(+m[1], +m[2], 0))) };
    }
    return null;
  };
  /** Seconds since 1970 of a period's first day (the x value of the charts). */
  W.periodTime = (period) => Date.parse(W.periodRange(period).from + 'T00:00:00Z') / 1000;

  /** A date with its precision: "2021-10-21", "2021-10 (month)", "2021-10-20 (publication date)". */
  W.dateText = function (date, precision) {
    if (!date) return 'unknown';
    switch (precision) {
      case 'Month': return date.slice(0, 7) + ' (month)';
      case 'Year': return date.slice(0, 4) + ' (year)';
      case 'Publication': return date + ' (publication date)';
      case 'Day': return date;
      default: return date + (precision ? ` (${String(precision).toLowerCase()})` : '');
    }
  };

  W.actorText = (code, name) => code ? (name && name !== code ? `${name} (${code})` : code) : '—';
  W.placeText = (e) => e.placeName ? (e.country && e.country !== e.placeName ? `${e.placeName}, ${e.country}` : e.placeName) : (e.country || '—');

  /** Fills the shared actor list (autocomplete by code and name) once. */
  let actorsLoaded = false;
  W.loadActors = async function () {
    if (actorsLoaded) return;
    actorsLoaded = true;
    const list = document.getElementById('actor-list');
    try {
      const actors = await W.getJson('/api/actors');
      list.replaceChildren(...actors.map(a => {
        const o = document.createElement('option');
        o.value = a.root;
        o.label = `${a.name || a.root} — ${a.asSource + a.asTarget} events`;
        return o;
      }));
    } catch { actorsLoaded = false; }
  };
})(window.Warta);
