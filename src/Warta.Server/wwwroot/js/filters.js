// The event filters (shared by the events table and the map): a form bound to the query string, and the API query
// they make. The dyad of the relations view (a, b) filters the events too unless a dyad is given.
'use strict';
(function (W) {
  const fields = [
    ['actor', 'Actor', 'text', 'RUS'],
    ['dyad', 'Dyad', 'text', 'CHN-RUS'],
    ['cameo', 'CAMEO', 'text', '04'],
    ['quadclass', 'QuadClass', 'select', ''],
    ['from', 'From', 'date', ''],
    ['to', 'To', 'date', ''],
    ['place', 'Place', 'text', 'IDN, Jakarta'],
    ['outlet', 'Outlet', 'text', 'kompas.com'],
    ['min-mentions', 'Min mentions', 'number', '1'],
    ['min-confidence', 'Min confidence', 'number', '0.5'],
  ];
  W.filterNames = fields.map(f => f[0]);

  /** The dyad the events are filtered by: the dyad parameter, else the relations view's two actors. */
  W.effectiveDyad = (p) => p.get('dyad') || (p.get('a') && p.get('b') ? `${p.get('a')}-${p.get('b')}` : '');

  /** The /api/events query for the page state (filters, cursor, limit) plus extra parameters. */
  W.eventsQuery = function (p, extra) {
    const q = new URLSearchParams();
    for (const name of W.filterNames) if (p.get(name)) q.set(name, p.get(name));
    const dyad = W.effectiveDyad(p);
    if (dyad) q.set('dyad', dyad);
    for (const [k, v] of Object.entries(extra || {})) if (v !== null && v !== undefined && v !== '') q.set(k, v);
    return q;
  };

  /** The filter form; submitting it puts the filters into the query string (and starts again at the first page). */
  W.filterForm = function (p) {
    const inputs = {};
    const labels = fields.map(([name, label, type, placeholder]) => {
      let input;
      if (type === 'select') {
        input = W.el('select', { name, id: 'filter-' + name },
          W.el('option', { value: '' }, 'any'),
          [1, 2, 3, 4].map(i => W.el('option', { value: String(i) }, `${i} ${W.quadNames[i]}`)));
      } else {
        input = W.el('input', {
          name, id: 'filter-' + name, type, placeholder,
          list: name === 'actor' ? 'actor-list' : null,
          class: type === 'number' ? 'short' : null,
          step: name === 'min-confidence' ? '0.05' : null, min: type === 'number' ? '0' : null,
        });
      }
      if (name === 'actor') input.addEventListener('focus', W.loadActors, { once: true });
      input.value = name === 'dyad' ? W.effectiveDyad(p) : (p.get(name) || '');
      inputs[name] = input;
      return W.el('label', {}, label, input);
    });
    const form = W.el('form', { class: 'bar', id: 'filters' }, labels,
      W.el('button', { type: 'submit', id: 'apply-filters' }, 'Filter'),
      W.el('button', { type: 'button', id: 'clear-filters', onclick: () => W.navigate(Object.fromEntries([...W.filterNames, 'cursor'].map(n => [n, null]))) }, 'Clear'));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const changes = { cursor: null };
      for (const name of W.filterNames) changes[name] = inputs[name].value.trim();
      // A dyad typed as the relations view's own pair stays implicit, so the chart and the table move together.
      if (changes.dyad === W.effectiveDyad(p) && !p.get('dyad')) changes.dyad = null;
      W.navigate(changes);
    });
    return form;
  };
})(window.Warta);
