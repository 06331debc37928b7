#!/usr/bin/env python3
"""Compile kg's trigger lexicon: PETRARCH2's verb dictionary, typed through the CAMEO-to-PLOVER
table, merged with the project's own curated vocabulary, into ``kg/data/lexicon.json``.

Sources
    - ``kg/data/curated/lexicon.toml``: the project's own vocabulary (triggers per
      relation type, phrasal and light verbs, the word classes the rules read). It wins
      wherever it speaks: a verb it lists keeps the curated type.
    - ``../shared/reference/petrarch2/CAMEO.2.0.txt``: PETRARCH2's verb dictionary
      (MIT licence, Copyright (c) 2015 Open Event Data Alliance): some 400 blocks of
      synonymous verbs, each verb with a CAMEO code, and some 4,700 patterns that refine
      a verb by the nouns and prepositional phrases around it.
    - ``../shared/reference/CAMEO2PLOVER-2021.txt``: each CAMEO code's PLOVER type, mode
      and context (PLOVER manual, Open Event Data Alliance, CC BY-SA 4.0).

What a verb entry becomes (``verbs`` in the output, keyed by lemma, or by "lemma
particle" for a phrasal verb such as "ask for")::

    {"code": "020", "type": "REQUEST", "mode": null, "context": null,
     "patterns": [{"code": "0233", "type": "REQUEST", "mode": "assist",
                   "context": "humanitarian", "object": [["humanitarian", "aid"]],
                   "preps": [], "subject": [], "target": null}, ...]}

A pattern's ``object`` and ``subject`` are lists of alternative phrases (synonym sets
expanded; the last word of a phrase is its head), ``preps`` a list of
``[preposition, alternatives]`` (alternatives empty when any object will do), and
``target`` says where PETRARCH marks the target: ``"object"`` or a preposition.

CAMEO codes PLOVER drops: 01 (public statements) gives no type; 02 (appeals) is read as
the matching demand (020 as 100, 023 as 103, ...), since kg's REQUEST covers "ask,
appeal, call on". A four-digit code missing from the table takes its three-digit parent.

Usage::

    python scripts/build_lexicon.py            # writes kg/data/lexicon.json
    python scripts/build_lexicon.py --check    # exit 1 if the file is not what the sources give
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "reference"
VERBS_FILE = REFERENCE / "petrarch2" / "CAMEO.2.0.txt"
TABLE_FILE = REFERENCE / "CAMEO2PLOVER-2021.txt"
CURATED = ROOT / "kg" / "data" / "curated" / "lexicon.toml"
OUT = ROOT / "kg" / "data" / "lexicon.json"

#: PLOVER modes the table spells in ways kg keeps as they are; contexts split on ";".
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


# --------------------------------------------------------------------------- CAMEO -> PLOVER

def read_table(path: Path) -> dict[str, tuple[str, str | None, str | None]]:
    """CAMEO code -> (PLOVER type, mode, context) from the conversion table."""
    out: dict[str, tuple[str, str | None, str | None]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        fields = [f.strip() for f in m.group(2).split(",")]
        rtype = fields[0].upper()
        if rtype not in TYPES:
            continue
        mode = fields[1] if len(fields) > 1 and fields[1] else None
        context = fields[2].split(";")[0].strip() if len(fields) > 2 and fields[2] else None
        out.setdefault(m.group(1), (rtype, mode, context or None))
    return out


def typed(code: str | None, table: dict) -> tuple[str | None, str | None, str | None]:
    """The PLOVER reading of a CAMEO code (see the module's docstring for 01 and 02)."""
    if not code or not code[0].isdigit():
        return None, None, None
    if code.startswith("01"):
        return None, None, None
    if code.startswith("02"):
        code = "10" + code[2:]
    for key in (code, code[:3], code[:2]):
        if key in table:
            return table[key]
    return None, None, None


# --------------------------------------------------------------------------- the verb dictionary

def _words(phrase: str) -> list[str]:
    return [w for w in phrase.replace("_", " ").lower().split() if w]


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _code_of(text: str) -> str | None:
    """The first code of a ``[...]`` group: "[042:043]" -> "042", "[---]" -> None.

    A code after the colon alone ("FACE - * PRESSURE [:100]") is an event the other way, of
    the target on the subject; kg's rules read those ("faced pressure from X": X acts), so
    such a pattern is no event of the subject's here: None."""
    m = re.search(r"\[([^\]]*)\]", text)
    if not m:
        return None
    if m.group(1).strip().startswith(":"):
        return None
    parts = [p.strip() for p in m.group(1).split(":") if p.strip()]
    code = parts[0] if parts else None
    return code if code and code[0].isdigit() else None


class VerbDictionary:
    """PETRARCH2's verb file read into synonym sets, verb blocks and patterns."""

    def __init__(self, text: str) -> None:
        self.synsets: dict[str, list[list[str]]] = {}
        self.blocks: list[dict] = []
        current_set: str | None = None
        block: dict | None = None
        for raw in text.splitlines():
            if raw.startswith("######## TRANSFORMATIONS"):
                break
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            if line.startswith("&"):
                current_set = line.strip()[1:].rstrip("_").upper()
                self.synsets[current_set] = []
                block = None
                continue
            if line.startswith("+") and current_set is not None and block is None:
                words = _words(line[1:])
                if words:
                    self.synsets[current_set].append(words)
                continue
            if line.startswith("---"):
                current_set = None
                block = {"code": _code_of(line), "verbs": [], "patterns": []}
                self.blocks.append(block)
                continue
            if block is None:
                continue
            if line.startswith("-"):
                block["patterns"].append(line[1:])
                continue
            block["verbs"].append(line.strip())

    def expand(self, element: str) -> list[list[str]]:
        """The phrases an element stands for: a word, "{A B}" or a "&SET"."""
        element = element.strip()
        if element.startswith("{") and element.endswith("}"):
            # a phrase; a word of it may be a set ("{FIGHTER &AIRCRAFT}"), kept as "&aircraft"
            inner = ["&" + w[1:].rstrip("_").lower() if w.startswith("&") else w.lower() for w in element[1:-1].split()]
            return [inner] if inner else []
        if element.startswith("&"):
            name = element[1:].rstrip("_").upper()
            return [["&" + name.lower()]] if name in self.synsets else []
        return [_words(element)] if _words(element) else []


def _tokens(pattern: str) -> list[str]:
    """Split a pattern's text into elements: words, {phrases}, (prep phrases), *, $, +."""
    out, buf, depth_brace, depth_paren = [], "", 0, 0
    for ch in pattern:
        if ch == "{":
            depth_brace += 1
        elif ch == "}":
            depth_brace -= 1
        elif ch == "(":
            depth_paren += 1
        elif ch == ")":
            depth_paren -= 1
        if ch.isspace() and depth_brace == 0 and depth_paren == 0:
            if buf:
                out.append(buf)
            buf = ""
        else:
            buf += ch
    if buf:
        out.append(buf)
    return out


def parse_pattern(raw: str, verbs: VerbDictionary, table: dict) -> dict | None:
    """One pattern line (after its leading "-") as kg's structure (type None: no event), or None."""
    code = _code_of(raw)
    body = re.sub(r"\[[^\]]*\].*$", "", raw).strip()
    rtype, mode, context = typed(code, table)  # a pattern with no type says the verb is no event there
    if "*" not in body:
        return None
    pre, post = body.split("*", 1)
    subject: list[list[str]] = []
    for el in _tokens(pre):
        if el in ("$", "+"):
            continue
        subject += verbs.expand(el)
    obj: list[list[str]] = []
    preps: list[list] = []
    target = None
    for el in _tokens(post):
        if el == "+":
            target = "object"
            continue
        if el == "$":
            continue
        if el.startswith("(") and el.endswith(")"):
            inner = _tokens(el[1:-1])
            if not inner:
                continue
            prep = inner[0].lower()
            alts: list[list[str]] = []
            for sub in inner[1:]:
                if sub == "+":
                    target = prep
                elif sub != "$":
                    alts += verbs.expand(sub)
            preps.append([prep, alts])
            continue
        obj += verbs.expand(el)
    if not subject and not obj and not preps:
        return None
    return {"code": code, "type": rtype, "mode": mode, "context": context,
            "subject": _norm(subject), "object": _norm(obj), "preps": [[p, _norm(a)] for p, a in preps], "target": target}


def _norm(phrases: list[list[str]]) -> list[list[str]]:
    """Phrases with their head in the singular too, without duplicates."""
    out: list[list[str]] = []
    for p in phrases:
        if not p:
            continue
        for q in (p, p[:-1] + [_singular(p[-1])] if not p[-1].startswith("&") else p):
            if q and q not in out:
                out.append(q)
    return out


def _verb_forms(entry: str) -> tuple[str, list[str], list[str]] | None:
    """(lemma, words before it, words after it) of a verb line: "ASK", "+ASK_FOR", "WIRE_+TAP"."""
    head = re.sub(r"\{.*?\}", "", entry)
    head = re.sub(r"\[.*?\]", "", head).strip().split()
    if not head:
        return None
    words = head[0].split("_")
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    i = marked[0] if marked else 0
    lemma = words[i].lstrip("+").lower()
    if not re.fullmatch(r"[a-z][a-z'\-]*", lemma):
        return None
    before = [w.lower() for w in words[:i] if w]
    after = [w.lower() for w in words[i + 1:] if w]
    return lemma, before, after


def build_petrarch(table: dict) -> tuple[dict[str, dict], list[list[dict]], dict[str, list[list[str]]]]:
    """Verb entries keyed by lemma, or by "lemma particle ..." for multi-word verbs; the pattern
    lists they share (a verb's ``block`` indexes them); the synonym sets patterns name ("&food")."""
    verbs = VerbDictionary(VERBS_FILE.read_text(encoding="latin-1"))
    out: dict[str, dict] = {}
    blocks: list[list[dict]] = []
    for block in verbs.blocks:
        patterns = [p for p in (parse_pattern(raw, verbs, table) for raw in block["patterns"]) if p]
        index = len(blocks)
        blocks.append(patterns)
        for entry in block["verbs"]:
            forms = _verb_forms(entry)
            if forms is None:
                continue
            lemma, before, after = forms
            code = _code_of(entry) or block["code"]
            rtype, mode, context = typed(code, table)
            key = " ".join(before + [lemma] + after)
            if key in out:
                continue
            out[key] = {"verb": lemma, "before": before, "after": after, "code": code, "type": rtype,
                        "mode": mode, "context": context, "block": index}
    kept = {k: v for k, v in out.items() if v["type"] or blocks[v["block"]]}
    synsets = {name.lower(): _norm(phrases) for name, phrases in verbs.synsets.items()}
    return kept, blocks, synsets


# --------------------------------------------------------------------------- output

def build() -> dict:
    curated = tomllib.loads(CURATED.read_text(encoding="utf-8"))
    table = read_table(TABLE_FILE)
    petrarch, blocks, synsets = build_petrarch(table)
    return {
        "about": (
            "Generated by scripts/build_lexicon.py; do not edit by hand. 'curated' is kg's own vocabulary "
            "(kg/data/curated/lexicon.toml). 'verbs' is derived from PETRARCH2's verb dictionary "
            "(CAMEO.2.0.txt, MIT licence, Copyright (c) 2015 Open Event Data Alliance) with types from the "
            "CAMEO-to-PLOVER table (PLOVER manual, Open Event Data Alliance, CC BY-SA 4.0)."
        ),
        "curated": curated,
        "verbs": dict(sorted(petrarch.items())),
        "patterns": blocks,
        "synsets": synsets,
    }


def _dump(data: dict) -> str:
    """JSON with one line per verb, pattern block and synonym set: small, and diffs stay readable."""
    lines = ["{"]
    keys = list(data)
    for i, key in enumerate(keys):
        end = "," if i < len(keys) - 1 else ""
        value = data[key]
        if isinstance(value, dict) and key in ("verbs", "synsets", "curated"):
            items = list(value.items())
            lines.append(f"{json.dumps(key)}: {{")
            for j, (k, v) in enumerate(items):
                lines.append(f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False, separators=(',', ':'))}"
                             + ("," if j < len(items) - 1 else ""))
            lines.append("}" + end)
        elif isinstance(value, list):
            lines.append(f"{json.dumps(key)}: [")
            for j, v in enumerate(value):
                lines.append(json.dumps(v, ensure_ascii=False, separators=(",", ":")) + ("," if j < len(value) - 1 else ""))
            lines.append("]" + end)
        else:
            lines.append(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{end}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if kg/data/lexicon.json is stale")
    args = ap.parse_args()
    for f in (VERBS_FILE, TABLE_FILE):
        if not f.is_file():
            sys.exit(f"{f} not found: this script reads ../shared/reference beside the checkout")
    text = _dump(build())
    if args.check:
        if not OUT.is_file() or OUT.read_text(encoding="utf-8") != text:
            sys.exit(f"{OUT} is not what the sources give; run: python scripts/build_lexicon.py")
        print(f"{OUT}: up to date")
        return
    OUT.write_text(text, encoding="utf-8")
    data = json.loads(text)
    n_patterns = sum(len(b) for b in data["patterns"])
    print(f"wrote {OUT}: {len(data['verbs'])} verbs, {n_patterns} verb patterns in {len(data['patterns'])} blocks, "
          f"{sum(len(v) for v in data['curated'].get('verbs', {}).values())} curated verbs")


if __name__ == "__main__":
    main()
