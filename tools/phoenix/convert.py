#!/usr/bin/env python3
"""Converts PETRARCH2's Phoenix dictionaries (MIT, Open Event Data Alliance) into Warta's own tables.

  python3 tools/phoenix/convert.py [DICTIONARY_DIR]     # default ../shared/data/cameo/petrarch2-dictionaries

Writes (see data/actors/derived/ATTRIBUTION.md for what is kept and why):
  data/actors/derived/people.tsv                          people with dated roles, for every language
  src/Warta.Languages/en/actors/derived/organisations.tsv named bodies and armed groups
  src/Warta.Languages/en/actors/derived/roles.tsv         agents (role words) -> role codes
  src/Warta.Languages/en/actors/derived/people.tsv        one-word names of those people (English only)
  src/Warta.Languages/en/derived/events.tsv               verbs and phrasal verbs -> CAMEO
  src/Warta.Languages/en/derived/verb-objects.tsv         verb + object patterns -> CAMEO
  src/Warta.Languages/en/derived/irregular-verbs.tsv      verb forms the dictionary spells out ({...} lists)

The formats were read from the files themselves and from PETRARCH2's reader (PETRreader.py: actor, agent and
verb dictionaries); this is our own reader. Entries already in Warta's hand-written tables are left out (ours win).
Output is sorted and deterministic: the same dictionaries give the same bytes.
"""
import os, re, sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(REPO), "shared", "data", "cameo", "petrarch2-dictionaries")
EN = os.path.join(REPO, "src", "Warta.Languages", "en")
HEADER = "# Derived by tools/phoenix/convert.py from PETRARCH2's Phoenix dictionaries (MIT, (c) Open Event Data Alliance);\n" \
         "# see data/actors/derived/ATTRIBUTION.md. Do not edit by hand: change the tool or the hand-written tables.\n"

# Honorifics and titles that may lead a person's alias; an alias of one word after them is still one name.
CODE_RE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")


def lines(name):
    with open(os.path.join(SRC, name), encoding="latin-1") as f:
        for raw in f:
            line = raw.rstrip("\n").rstrip("\r")
            if line.startswith("<!"):
                continue
            yield line


def strip_comment(s):
    return s.split("#", 1)[0]


def words_of(name):
    """PETRARCH phrase (WORDS_JOINED_BY_UNDERSCORES_) -> list of upper-case words."""
    return [w for w in name.replace("_", " ").split() if w]


def title(words):
    out = []
    for w in words:
        if "." in w and len(w) <= 5:  # U.S., D.C., K.
            out.append(w.upper())
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def parse_date(s):
    try:
        if len(s) > 7:
            y, m, d = int(s[:4]), int(s[4:6]), int(s[6:8])
        else:
            y, m, d = int(s[:2]), int(s[2:4]), int(s[4:6])
            y += 2000 if y <= 30 else 1900
        return date(y, m, d)
    except ValueError:
        return None


def parse_codes(text):
    """'[USAGOV 010120-050120] [IGOUNO >070201] [ELI]' -> [(code, start, end, dated)] ; None for a bad date."""
    out = []
    for inner in re.findall(r"\[([^\]]*)\]", text):
        parts = inner.split()
        if not parts:
            continue
        code, rest = parts[0], "".join(parts[1:])
        if not rest:
            out.append((code, None, None, False)); continue
        if rest.startswith(">"):
            start, end = parse_date(rest[1:]), None
            ok = start is not None
        elif rest.startswith("<"):
            start, end = None, parse_date(rest[1:])
            ok = end is not None
        elif "-" in rest:
            a, b = rest.split("-", 1)
            start, end = parse_date(a), parse_date(b)
            ok = start is not None and end is not None and start <= end  # a reversed range is a typo: dropped
        else:
            ok = False
        out.append((code, start, end, True) if ok else (code, None, None, None))
    return out


def read_actors(name):
    """Entries of a .actors file: {'names': [[words]...], 'codes': [...]} in file order."""
    entries, cur = [], None
    for line in lines(name):
        body = strip_comment(line)
        if not body.strip():
            continue
        s = body.strip()
        if s.startswith("["):
            if cur is not None:
                cur["codes"] += parse_codes(s)
        elif s.startswith("+"):
            if cur is not None:
                ws = words_of(s[1:].split("[")[0])
                if ws:
                    cur["names"].append(ws)
                cur["codes"] += parse_codes(s)
        elif not line[:1].isspace():
            cur = {"names": [words_of(s.split("[")[0])], "codes": parse_codes(s)}
            entries.append(cur)
    return entries


def merge_unmarked_synonyms(entries):
    """In Phoenix.Countries.actors.txt some people's synonyms lack their '+' (BORIS_YELTSIN_, BORIS_N._YELTSIN, YELTSIN,
    then the dated codes under the last line): a run of lines without codes right before a person's dated codes names
    that person. PETRARCH2's reader would give those names no code at all."""
    merged, pending = [], []
    for e in entries:
        if not e["codes"]:
            pending.append(e)
            continue
        if pending and any(c[3] for c in e["codes"]):
            e = {"names": [n for p in pending for n in p["names"]] + e["names"], "codes": e["codes"]}
        else:
            merged.extend(pending)
        pending = []
        merged.append(e)
    return merged + pending


def terms(codes):
    """Dated terms of a person; an undated code covers the time outside every dated term."""
    dated = sorted([(s or date.min, e or date.max, c) for c, s, e, d in codes if d and CODE_RE.match(c)],
                   key=lambda t: (t[0], t[1], t[2]))
    default = [c for c, s, e, d in codes if d is False and CODE_RE.match(c)]
    out = [(c, s, e) for s, e, c in dated]
    if default:
        c = default[-1]
        cursor = date.min
        for s, e, _ in dated:
            if s > cursor:
                out.append((c, cursor, s))
            cursor = max(cursor, e)
        if cursor < date.max:
            out.append((c, cursor, date.max))
    return sorted(out, key=lambda t: (t[1], t[2], t[0]))


def fmt(d):
    return "" if d in (date.min, date.max, None) else d.isoformat()


def clean_name(ws):
    """A name usable as written in news: letters, hyphens, periods, apostrophes; no brackets or digits."""
    return ws and all(re.fullmatch(r"[A-Z][A-Z.'\-]*", w) for w in ws)


def hand_written_names():
    names = set()
    tables = [os.path.join(REPO, "data", "actors", "people.tsv")]
    for lang in ("en", "id"):
        for f in ("countries.tsv", "organisations.tsv", "roles.tsv", "not-actors.tsv"):
            tables.append(os.path.join(REPO, "src", "Warta.Languages", lang, "actors", f))
    for path in tables:
        with open(path, encoding="utf-8") as f:
            header = None
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                cols = line.rstrip("\n").split("\t")
                if header is None:
                    header = cols; continue
                row = dict(zip(header, cols))
                for key in ("name", "names", "aliases", "metonyms"):
                    for n in (row.get(key) or "").split("|"):
                        if n.strip():
                            names.add(" ".join(n.lower().split()))
    return names


def people_and_organisations(taken, common):
    people, orgs, surnames = [], [], []
    stats = {"people": 0, "people_skipped_single_word": 0, "bad_dates": 0, "organisations": 0}
    for file in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        entries = read_actors(file)
        if file.startswith("Phoenix.Countries"):
            entries = merge_unmarked_synonyms(entries)
        for e in entries:
            codes = e["codes"]
            stats["bad_dates"] += sum(1 for c in codes if c[3] is None)
            names = [ws for ws in e["names"] if clean_name(ws)]
            if not names:
                continue
            # A person has dated codes; an entry dated with a bare state code, or as an occupied (OCC) or unrecognised
            # (UNR) state, is a territory over time (IRAQ_ and its cities: [IRQ <20030320] [IRQOCC 20030320-20060520];
            # REPUBLIC_OF_SERBIAN_KRAJINA_ [KRJUNR 911219-951112]), neither a person nor an organisation.
            if any(c[3] and (len(c[0]) == 3 or c[0].endswith(("OCC", "UNR"))) for c in codes):
                continue
            is_person = any(c[3] for c in codes)
            if is_person:
                # Shared with every language: names of two words or more, and only codes with a role.
                multi = [ws for ws in names if len(ws) >= 2]
                if not multi:
                    stats["people_skipped_single_word"] += 1; continue
                ts = [t for t in terms(codes) if len(t[0]) > 3]
                if not ts:
                    continue
                main = title(multi[0])
                if main.lower() in taken:
                    continue
                singles = [title(ws) for ws in names if len(ws) == 1 and len(ws[0]) >= 4]
                singles = [a for a in dict.fromkeys(singles) if a.lower() not in taken and a.lower() not in common]
                if singles:
                    for c, s, en in ts:
                        surnames.append((main, "|".join(singles), c, fmt(s), fmt(en), file.split(".")[1]))
                aliases = []
                for ws in multi[1:]:
                    a = title(ws)
                    if a.lower() not in taken and a.lower() != main.lower() and a not in aliases:
                        aliases.append(a)
                stats["people"] += 1
                for c, s, en in ts:
                    people.append((main, "|".join(aliases), c, fmt(s), fmt(en), file.split(".")[1]))
            else:
                undated = [c for c, s, en, d in codes if d is False and CODE_RE.match(c)]
                if not undated or (file.startswith("Phoenix.Countries") and len(undated[0]) == 3):
                    continue  # countries: Warta's own tables name them
                out = []
                for ws in names:
                    n = title(ws)
                    if n.lower() in taken or n in out:
                        continue
                    # Short all-capital forms are acronyms (matched in capitals only); keep them in capitals.
                    if len(ws) == 1 and len(ws[0]) <= 5 and "." not in ws[0]:
                        n = ws[0]
                    out.append(n)
                if out:
                    stats["organisations"] += 1
                    orgs.append((undated[0], "|".join(out), file.split(".")[1]))
    return people, orgs, surnames, stats


def common_english_words(verb_rows, agent_rows):
    """Words a one-word alias must not be: English function words and stop words, verb lemmas and role words."""
    words = set()
    for f in ("stopwords.txt", "abbreviations.txt"):
        with open(os.path.join(EN, f), encoding="utf-8") as h:
            words.update(l.strip().lower() for l in h if l.strip() and not l.startswith("#"))
    with open(os.path.join(EN, "function-words.tsv"), encoding="utf-8") as h:
        for l in h:
            if not l.startswith("#") and "\t" in l:
                words.update(w.strip().lower() for w in l.split("\t", 1)[1].split("|"))
    for stem, _, _, _ in verb_rows:
        words.update(w.strip("+").lower() for w in stem.split("_"))
    for _, names in agent_rows:
        words.update(names.split("|"))
    return words


def agents(taken):
    subst, rows = {}, []
    for line in lines("Phoenix.agents.txt"):
        body = strip_comment(line).strip()
        if not body:
            continue
        m = re.match(r"^!(\w+)!\s*=\s*(.*)$", body)
        if m:
            subst[m.group(1)] = [x.strip() for x in m.group(2).split(",") if x.strip()]
            continue
        m = re.match(r"^(.*?)\s*(\{[^}]*\})?\s*\[([^\]]+)\]", body)
        if not m:
            continue
        phrase, plural, code = m.group(1).strip(), m.group(2), m.group(3).strip()
        if not code.startswith("~"):
            continue  # prefix codes (NGO~): a kind of body, not a role of a state
        code = code[1:]
        if not CODE_RE.match(code):
            continue
        forms = []
        mk = re.search(r"!(\w+)!", phrase)
        if mk:
            forms = [phrase.replace(mk.group(0), s) for s in subst.get(mk.group(1), [])]
        else:
            forms = [phrase]
            if plural is None:
                last = phrase
                forms.append(last[:-1] + "IES" if last.endswith("Y") and last[-2:-1] not in "AEIOU" else
                             last + "ES" if last.endswith(("S", "SH", "CH", "X")) else last + "S")
            else:
                forms += [p for p in plural.strip("{}").split() if p]
        for f in forms:
            ws = words_of(f)
            if not clean_name(ws):
                continue
            n = " ".join(w.lower() for w in ws)
            if n in taken:
                continue
            rows.append((code, n))
    by_code = {}
    for code, n in rows:
        by_code.setdefault(code, [])
        if n not in by_code[code]:
            by_code[code].append(n)
    return sorted((c, "|".join(sorted(ns))) for c, ns in by_code.items())


def verbs():
    synsets, verb_rows, patterns, irregular = {}, [], [], {}
    block, block_code, in_patterns, cur_syn = "", "---", False, None
    verbs_by_block = {}
    for line in lines("CAMEO.2.0.txt"):
        if line.startswith("####### VERB PATTERNS"):
            in_patterns = True; continue
        body = strip_comment(line).rstrip()
        if not body.strip():
            continue
        if not in_patterns:
            if body.startswith("&"):
                cur_syn = body.strip().rstrip("_"); synsets[cur_syn] = []
            elif body.startswith("+") and cur_syn:
                synsets[cur_syn].append(body[1:].strip())
            continue
        if body.startswith("---"):
            parts = body.split()
            block, block_code = parts[1], parts[2].strip("[]")
            continue
        if body.startswith("~"):
            continue  # transformations of nested events: not converted
        if body.startswith("-"):
            m = re.match(r"^-\s*(.*?)\*(.*?)\[([^\]]*)\]", body)
            if m:
                # The comment names the verb the pattern was written for ("- * PART [030] # TAKE"): in English it is an
                # idiom of that verb (take part), not of its synonyms (capture part).
                note = line.split("#", 1)[1].split() if "#" in line else []
                written_for = note[0].lower() if len(note) == 1 and re.fullmatch(r"[A-Z]+", note[0]) else None
                patterns.append((block, m.group(1).split(), m.group(2).split(), m.group(3), written_for))
            continue
        m = re.match(r"^(\S+)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?", body.strip())
        if not m:
            continue
        stem, forms, code = m.group(1), m.group(2), (m.group(3) or "[" + block_code + "]").strip("[]")
        verbs_by_block.setdefault(block, []).append((stem, code))
        explicit = [f for f in re.split(r"[\s,]+", (forms or "").strip("{}")) if re.search(r"[A-Z]", f)]  # "{A , B}" too
        if "+" in stem or "_" in stem:
            verb_rows.append((stem, code, explicit, True))
        else:
            verb_rows.append((stem, code, explicit, False))
            if explicit:
                irregular.setdefault(stem.lower(), set()).update(f.lower() for f in explicit)
    return synsets, verb_rows, patterns, irregular, verbs_by_block


def compound_trigger(stem, explicit):
    """'+ASK_FOR' -> '~ask for'; 'TAKE_+PART' style: the '+' marks the inflected word."""
    alts = []
    ws = stem.split("_")
    if any(w.startswith("+") for w in ws):
        alts.append(" ".join(("~" + w[1:].lower()) if w.startswith("+") else w.lower() for w in ws if w))
    else:
        alts.append(" ".join(w.lower() for w in ws if w))
    for f in explicit:
        alts.append(" ".join(w.lstrip("+").lower() for w in f.split("_") if w))
    return alts


def expand_synsets(tokens, synsets, limit=40):
    """Pattern tokens with &SET replaced by each member (and its plural), up to `limit` readings."""
    out = [[]]
    for t in tokens:
        name = t.strip("{}()")
        if name.startswith("&") and name in synsets:
            members = []
            for w in synsets[name]:
                base = w.rstrip("_").replace("_", " ").lower()
                members.append(base)
                if not w.endswith("_") and " " not in base:
                    members.append(base[:-1] + "ies" if base.endswith("y") else base + "es" if base.endswith("s") else base + "s")
            out = [o + [m] for o in out for m in members][:limit]
        elif name.startswith("&"):
            return []
        else:
            out = [o + [name.lower()] for o in out]
    return out


def codebook():
    with open(os.path.join(REPO, "data", "cameo", "event-codes.tsv"), encoding="utf-8") as f:
        return {l.split("\t", 1)[0] for l in f if l[:1].isdigit()}


def known(code, codes):
    """A CAMEO.2.0 code Warta's codebook lacks (176, cyber attack) is read as its parent (170)."""
    for c in (code, code[:3], code[:2] + "0"):
        if c in codes:
            return c
    return None


def function_words(classes, leave_out=frozenset()):
    words = set()
    with open(os.path.join(EN, "function-words.tsv"), encoding="utf-8") as h:
        for l in h:
            cols = l.rstrip("\n").split("\t")
            if len(cols) == 2 and (classes is None or cols[0] in classes) and cols[0] not in leave_out:
                words.update(w.strip().lower() for w in cols[1].split("|"))
    return words


# Every class of the English function words (prepositions, determiners, pronouns ...).
ALL_CLASSES = None


# Classes of content verbs the grammar reasons with (claimed, suspended): not closed-class words, so no frame of
# prepositions and no word a noun's plural is kept from.
VERB_CLASSES = frozenset({"allegation", "reduction"})


# A verb one of whose forms the English grammar reads as a function word (said: speech; held: light verb; has: aux)
# is left to the grammar: as a lone trigger it would code attribution or auxiliaries as events.
GRAMMAR_CLASSES = {"speech", "light-verb", "aux", "intent", "passive-aux", "receive-verb", "realis", "prepare-verb", "wish"}


def event_rows(synsets, verb_rows, patterns, verbs_by_block):
    rows = set()
    codes = codebook()
    grammar = function_words(GRAMMAR_CLASSES)
    def grammatical(stem, explicit):
        lemma = stem.lower()
        forms = {lemma, lemma + "s", lemma + "ed", lemma + "d", lemma + "ing"} | {f.lower() for f in explicit}
        return bool(forms & grammar)
    verb_rows = [(s, c, e, cp) for s, c, e, cp in verb_rows if cp or not grammatical(s, e)]
    verb_rows = [(s, known(c, codes) or "---", e, cp) for s, c, e, cp in verb_rows]
    patterns = [(b, pre, post, known(c, codes) or "---") for b, pre, post, c, _ in patterns]
    for stem, code, explicit, compound in verb_rows:
        if not re.fullmatch(r"\d{3,4}", code):
            continue
        if compound:
            trig = "|".join(sorted(set(compound_trigger(stem, explicit))))
            rows.add((f"ph-{stem.strip('+').lower().replace('_', '-').replace('+', '')}", code, trig))
        else:
            rows.add((f"ph-{stem.lower()}", code, "~" + stem.lower()))
    return sorted(rows)


def plural(noun):
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "es" if noun.endswith(("s", "x", "z", "ch", "sh")) else noun + "s"


def verb_object_rows(synsets, verb_rows, patterns, verbs_by_block):
    """Verb + object patterns with nothing before the verb: the block's one-word verbs, the object phrases, the code.
    The engine looks for the object a few words after any form of one of the verbs (the verbs need no code of
    their own: LIFT has none, "lifted the ban" is 081)."""
    codes = codebook()
    speech = function_words({"speech"})
    grammar = function_words(ALL_CLASSES, VERB_CLASSES)
    rows, phrasal, every = {}, [], {}
    for block, pre, post, code, written_for in patterns:
        code = known(code, codes)
        if not code or pre or not post:
            continue
        lemmas = sorted({v.lower() for v, _ in verbs_by_block.get(block, []) if re.fullmatch(r"[A-Z]+", v)
                         and not ({v.lower(), v.lower() + "s", v.lower() + "ed", v.lower() + "d"} & speech)})
        every[block.lower()] = tuple(lemmas)
        if written_for in lemmas:
            lemmas = [written_for]
        objects = {" ".join(o) for o in expand_synsets(post, synsets, limit=60) if o and all(re.fullmatch(r"[a-z][a-z'\-]*", w) for w in o)}
        # A preposition alone ("* (AGAINST)") is a frame, not an object: the verb and its preposition are a phrasal
        # verb of events.tsv (conspire against: 130), not matched a few words on.
        frames = {o for o in objects if all(w in grammar for w in o.split())}
        objects -= frames
        if frames and lemmas:
            phrasal.append((block.lower(), code, lemmas, sorted(frames)))
        # The head noun may be plural in text ("lifted the sanctions"): the last word's plural is added.
        objects |= {o[:o.rfind(" ") + 1] + plural(o.split()[-1]) for o in objects
                    if len(o.split()[-1]) > 3 and not o.endswith("s") and o.split()[-1] not in grammar}
        if not lemmas or not objects:
            continue
        key = (block.lower(), code, tuple(lemmas))
        verbs, objs = rows.setdefault(key, (set(lemmas), set()))
        objs.update(objects)
    # (a block's patterns for all its verbs keep the block's name; those written for one verb are named after it too)
    objects = sorted((f"ph-{b}-{c}" if l == every[b] else f"ph-{b}-{'-'.join(l)}-{c}", "|".join(sorted(v)), "|".join(sorted(o)), c)
                     for (b, c, l), (v, o) in rows.items())
    frames = sorted({(f"ph-{b}-{c}-{f[0].replace(' ', '-')}", c, "|".join(f"~{v} {p}" for v in lemmas for p in f))
                     for b, c, lemmas, f in phrasal})
    return objects, frames


def write(path, header, columns, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER + header)
        f.write("\t".join(columns) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


def main():
    if not os.path.isdir(SRC):
        sys.exit(f"no dictionaries at {SRC}")
    taken = hand_written_names()
    synsets, verb_rows, patterns, irregular, by_block = verbs()
    pattern_objects, pattern_frames = verb_object_rows(synsets, verb_rows, patterns, by_block)
    agent_rows = agents(taken)
    people, orgs, surnames, stats = people_and_organisations(taken, common_english_words(verb_rows, agent_rows))
    write(os.path.join(REPO, "data", "actors", "derived", "people.tsv"),
          "# People of the Phoenix actor dictionaries with their dated roles (one row per term; an undated code covers the\n"
          "# time outside the dated terms). Only names of two words or more and codes with a role are kept: read in every language.\n"
          "# source: the Phoenix file the person came from.\n",
          ["name", "aliases", "code", "start", "end", "source"], sorted(set(people)))
    orgs_by = {}
    for code, names, src in orgs:
        orgs_by.setdefault((code, src), [])
        for n in names.split("|"):
            if n not in orgs_by[(code, src)] and all(n not in v for v in orgs_by.values()):
                orgs_by[(code, src)].append(n)
    write(os.path.join(EN, "actors", "derived", "organisations.tsv"),
          "# Named bodies and armed groups of the Phoenix actor dictionaries (undated codes), English names.\n",
          ["code", "names", "note"], sorted((c, "|".join(ns), s) for (c, s), ns in orgs_by.items() if ns))
    write(os.path.join(EN, "actors", "derived", "roles.tsv"),
          "# Phoenix agents: role words that combine with a country (only codes added after the state's, ~CODE).\n",
          ["role", "names", "note"], [(c, n, "Phoenix.agents") for c, n in agent_rows])
    write(os.path.join(EN, "actors", "derived", "people.tsv"),
          "# One-word names of the people in data/actors/derived/people.tsv (surnames: Obama, Putin), with the same dated roles.\n"
          "# English only: a one-word name may be an ordinary word in another language. Common English words are left out.\n",
          ["name", "aliases", "code", "start", "end", "source"], sorted(set(surnames)))
    write(os.path.join(EN, "derived", "events.tsv"),
          "# CAMEO.2.0 verbs with a code (~lemma: inflections generated by the engine) and phrasal verbs.\n"
          "# (Verb + object patterns are in verb-objects.tsv.)\n"
          "# target (verb): a verb only, so not an act right after a determiner, a possessive or a hyphen (an armed group).\n",
          ["id", "cameo", "trigger", "target", "note"],
          [(i, c, t, "(verb)", "CAMEO.2.0") for i, c, t in sorted(set(event_rows(synsets, verb_rows, patterns, by_block)) | set(pattern_frames))])
    write(os.path.join(EN, "derived", "verb-objects.tsv"),
          "# CAMEO.2.0 verb + object patterns with nothing before the verb: after a form of one of the verbs, the object\n"
          "# phrase within a few words gives the code (synonym sets expanded, with plurals; a preposition is part of the object).\n",
          ["id", "verbs", "objects", "cameo"], pattern_objects)
    write(os.path.join(EN, "derived", "irregular-verbs.tsv"),
          "# Verb forms CAMEO.2.0 spells out for a lemma ({...} lists): added to the forms the morphology rules generate.\n",
          ["lemma", "forms"], sorted((k, "|".join(sorted(v))) for k, v in irregular.items()))
    print(stats, file=sys.stderr)


if __name__ == "__main__":
    main()
