// Map view: events of the current filters placed by their coordinates (seas and straits too) over country outlines
// served by Warta itself — no tile server, so it works offline. Circles are sized by mentions and coloured by QuadClass.
'use strict';
(function (W) {
  const maxMarkers = 2000;
  let current = null;
  let world = null;

  function tooltip(e, labels) {
    // Leaflet puts a string tooltip in as markup: the tooltip is given as an element built from text.
    return W.el('div', {},
      W.el('strong', {}, `${W.actorText(e.sourceCode, e.sourceName)} → ${W.cameoName(labels, e.cameo)} → ${W.actorText(e.targetCode, e.targetName)}`),
      W.el('br'), `${W.dateText(e.date, e.precision)} · ${W.placeText(e)} · ${e.numMentions} mentions`);
  }

  W.renderMap = async function (main, p) {
    if (current) { current.remove(); current = null; }
    const status = W.el('p', { id: 'map-status', class: 'muted' }, 'Loading…');
    const legend = W.el('p', { class: 'legend' }, [1, 2, 3, 4].map(q => W.el('span', {}, W.quadDot(q), W.quadNames[q])),
      W.el('span', { class: 'muted' }, 'circle area grows with the number of mentions'));
    const div = W.el('div', { id: 'map' });
    main.replaceChildren(W.el('h1', {}, 'Where events happened'), W.el('section', {}, W.filterForm(p)), status, legend, div);
    const map = L.map(div, { attributionControl: false, worldCopyJump: true, minZoom: 1, maxZoom: 10 }).setView([5, 110], 3);
    current = map;
    try {
      const [outlines, page, labels] = await Promise.all([
        world || W.getJson('/assets/vendor/world-countries-110m.geojson'),
        W.getJson('/api/events?' + W.eventsQuery(p, { located: 'true', limit: maxMarkers })),
        W.cameoLabels(),
      ]);
      world = outlines;
      if (current !== map) return;
      L.geoJSON(outlines, { interactive: false, style: { color: '#9aa7b3', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1 } }).addTo(map);
      const markers = page.items.filter(e => typeof e.lat === 'number' && typeof e.lon === 'number').map(e => {
        const q = W.quad(e.quadClass);
        return L.circleMarker([e.lat, e.lon], {
          radius: 4 + 3 * Math.sqrt(Math.max(1, e.numMentions)), color: W.quadColors[q], fillColor: W.quadColors[q],
          fillOpacity: 0.55, weight: 1, className: 'event-marker quad-marker-' + q,
        }).bindTooltip(tooltip(e, labels)).on('click', () => { location.href = '/event?' + new URLSearchParams({ id: e.id }); }).addTo(map);
      });
      status.textContent = `${markers.length} events with a place` + (page.next ? ` (the first ${maxMarkers} by date; narrow the filters to see others)` : '') +
        ` — ${W.effectiveDyad(p) ? 'dyad ' + W.effectiveDyad(p) : 'all actors'}`;
      if (markers.length) map.fitBounds(L.featureGroup(markers).getBounds().pad(0.3), { maxZoom: 6 });
    } catch (err) { W.showError(status, err); }
  };
})(window.Warta);
