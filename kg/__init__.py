"""kg: news about relations between states, as a typed and sourced knowledge graph.

The Python surface (``kg.api``), for notebooks and scripts:

- ``kg.extract(text)``: the relations one article states (``kg.Relation``);
- ``kg.open(path)``: a store (``kg.Store``) to ``ingest``, ``query`` (``kg.Result``),
  ``stats``, ``to_networkx``, analyse (``centrality``, ``communities``, ``balance``,
  ``timeline``) and draw (``viz``, a ``kg.Page``);
- ``kg.KgError``: what every function raises for bad input, with a one-line message.

Everything else is internal. The names are loaded on first use, so the command line
does not pay for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

__all__ = ["KgError", "Page", "Relation", "Result", "Store", "extract", "open"]

if TYPE_CHECKING:
    from .api import Page, Result, Store, extract, open  # noqa: A004
    from .errors import KgError
    from .extraction.model import Relation

_WHERE = {"KgError": "errors", "Relation": "extraction.model", "Page": "api", "Result": "api", "Store": "api",
          "extract": "api", "open": "api"}


def __getattr__(name: str):
    if name in _WHERE:
        import importlib

        value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
