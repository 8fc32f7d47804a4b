#!/usr/bin/env python3
"""Scores Warta's English coding on the PETRARCH GigaWord gold standard and the PLOVER gold standard.

Warta reads the raw text of each record (never a parse). Usage:
  python3 tools/eval-english/score.py gigaword [--errors] [--parsed]   # ../shared/data/petrarch-validation/gigaword-gsr.records.jsonl
                                                                       # --parsed: the 59 records with a constituency parse
  python3 tools/eval-english/score.py plover [--errors]     # ../shared/data/plover/gold-standard/plover-gsr-cameo.jsonl

GigaWord: event level, actors compared on their first three letters (as PETRARCH2 is scored), root = first two
digits of the CAMEO code; an event without a target is compared as '---' (the gold's own mark); a symmetric event counts
as one event in each direction; precision = matched Warta events / Warta events, recall = matched / expected events.
PLOVER: a sentence is right when one of Warta's events on it has the gold PLOVER type (event_plover_2021).
The gold files are only read, never copied; the script exits 0 with a message when they are absent.
"""
import json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(os.path.dirname(REPO), "shared", "data")
if not os.path.isdir(SHARED):
    SHARED = "/work/shared/data"
FILES = {
    "gigaword": os.path.join(SHARED, "petrarch-validation", "gigaword-gsr.records.jsonl"),
    "plover": os.path.join(SHARED, "plover", "gold-standard", "plover-gsr-cameo.jsonl"),
}
WARTA = os.path.join(REPO, "src", "Warta.Cli", "bin", "Release", "net10.0", "warta.dll")


def code(records):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps({"id": r["id"], "text": r["text"], "date": r.get("date") or "2000-01-01", "lang": "en"}) + "\n")
        path = f.name
    try:
        out = subprocess.run(["dotnet", WARTA, "code", path, "--format", "jsonl"], capture_output=True, text=True, check=False)
    finally:
        os.unlink(path)
    events = {}
    for line in out.stdout.splitlines():
        if line.startswith("{"):
            e = json.loads(line)
            events.setdefault(e["article_id"], []).append(e)
    return events


def actor(a):
    # an event without a target (or source) is scored as the gold files write it: '---'
    return ((a or {}).get("code") or "---")[:3]


def directions(e):
    # a symmetric event (a meeting, talks, a cooperation) is an act of each side towards the other: PETRARCH2 and the
    # gold write it as two events, so it is scored as both (each counted as found)
    one = (actor(e.get("source")), actor(e.get("target")), e["root"])
    return [one, (one[1], one[0], one[2])] if e.get("symmetric") and e.get("target") else [one]


def gigaword(records, errors):
    events = code(records)
    n_found = n_expected = n_match = 0
    for r in records:
        got = [t for e in events.get(r["id"], []) for t in directions(e)]
        want = [(x["source"][:3], x["target"][:3], x["code"][:2]) for x in r.get("expected", [])]
        left = list(want)
        hits = 0
        for g in got:
            if g in left:
                left.remove(g); hits += 1
        n_found += len(got); n_expected += len(want); n_match += hits
        if errors and (hits < len(got) or left):
            print(f"{r['id']}: want {want} got {got}\n  {r['text']}")
    p = n_match / n_found if n_found else 0.0
    rc = n_match / n_expected if n_expected else 0.0
    print(f"gigaword {len(records)} records: {n_found} events, {n_expected} expected, {n_match} right; root P {p:.3f} R {rc:.3f}")


def plover(records, errors):
    events = code(records)
    right = 0
    for r in records:
        types = [e["plover"] for e in events.get(r["id"], [])]
        want = r.get("event_plover_2021") or r.get("event")
        if want in types:
            right += 1
        elif errors:
            print(f"{r['id']}: want {want} got {types}\n  {r['text']}")
    print(f"plover {len(records)} sentences: right type on {right} ({right / len(records):.1%})")


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in FILES:
        sys.exit(__doc__)
    path = FILES[sys.argv[1]]
    if not os.path.exists(path):
        print(f"skipped: {path} is absent"); return
    with open(path, encoding="utf-8") as f:
        records = [json.loads(l) for l in f if l.strip()]
    if "--parsed" in sys.argv:
        records = [r for r in records if r.get("parse_constituency")]
    (gigaword if sys.argv[1] == "gigaword" else plover)(records, "--errors" in sys.argv)


if __name__ == "__main__":
    main()
