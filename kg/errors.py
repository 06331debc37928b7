"""Errors that reach a user as one line saying what went wrong and what to do."""

from __future__ import annotations


class KgError(Exception):
    """Base class: the message is shown to the user as it is."""


class InputError(KgError):
    """A path, file or record that cannot be read as an article."""


class StoreError(KgError):
    """The store cannot be opened, read or written."""


class QueryError(KgError):
    """A SPARQL query that is unknown, malformed or failed."""


class ModelError(KgError):
    """The spaCy English pipeline is missing."""


class ExtractionError(KgError):
    """An article that could not be read (the message names it, and the sentence)."""
