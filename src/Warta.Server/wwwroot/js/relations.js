// Relations view: two actors and a period give the cooperation–conflict index, the articles mentioning both
// (coverage) and events by QuadClass (stacked). Clicking a point of a series, or a period of the table, filters the
// events table to that period.
'use strict';
(function (W) {
  function form(p) {
    const a = W.el('input', { name: 'a', id: 'actor-a', list: 'actor-list', placeholder: 'CHN', required: true, autocomplete: 'off' });
    const b = W.el('input', { name: 'b', id: 'actor-b', list: 'actor-list', placeholder: 'RUS', required: true, autocomplete: 'off' });
    // The actor list (for autocomplete) is fetched when an actor field is first used, not on every page load.
    for (const input of [a, b]) input.addEventListener('focus', W.loadActors, { once: true });
    a.value = p.get('a') || '';
    b.value = p.get('b') || '';
    const by = W.el('select', { name: 'by', id: 'period' }, ['day', 'week', 'month'].map(x => W.el('option', { value: x }, x)));
    by.value = p.get('by') || 'month';
    const f = W.el('form', { class: 'bar', id: 'relations-form' },
      W.el('label', {}, 'Actor A (code or name)', a), W.el('label', {}, 'Actor B', b), W.el('label', {}, 'Period', by),
      W.el('button', { type: 'submit', id: 'show-relations' }, 'Show'));
    f.addEventListener('submit', (ev) => {
      ev.preventDefault();
      // A name picked from the list is its code already; a typed code is upper-cased like the API does.
      W.navigate({ a: a.value.trim().toUpperCase(), b: b.value.trim().toUpperCase(), by: by.value, from: null, to: null, cursor: null, dyad: null });
    });
    return f;
  }

  function selectPeriod(period) {
    const r = W.periodRange(period);
    if (r) W.navigate({ from: r.from, to: r.to, cursor: null });
  }

  function width(container) { return Math.max(320, (container.clientWidth || 900) - 10); }

  // The x axis names the periods themselves ("2021-W42") when they are few; many days keep uPlot's own dates.
  function xAxis(periods) {
    if (periods.length > 36) return {};
    const xs = periods.map(x => W.periodTime(x.period));
    return { splits: () => xs, values: () => periods.map(x => x.period) };
  }

  function indexChart(container, periods) {
    const xs = periods.map(x => W.periodTime(x.period));
    const data = [xs, periods.map(x => x.cooperationConflictIndex), periods.map(x => x.articlesMentioningBoth)];
    const u = new uPlot({
      width: width(container), height: 220, title: 'Cooperation–conflict index and coverage',
      scales: { x: { time: true }, idx: { range: [-1, 1] }, n: { range: (_, min, max) => [0, Math.max(1, max)] } },
      series: [
        { label: 'period', value: (_, v, __, i) => i === null || i === undefined ? '' : periods[i].period },
        { label: 'cooperation–conflict index', scale: 'idx', stroke: '#37474f', width: 2, points: { show: true, size: 8 } },
        { label: 'articles mentioning both', scale: 'n', stroke: '#8d99a6', width: 1, dash: [5, 4], points: { show: true, size: 5 } },
      ],
      axes: [xAxis(periods), { scale: 'idx', label: 'index' }, { scale: 'n', side: 1, label: 'articles', grid: { show: false } }],
      cursor: { drag: { x: false, y: false } },
    }, data, container);
    clickable(u, periods);
    return u;
  }

  function quadChart(container, periods) {
    const xs = periods.map(x => W.periodTime(x.period));
    const raw = [1, 2, 3, 4].map(q => periods.map(x => x.byQuadClass[q - 1]));
    const cum = [1, 2, 3, 4].map(q => periods.map((_, i) => raw.slice(0, q).reduce((s, r) => s + r[i], 0)));
    // Bars drawn from the tallest (all four classes) down, so each class shows as its own band of the stack.
    const series = [4, 3, 2, 1].map(q => ({
      label: W.quadNames[q], fill: W.quadColors[q], stroke: W.quadColors[q], width: 0,
      paths: uPlot.paths.bars({ size: [0.7, 48] }), points: { show: false },
      value: (_, v, __, i) => i === null || i === undefined ? '' : String(raw[q - 1][i]),
    }));
    const u = new uPlot({
      width: width(container), height: 200, title: 'Events by QuadClass',
      scales: { x: { time: true }, y: { range: (_, min, max) => [0, Math.max(1, max)] } },
      series: [{ label: 'period', value: (_, v, __, i) => i === null || i === undefined ? '' : periods[i].period }, ...series],
      axes: [xAxis(periods), { label: 'events' }],
      cursor: { drag: { x: false, y: false } },
    }, [xs, cum[3], cum[2], cum[1], cum[0]], container);
    clickable(u, periods);
    return u;
  }

  // A click on the plot picks the period under the cursor (the nearest point).
  function clickable(u, periods) {
    u.over.classList.add('clickable');
    u.over.addEventListener('click', () => {
      const i = u.cursor.idx;
      if (i !== null && i !== undefined && periods[i]) selectPeriod(periods[i].period);
    });
  }

  // The table lists the latest periods (and the selected one): thousands of days stay in the charts only.
  const maxRows = 60;

  function periodTable(all, p) {
    const selected = (period) => { const r = W.periodRange(period); return r && r.from === p.get('from') && r.to === p.get('to'); };
    const periods = all.filter((x, i) => i >= all.length - maxRows || selected(x.period));
    const note = periods.length < all.length
      ? W.el('p', { class: 'muted', id: 'periods-note' }, `The latest ${maxRows} of ${all.length} periods; click the charts for earlier ones.`) : null;
    return [note, W.el('table', { id: 'periods' },
      W.el('thead', {}, W.el('tr', {},
        W.el('th', {}, 'period'), W.el('th', { class: 'num' }, 'events'), W.el('th', { class: 'num' }, 'index'),
        [1, 2, 3, 4].map(q => W.el('th', { class: 'num' }, W.quadDot(q), `Q${q}`)),
        W.el('th', { class: 'num' }, 'mean Goldstein'), W.el('th', { class: 'num' }, 'articles mentioning both'))),
      W.el('tbody', {}, periods.map(x => W.el('tr', { class: selected(x.period) ? 'selected' : null, 'data-period': x.period },
        W.el('td', {}, W.el('button', { type: 'button', class: 'link period', onclick: () => selectPeriod(x.period) }, x.period)),
        W.el('td', { class: 'num' }, x.events), W.el('td', { class: 'num' }, x.cooperationConflictIndex.toFixed(2)),
        x.byQuadClass.map(n => W.el('td', { class: 'num' }, n)),
        W.el('td', { class: 'num' }, x.meanGoldstein.toFixed(2)), W.el('td', { class: 'num' }, x.articlesMentioningBoth)))))];
  }

  W.renderRelations = async function (section, p) {
    section.replaceChildren(W.el('h1', {}, 'Relations between two actors'), form(p));
    if (!p.get('a') || !p.get('b')) {
      section.append(W.el('p', { class: 'muted' }, 'Pick two actors (codes such as CHN and RUS, or names from the list) and a period.'));
      return;
    }
    const out = W.el('div', { id: 'relations-result' }, W.el('p', { class: 'muted' }, 'Loading…'));
    section.append(out);
    try {
      const q = new URLSearchParams({ a: p.get('a'), b: p.get('b'), by: p.get('by') || 'month' });
      const rel = await W.getJson('/api/relations?' + q);
      const periods = rel.periods.filter(x => W.periodRange(x.period));
      if (periods.length === 0) {
        out.replaceChildren(W.el('p', { id: 'relations-empty' }, `No events or articles with both ${rel.a} and ${rel.b}.`));
        return;
      }
      const total = periods.reduce((s, x) => s + x.events, 0);
      const articles = periods.reduce((s, x) => s + x.articlesMentioningBoth, 0);
      const chartIndex = W.el('div', { class: 'chart', id: 'chart-index' });
      const chartQuad = W.el('div', { class: 'chart', id: 'chart-quad' });
      out.replaceChildren(
        W.el('p', { id: 'relations-summary' }, `${rel.a} and ${rel.b} by ${rel.by}: ${total} events in ${periods.length} periods; ` +
          `${articles} articles mentioning both (a rise in coverage is not a change in relations). Click a point or a period to list its events.`),
        chartIndex, chartQuad, ...periodTable(periods, p).filter(Boolean));
      indexChart(chartIndex, periods);
      quadChart(chartQuad, periods);
    } catch (err) { W.showError(out, err); }
  };
})(window.Warta);
