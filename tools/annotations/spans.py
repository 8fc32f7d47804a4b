#!/usr/bin/env python3
"""Turn the team's training annotations, written as quoted words, into data/training/<lang>/annotations.jsonl,
which holds only offsets into the shared texts (no text of the articles enters the repository).

usage: spans.py --data ../shared/data [--dev DEV_SPANS.jsonl] [--corpus CORPUS_EVENTS.jsonl ...] --out FILE

DEV_SPANS lines:      {"id", "events": [{"index", "trigger", "source_text", "target_text"}]}  (dev gold events by index)
CORPUS_EVENTS lines:  {"id", "events": [{"source", "target", "symmetric", "codes", "required",
                                         "evidence", "trigger", "source_text", "target_text"}]}
Every quoted piece must be an exact substring of the article (the trigger of its evidence); a piece that is not
stops the tool with the article and event named. Offsets and lengths are in UTF-16 code units, as .NET strings count.
"""
import argparse, json, sys


def utf16(text, i):
    return len(text[:i].encode('utf-16-le')) // 2


def span(text, start, piece):
    return [utf16(text, start), utf16(text, start + len(piece)) - utf16(text, start)]


def nearest(text, piece, anchor):
    """The occurrence of piece closest to anchor (a code-point index), or None."""
    best, i = None, text.find(piece)
    while i >= 0:
        if best is None or abs(i - anchor) < abs(best - anchor): best = i
        i = text.find(piece, i + 1)
    return best


def located(text, evidence, trigger, where):
    e = text.find(evidence)
    if e < 0: sys.exit(f'{where}: evidence is not in the text')
    t = evidence.find(trigger)
    if not trigger or t < 0: sys.exit(f'{where}: trigger is not in the evidence')
    return e, e + t


def actor(text, piece, anchor, where):
    if not piece: return None
    i = nearest(text, piece, anchor)
    if i is None: sys.exit(f'{where}: "{piece}" is not in the text')
    return span(text, i, piece)


def read(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', required=True)
    ap.add_argument('--dev')
    ap.add_argument('--corpus', nargs='*', default=[])
    ap.add_argument('--out', required=True)
    a = ap.parse_args()
    out = []
    if a.dev:
        gold = {g['id']: g for g in read(f'{a.data}/gold/dev-id.jsonl')}
        for line in read(a.dev):
            g = gold[line['id']]; text = g['text']
            events = []
            for e in sorted(line['events'], key=lambda e: e['index']):
                where = f"{line['id']} event {e['index']}"
                _, t = located(text, g['events'][e['index']]['evidence'], e['trigger'], where)
                events.append({'of': e['index'], 'trigger': span(text, t, e['trigger']),
                               'source_text': actor(text, e.get('source_text'), t, where),
                               'target_text': actor(text, e.get('target_text'), t, where)})
            out.append({'id': line['id'], 'in': 'gold/dev-id.jsonl', 'events': events})
    if a.corpus:
        texts = {r['id']: r['text'] for r in read(f'{a.data}/corpus-id/articles.jsonl')}
        seen = set()
        for path in a.corpus:
            for line in read(path):
                if line['id'] in seen: continue
                seen.add(line['id'])
                text = texts[line['id']]
                events = []
                for n, e in enumerate(line['events']):
                    where = f"{line['id']} event {n}"
                    ev, t = located(text, e['evidence'], e['trigger'], where)
                    events.append({'source': e['source'], 'target': e['target'], 'symmetric': bool(e.get('symmetric')),
                                   'codes': e['codes'], 'required': bool(e.get('required')),
                                   'evidence': span(text, ev, e['evidence']), 'trigger': span(text, t, e['trigger']),
                                   'source_text': actor(text, e.get('source_text'), t, where),
                                   'target_text': actor(text, e.get('target_text'), t, where)})
                out.append({'id': line['id'], 'in': 'corpus-id/articles.jsonl', 'events': events})
    with open(a.out, 'w', encoding='utf-8', newline='\n') as f:
        for line in out: f.write(json.dumps(line, ensure_ascii=False, separators=(', ', ': ')) + '\n')
    print(f'{a.out}: {len(out)} articles, {sum(len(l["events"]) for l in out)} events')


if __name__ == '__main__':
    main()
