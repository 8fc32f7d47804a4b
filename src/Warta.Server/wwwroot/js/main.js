// Picks the view for the path (/ relations and events, /event evidence, /map) and renders it from the query string;
// the browser's back and forward buttons render the state they return to.
'use strict';
(function (W) {
  W.render = function () {
    const main = document.getElementById('main');
    const p = W.params();
    document.getElementById('nav-relations').classList.toggle('current', location.pathname === '/');
    document.getElementById('nav-map').classList.toggle('current', location.pathname === '/map');
    // The map and the table share the filters: the links between them carry the state along.
    const state = new URLSearchParams([...p].filter(([k]) => k !== 'id' && k !== 'cursor')).toString();
    document.getElementById('nav-relations').setAttribute('href', '/' + (state ? '?' + state : ''));
    document.getElementById('nav-map').setAttribute('href', '/map' + (state ? '?' + state : ''));
    switch (location.pathname) {
      case '/event':
        W.renderEvidence(main, p);
        break;
      case '/map':
        W.renderMap(main, p);
        break;
      default: {
        document.title = 'Warta — relations and events';
        const relations = W.el('section', { id: 'relations' });
        const events = W.el('section', { id: 'events-section' });
        main.replaceChildren(relations, events);
        W.renderRelations(relations, p);
        W.renderEvents(events, p);
      }
    }
  };
  window.addEventListener('popstate', W.render);
  W.render();
})(window.Warta);
