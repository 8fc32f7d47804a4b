// Events view: a filterable table of stored events, a page at a time (the API's cursor is kept in the query string,
// so the browser's back button returns to the page before). Each row links to the event's evidence.
'use strict';
(function (W) {
  const pageSize = 50;

  function describe(p) {
    const parts = [];
    const dyad = W.effectiveDyad(p);
    if (dyad) parts.push(`dyad ${dyad}`);
    for (const name of W.filterNames) if (name !== 'dyad' && p.get(name)) parts.push(`${name} ${p.get(name)}`);
    return parts.length ? parts.join(', ') : 'all events';
  }

  function row(e, labels, back) {
    const evidence = '/event?' + new URLSearchParams([['id', e.id], ...back]);
    return W.el('tr', { 'data-event-id': e.id },
      W.el('td', {}, W.dateText(e.date, e.precision)),
      W.el('td', {}, W.actorText(e.sourceCode, e.sourceName)),
      W.el('td', {}, W.quadDot(e.quadClass), W.cameoName(labels, e.cameo)),
      W.el('td', {}, W.actorText(e.targetCode, e.targetName)),
      W.el('td', {}, W.placeText(e)),
      W.el('td', { class: 'num' }, e.numMentions),
      W.el('td', { class: 'num' }, e.numSources),
      W.el('td', {}, W.el('a', { href: evidence, class: 'evidence-link' }, 'evidence')));
  }

  W.renderEvents = async function (section, p) {
    const status = W.el('p', { id: 'events-status', class: 'muted' }, 'Loading…');
    const body = W.el('div', { id: 'events-body' });
    section.replaceChildren(W.el('h2', {}, 'Events'), W.filterForm(p), status, body);
    try {
      const [labels, page] = await Promise.all([
        W.cameoLabels(),
        W.getJson('/api/events?' + W.eventsQuery(p, { limit: p.get('limit') || pageSize, cursor: p.get('cursor') })),
      ]);
      status.textContent = `${page.items.length} events${page.next ? ' on this page' : ''} — ${describe(p)}${p.get('cursor') ? ' (a later page)' : ''}`;
      const back = [...W.params()].filter(([k]) => k !== 'id');
      const table = W.el('table', { id: 'events' },
        W.el('thead', {}, W.el('tr', {}, ['date', 'source', 'action', 'target', 'place'].map(h => W.el('th', {}, h)),
          W.el('th', { class: 'num' }, 'mentions'), W.el('th', { class: 'num' }, 'outlets'), W.el('th', {}, ''))),
        W.el('tbody', {}, page.items.map(e => row(e, labels, back))));
      const pager = W.el('div', { class: 'pager' },
        p.get('cursor') ? W.el('button', { type: 'button', id: 'first-page', onclick: () => W.navigate({ cursor: null }) }, '« First page') : null,
        page.next ? W.el('button', { type: 'button', id: 'next-page', onclick: () => W.navigate({ cursor: page.next }) }, 'Next page »') : null);
      body.replaceChildren(page.items.length ? table : W.el('p', {}, 'No event matches these filters.'), pager);
    } catch (err) { W.showError(body, err); status.textContent = ''; }
  };
})(window.Warta);
