"""Check kg/data/officials.json against kg/data/actors.json and print counts; exit 1 on a problem."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OFFICIALS = ROOT / "kg" / "data" / "officials.json"
ACTORS = ROOT / "kg" / "data" / "actors.json"
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def is_iso(value: Any) -> bool:
    """True for a real calendar date written YYYY-MM-DD."""
    if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def latin(form: str) -> bool:
    """True if every letter of ``form`` is Latin (catches a stray Cyrillic 'о' in 'Yushchenkо')."""
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in form)


def check(officials: Any, actors: dict[str, Any]) -> tuple[list[str], Counter[str]]:
    """The problems found, and counts of what was checked."""
    problems: list[str] = []
    counts: Counter[str] = Counter()
    ids = {c["id"] for c in actors.get("countries", [])} | {o["id"] for o in actors.get("organisations", [])}
    surfaces = {
        s
        for c in actors.get("countries", [])
        for key in ("names", "capitals", "demonyms", "metonyms")
        for s in c.get(key, [])
    } | {s for o in actors.get("organisations", []) for s in o.get("aliases", [])}
    if not isinstance(officials, list):
        return ['top level must be {"officials": [...]}'], counts
    names: Counter[str] = Counter()
    owner: dict[str, str] = {}  # name, alias or surname -> whose it is
    for i, person in enumerate(officials):
        name = person.get("name") if isinstance(person, dict) else None
        if not isinstance(name, str) or not name.strip():
            problems.append(f"entry {i}: no name")
            continue
        where = f"{name!r}"
        extra = set(person) - {"name", "aliases", "surname", "roles"}
        if extra:
            problems.append(f"{where}: unknown keys {sorted(extra)}")
        names[name] += 1
        counts["people"] += 1
        aliases = person.get("aliases", [])
        surname = person.get("surname")
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            problems.append(f"{where}: aliases must be a list of non-empty strings")
            aliases = []
        if surname is None:
            counts["surname null"] += 1
        elif not isinstance(surname, str) or not surname.strip():
            problems.append(f"{where}: surname must be a non-empty string or null")
            surname = None
        counts["aliases"] += len(aliases)
        for form in {name, *aliases, *([surname] if surname else [])}:
            if form != form.strip() or "  " in form:
                problems.append(f"{where}: stray whitespace in {form!r}")
            if not latin(form):
                problems.append(f"{where}: non-Latin letter in {form!r}")
            if form in surfaces:
                problems.append(f"{where}: {form!r} is also a state or organisation name in actors.json")
            other = owner.setdefault(form, name)
            if other != name:
                problems.append(f"{where}: {form!r} is also used by {other!r}")
        roles = person.get("roles")
        if not isinstance(roles, list) or not roles:
            problems.append(f"{where}: no roles")
            continue
        for role in roles:
            counts["roles"] += 1
            if not isinstance(role, dict) or set(role) != {"actor", "title", "from", "to"}:
                problems.append(f"{where}: a role needs exactly actor, title, from, to: {role!r}")
                continue
            if role["actor"] not in ids:
                problems.append(f"{where}: unknown actor {role['actor']!r}")
            if not isinstance(role["title"], str) or not role["title"].strip():
                problems.append(f"{where}: role without a title")
            start, end = role["from"], role["to"]
            if not is_iso(start):
                problems.append(f"{where}: 'from' is not an ISO date: {start!r}")
            if end is None:
                counts["roles still held"] += 1
            elif not is_iso(end):
                problems.append(f"{where}: 'to' is not an ISO date or null: {end!r}")
            elif is_iso(start) and start > end:
                problems.append(f"{where}: from {start} is after to {end}")
    problems += [f"name {n!r} appears {k} times" for n, k in names.items() if k > 1]
    return problems, counts


def main() -> int:
    try:
        data = json.loads(OFFICIALS.read_text(encoding="utf-8"))
        actors = json.loads(ACTORS.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        print(f"cannot read: {err}", file=sys.stderr)
        return 1
    officials = data.get("officials") if isinstance(data, dict) else None
    problems, counts = check(officials, actors)
    for key in ("people", "roles", "roles still held", "aliases", "surname null"):
        print(f"{key:>17}: {counts[key]}")
    for p in problems:
        print("PROBLEM", p, file=sys.stderr)
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
