"""What a user names on the command line, read one way by every command: actors, days,
relation types.

An actor may be named by its id in any case (``RUS``, ``rus``, ``Quad``), or by any name
the extractor knows it by, in any case: its name or an alias (``Russia``, ``Shanghai
Cooperation Organisation``), its capital (``Moscow``) or a demonym (``Russian``). A name
nobody has is an error that suggests the nearest known ones.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from datetime import date as Date
from functools import lru_cache

from .errors import KgError
from .ontology import RELATION_TYPES

#: How a surface names its actor, the stronger first: when two actors share a form in
#: different case, the name wins over the capital, the capital over the demonym.
_STRENGTH = {"name": 0, "org": 0, "capital": 1, "metonym": 2, "demonym": 3, "place": 4}


@lru_cache(maxsize=1)
def _name_index() -> tuple[dict[str, str], dict[str, str]]:
    """(form in lower case -> actor id, form in lower case -> the form as written), from
    the extractor's dictionary: ids, names, aliases, capitals and demonyms."""
    from .actors import load_dictionary  # here: only commands that name an actor pay for it

    d = load_dictionary()
    ids: dict[str, str] = {}
    written: dict[str, str] = {}
    for aid, a in d.actors.items():
        ids.setdefault(aid.casefold(), aid)
        written.setdefault(aid.casefold(), aid)
        ids.setdefault(a.label.casefold(), aid)
        written.setdefault(a.label.casefold(), a.label)
    ranked = sorted((_STRENGTH.get(how, 5), s, aid) for s, (aid, how) in d.surfaces.items() if aid)
    for _, s, aid in ranked:
        ids.setdefault(s.casefold(), aid)
        written.setdefault(s.casefold(), s)
    return ids, written


def _dictionary_label(actor_id: str) -> str:
    from .actors import load_dictionary

    a = load_dictionary().actors.get(actor_id)
    return a.label if a else actor_id


def actor(name: str, option: str = "actor", graph: Mapping[str, str] | None = None) -> str:
    """The id of the actor ``name`` names (see the module text); ``option`` names the
    option in errors. ``graph`` maps the ids of a graph's own actors to their labels, for
    actors the dictionary does not hold (officials, organisations named in one article)."""
    wanted = name.strip()
    key = wanted.casefold().removeprefix("the ").strip()
    if not key:
        raise KgError(f"{option}: give an actor, such as RUS, Russia, Moscow or Russian")
    own: dict[str, str] = {}  # the graph's own actors: id and label in lower case -> id
    own_written: dict[str, str] = {}
    for aid, label in sorted((graph or {}).items()):
        for form in (aid, str(label)):
            own.setdefault(form.casefold(), aid)
            own_written.setdefault(form.casefold(), form)
    if key in own:
        return own[key]
    ids, written = _name_index()
    if key in ids:
        return ids[key]
    close = difflib.get_close_matches(key, list(written) + list(own), n=6, cutoff=0.8)
    if close:
        named: dict[str, str] = {}  # actor id -> the nearest of its forms, as written
        for c in close:
            aid = ids.get(c) or own[c]
            named.setdefault(aid, f"{written.get(c) or own_written[c]} ({aid})")
        named = dict(list(named.items())[:3])
        raise KgError(f"{option}: no actor called {wanted!r}; did you mean {' or '.join(named.values())}?")
    raise KgError(f"{option}: no actor called {wanted!r}; give an id such as RUS, a name such as Russia, "
                  "a capital such as Moscow or a demonym such as Russian")


def described(actor_id: str) -> str:
    """``Russia (RUS)``: an actor as an error message names it."""
    label = _dictionary_label(actor_id)
    return f"{label} ({actor_id})" if label != actor_id else actor_id


def day(value: str | Date | None, option: str = "date") -> str | None:
    """``YYYY-MM-DD`` (or a date) as an ISO string, None when not given; KgError naming
    the option otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, Date):
        return value.isoformat()
    try:
        return Date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise KgError(f"bad date {value!r} for {option}: give it as YYYY-MM-DD, e.g. 2021-01-01") from None


def relation_types(value: str | Iterable[str] | None, option: str = "--types") -> set[str] | None:
    """Relation types from ``"AID,REJECT"`` or a list, upper-cased and checked."""
    if value is None:
        return None
    parts = value.split(",") if isinstance(value, str) else list(value)
    types = {p.strip().upper() for p in parts if p.strip()}
    unknown = sorted(types - set(RELATION_TYPES))
    if unknown or not types:
        raise KgError(
            f"unknown relation type {', '.join(unknown) or repr(value)} for {option}; known: {', '.join(RELATION_TYPES)}"
        )
    return types
