#!/usr/bin/env bash
# English throughput, Warta beside PETRARCH2, in one run: the 59 GigaWord gold sentences that have a constituency
# parse, each repeated 100 times (5,900 sentences). PETRARCH2 codes the pre-parsed records with its Phoenix
# dictionaries; Warta reads the raw text. Reported: sentences per CPU-second (user+sys) and max RSS.
# PETRARCH2's coding-only rate subtracts a run on one sentence (its dictionary loading); Warta's includes start-up.
#
#   PETRARCH2_SRC=/path/to/petrarch2-checkout bench/petrarch2-side-by-side/run.sh
#
# PETRARCH2 is a measuring instrument, never a dependency: get it with `git clone https://github.com/openeventdata/petrarch2`.
# It runs under Python 2.7 (PYTHON2, default pyenv's 2.7.18) with pure-Python dateutil and six taken from
# the system Python 3 (PY_SITE, default: where python3 finds dateutil). The gold file is read from ../shared.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
GOLD="${GOLD:-$REPO/../shared/data/petrarch-validation/gigaword-gsr.records.jsonl}"
[ -f "$GOLD" ] || GOLD=/work/shared/data/petrarch-validation/gigaword-gsr.records.jsonl
[ -f "$GOLD" ] || { echo "skipped: no gold file $GOLD"; exit 0; }
PYTHON2="${PYTHON2:-/root/.pyenv/versions/2.7.18/bin/python}"
PY_SITE="${PY_SITE:-$(dirname "$(dirname "$(python3 -c 'import dateutil; print(dateutil.__file__)')")")}"
: "${PETRARCH2_SRC:?set PETRARCH2_SRC to a checkout of openeventdata/petrarch2}"
REPEAT="${REPEAT:-100}"
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT

python3 - "$GOLD" "$WORK" "$REPEAT" <<'PY'
import json, sys, html
gold, work, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
recs = [json.loads(l) for l in open(gold, encoding="utf-8") if l.strip()]
recs = [r for r in recs if r.get("parse_constituency")]
def xml(rs, name):
    with open(f"{work}/{name}", "w", encoding="utf-8") as f:
        f.write("<Sentences>\n")
        for i, r in rs:
            d = r["date"].replace("-", "")
            f.write(f'<Sentence date="{d}" id="R{i}S{recs.index(r)}_1" source="AFP" sentence="True">\n<Text>\n{html.escape(r["text"])}\n</Text>\n'
                    f'<Parse>\n{html.escape(r["parse_constituency"])}\n</Parse>\n</Sentence>\n')
        f.write("</Sentences>\n")
xml([(i, r) for i in range(repeat) for r in recs], "all.xml")
xml([(0, recs[0])], "one.xml")
with open(f"{work}/all.jsonl", "w", encoding="utf-8") as f:
    for i in range(repeat):
        for r in recs:
            f.write(json.dumps({"id": f'{r["id"]}-{i}', "text": r["text"], "date": r["date"], "lang": "en"}) + "\n")
print(len(recs) * repeat, file=open(f"{work}/n", "w"))
PY
N=$(cat "$WORK/n")

measure() { # label, command...: prints "label cpu_seconds max_rss_kb"
  local label=$1; shift
  /usr/bin/time -f "%U %S %M" -o "$WORK/time" "$@" > /dev/null 2> "$WORK/err" || { cat "$WORK/err" >&2; return 1; }
  read -r u s m < "$WORK/time"
  echo "$label $(python3 -c "print(round($u+$s,2))") $m"
}

dotnet build -c Release "$REPO/src/Warta.Cli" > /dev/null
WARTA="$REPO/src/Warta.Cli/bin/Release/net10.0/warta.dll"
read -r _ wcpu wrss < <(measure warta dotnet "$WARTA" code "$WORK/all.jsonl" --format jsonl)

cd "$WORK"   # PETRARCH2 writes evts.<output> in the working folder
mkdir "$WORK/site"; ln -s "$PY_SITE/dateutil" "$PY_SITE/six.py" "$WORK/site/"   # only these two pure-Python packages
export PYTHONPATH="$PETRARCH2_SRC:$WORK/site"
read -r _ pcpu prss < <(measure petrarch2 "$PYTHON2" "$PETRARCH2_SRC/petrarch2/petrarch2.py" batch -i "$WORK/all.xml" -o p.txt)
read -r _ p1cpu _ < <(measure petrarch2-one "$PYTHON2" "$PETRARCH2_SRC/petrarch2/petrarch2.py" batch -i "$WORK/one.xml" -o p1.txt)

python3 - "$N" "$wcpu" "$wrss" "$pcpu" "$prss" "$p1cpu" <<'PY'
import sys
n, wcpu, wrss, pcpu, prss, p1 = int(sys.argv[1]), *map(float, sys.argv[2:])
print(f"{n} sentences")
print(f"Warta      {n / wcpu:8.0f} sentences/CPU-s (start-up included, {wcpu:.2f} CPU-s)  max RSS {wrss / 1024:.0f} MB")
print(f"PETRARCH2  {n / pcpu:8.0f} sentences/CPU-s overall ({pcpu:.2f} CPU-s); coding only {n / max(pcpu - p1, 1e-9):.0f} "
      f"(minus {p1:.2f} CPU-s for one sentence)  max RSS {prss / 1024:.0f} MB")
PY
