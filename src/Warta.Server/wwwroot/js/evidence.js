// Evidence view: one event with every report of it — the sentence with the trigger and the actors marked, the rule
// (or model) that coded it, its confidence, the outlet, a link to the article and why it was merged into this event.
'use strict';
(function (W) {
  function facts(pairs) {
    return W.el('dl', { class: 'facts' }, pairs.filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => [W.el('dt', {}, k), W.el('dd', {}, v)]));
  }

  function sentence(d) {
    if (!d.pieces) return W.el('p', { class: 'sentence muted' }, d.sentenceText || '(the article text is not in the store)');
    return W.el('p', { class: 'sentence' }, d.pieces.map(piece =>
      piece.role === 'text' ? piece.text : W.el('mark', { class: piece.role, title: piece.role }, piece.text)));
  }

  function mention(d, labels, i) {
    const m = d.mention;
    const url = W.safeUrl(m.url);
    return W.el('section', { class: 'mention', 'data-article-id': m.articleId },
      W.el('h2', {}, `Report ${i + 1}: `, d.title || m.articleId),
      sentence(d),
      facts([
        ['outlet', m.outlet],
        ['published', m.publicationDate || 'unknown'],
        ['article', m.articleId],
        ['link', url ? W.el('a', { href: url, rel: 'noopener noreferrer', class: 'article-link' }, url)
          : m.url ? `${m.url} (not an http(s) address: not linked)` : null],
        ['coded as', `${W.actorText(m.sourceCode, m.sourceName)} → ${W.cameoName(labels, m.cameo)} → ${W.actorText(m.targetCode, m.targetName)}`],
        ['trigger', d.triggerText],
        ['rule', m.rule.startsWith('learned:') ? `${m.rule} (learned event model)` : m.rule],
        ['confidence', m.confidence === null || m.confidence === undefined ? 'none (coded without models)' : m.confidence.toFixed(2)],
        ['date', `${W.dateText(m.date, m.precision)} — ${m.dateRule}`],
        ['place', m.placeName ? `${m.placeName} (${m.placeKind || 'place'}${m.country ? ', ' + m.country : ''})` : null],
        ['merged', m.mergeReason],
      ]));
  }

  W.renderEvidence = async function (main, p) {
    const id = p.get('id');
    const back = new URLSearchParams([...p].filter(([k]) => k !== 'id'));
    const backLink = W.el('a', { href: '/' + (back.toString() ? '?' + back : ''), id: 'back' }, '« back to events');
    if (!id) { main.replaceChildren(backLink, W.el('p', { class: 'error' }, 'No event id given.')); return; }
    main.replaceChildren(backLink, W.el('p', { class: 'muted' }, 'Loading…'));
    try {
      const [labels, detail] = await Promise.all([W.cameoLabels(), W.getJson('/api/events/' + encodeURIComponent(id))]);
      const e = detail.event;
      main.replaceChildren(backLink,
        W.el('h1', { id: 'event-title' }, W.quadDot(e.quadClass),
          `${W.actorText(e.sourceCode, e.sourceName)} → ${W.cameoName(labels, e.cameo)} → ${W.actorText(e.targetCode, e.targetName)}`),
        W.el('section', {}, facts([
          ['event', e.id],
          ['date', W.dateText(e.date, e.precision) + (e.dateEnd && e.dateEnd !== e.date ? ` to ${e.dateEnd}` : '')],
          ['place', W.placeText(e) + (e.lat !== null && e.lat !== undefined ? ` (${e.lat.toFixed(2)}, ${e.lon.toFixed(2)})` : '')],
          ['QuadClass', `${W.quad(e.quadClass)} ${W.quadNames[W.quad(e.quadClass)]}`],
          ['Goldstein', String(e.goldstein)],
          ['PLOVER', e.plover],
          ['reports', `${e.numMentions} mentions in ${e.numArticles} articles from ${e.numSources} outlets`],
        ]), W.el('p', { class: 'legend' }, W.el('mark', { class: 'trigger' }, 'trigger'), ' ', W.el('mark', { class: 'source' }, 'source'), ' ',
          W.el('mark', { class: 'target' }, 'target'))),
        ...detail.mentions.map((d, i) => mention(d, labels, i)));
      document.title = `Warta — event ${e.id}`;
    } catch (err) { W.showError(main, err); main.prepend(backLink); }
  };
})(window.Warta);
