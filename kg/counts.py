"""What kg counts, defined once. Every surface (the summary line of ``kg ingest``, ``kg
stats``, the saved questions, the page and ``kg analyze``) reports these figures, and
``tests/test_commands_agree.py`` checks on one store that they all give the same ones.

article
    One article graph: one file, or one line of a JSONL file, as ingested.
relation
    One asserted relation node: what one sentence says one actor does to, or stands in
    with, another (negated relations are kept in the store, and counted by none of the
    figures). An objection to a relation ("India opposes Russia's supply of arms to
    Pakistan") is one relation; the relation it objects to is reported, not asserted, and
    is not counted.
tie
    The relations of one (subject, type, object): symmetric types in one order, and an
    objection towards the objector and whoever does what it objects to (IND REJECT RUS;
    ``kg.graph.tie_ends``). The page draws a tie as one typed edge.
dyad
    An unordered pair of actors with at least one tie between them. Its relations by PLOVER
    quad class, and its balance, count only the relations reported as done: one announced
    for later or only possible (modality ``future`` or ``hypothetical``, ``MODAL``) is a
    relation of the pair, but no cooperation or conflict yet.
actor's degree
    How many dyads the actor is in; its relations are those of its dyads.
"""

from __future__ import annotations

from .extraction import Extraction, Relation
from .graph import tie_ends

#: Modalities of relations not reported as done: "will supply", "could pave the way".
MODAL = frozenset({"future", "hypothetical"})


def relations(ex: Extraction) -> list[Relation]:
    """The relations an extraction adds to the store's figures: asserted, with a tie."""
    return [r for r in ex.asserted if tie_ends(r) is not None]


def figures(store) -> dict:
    """Articles, actors and relations by type (the saved questions ``counts`` and
    ``types``, which read the summary graph), and the quads the store holds."""
    from .query import saved_queries, to_table

    saved = saved_queries()
    counts = to_table(store.query(saved["counts"].text))
    types = to_table(store.query(saved["types"].text))
    out = {c: int(v) for c, v in zip(counts.columns, counts.rows[0])} if counts.rows else {}
    out["by_type"] = {r[0]: int(r[1]) for r in types.rows}
    out["quads"] = store.quad_count()  # counting distinct merged triples takes a minute at a million relations
    return out
