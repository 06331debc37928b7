"""spaCy pipeline components: ``kg_actors`` (actor mentions) and ``kg_events`` (typed relations).

Either works in any English pipeline with a tagger, lemmatizer and dependency parser::

    import spacy
    import kg.extraction  # registers the components

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("kg_actors")
    nlp.add_pipe("kg_events")
    doc = nlp("Russia will supply Pakistan with military equipment, Lavrov said.")
    for r in doc._.kg_relations:
        print(r.subject.id, r.type, r.object.id)   # RUS AID PAK

What they add:

- ``doc.spans["kg_actors"]``: one span per actor mention, labelled with the actor's id
  (a person's state when known, else ``PERSON``), with ``span._.kg_actors`` the ids it
  stands for, ``span._.kg_person`` the official it names, if any, and
  ``span._.kg_sector`` the sector of the agent it qualifies ("Pakistani troops": MIL,
  "Iranian state media": GOVMED, from PETRARCH2's agent dictionary);
- ``token._.kg_actors``: the actor ids a token names (empty for most tokens);
- ``doc._.kg_extraction``: the ``Extraction`` (actors, officials, relations), and
  ``doc._.kg_relations`` its relations; ``span._.kg_relations`` the relations read
  from a sentence (or any span);
- ``doc._.kg_failure``: ``(sentence index or None, "Error: message")`` when reading the
  document failed; the document then has no relations, and the pipeline goes on.

Set ``doc._.kg_article`` (a ``kg.ingest.Article``) before the pipeline runs to give a
title and a date (offices of officials are looked up on that date); without it the
document's own text is the article.
"""

from __future__ import annotations

import contextlib
import signal
import threading

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..ingest import Article, article_id
from . import mentions, reader
from .reader import ArticleState, SentenceError, default_resources

ACTOR_SPANS = "kg_actors"


def _doc_relations(doc):
    ex = doc._.kg_extraction
    return list(ex.relations) if ex is not None else []


def _span_relations(span):
    return [r for r in _doc_relations(span.doc) if span.start_char <= r.start < span.end_char]


def _token_actors(tok):
    st = tok.doc._.kg_state
    if st is not None:
        m = st.by_token.get(tok.i)
        return tuple(m.actors) if m is not None else ()
    for span in tok.doc.spans.get(ACTOR_SPANS, []):
        if span.start <= tok.i < span.end:
            return tuple(span._.kg_actors)
    return ()


def register_extensions() -> None:
    """Declare kg's Doc, Span and Token attributes (once per process)."""
    for name, kwargs in (
        ("kg_article", {"default": None}),
        ("kg_state", {"default": None}),
        ("kg_extraction", {"default": None}),
        ("kg_failure", {"default": None}),
        ("kg_relations", {"getter": _doc_relations}),
    ):
        if not Doc.has_extension(name):
            Doc.set_extension(name, **kwargs)
    for name, kwargs in (
        ("kg_actors", {"default": ()}),
        ("kg_person", {"default": None}),
        ("kg_sector", {"default": None}),
        ("kg_relations", {"getter": _span_relations}),
    ):
        if not Span.has_extension(name):
            Span.set_extension(name, **kwargs)
    if not Token.has_extension("kg_actors"):
        Token.set_extension("kg_actors", getter=_token_actors)


def article_of(doc) -> Article:
    """The article a document is: ``doc._.kg_article``, else one made of its text."""
    art = doc._.kg_article
    if art is None:
        art = Article(id=article_id(doc.text[:200]), name="doc", text=doc.text)
        doc._.kg_article = art
    return art


class ActorFinder:
    """Finds the actors a document names and puts them on ``doc.spans["kg_actors"]``."""

    def __call__(self, doc):
        st = doc._.kg_state
        if st is None:
            st = ArticleState(default_resources(), article_of(doc))
            doc._.kg_state = st
        st.doc = doc
        mentions.map_mentions(st, doc)
        spans = []
        for start, end, m in st.spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            label = m.actors[0] if m.actors else "PERSON"
            span = Span(doc, span.start, span.end, label=label)
            span._.kg_actors = tuple(m.actors)
            span._.kg_person = m.person
            span._.kg_sector = m.sector
            spans.append(span)
        doc.spans[ACTOR_SPANS] = spans
        return doc


#: Seconds the rules may spend reading one article (``--time-limit``); 0 for no limit. The
#: known slow paths are linear; this is the safety net for the ones nobody has found yet.
READ_SECONDS = 30.0


class ReadingTimeout(BaseException):
    """Raised by the timer inside a slow article: a BaseException, so that the per-sentence
    error handling lets it through to the article."""


@contextlib.contextmanager
def time_limit(seconds: float | None = None):
    """Raise ``ReadingTimeout`` in the block after ``seconds`` (default :data:`READ_SECONDS`);
    only in a process's main thread, where signals are delivered (elsewhere: no limit)."""
    seconds = READ_SECONDS if seconds is None else seconds
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise ReadingTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def timeout_message() -> str:
    return f"reading took over {READ_SECONDS:g} s (the --time-limit)"


class EventReader:
    """Reads typed relations from a parsed document (after ``kg_actors``) into ``doc._.kg_extraction``."""

    def __init__(self) -> None:
        self._actors = ActorFinder()

    def __call__(self, doc):
        if doc._.kg_state is None or doc.spans.get(ACTOR_SPANS) is None:
            doc = self._actors(doc)
        st = doc._.kg_state
        try:
            with time_limit():
                doc._.kg_extraction = reader.read(st, doc)
        except ReadingTimeout:
            doc._.kg_failure = (None, timeout_message())
        except SentenceError as exc:
            doc._.kg_failure = (exc.index, f"{type(exc.error).__name__}: {exc.error}")
        except Exception as exc:  # noqa: BLE001 - a document that cannot be read fails alone
            doc._.kg_failure = (None, f"{type(exc).__name__}: {exc}")
        finally:
            doc._.kg_state = None  # the reading state holds the parse; the results stand alone
        return doc


register_extensions()


@Language.factory("kg_actors", assigns=["doc.spans"])
def make_actor_finder(nlp: Language, name: str) -> ActorFinder:
    """The ``kg_actors`` component: states, organisations and officials named in the text."""
    return ActorFinder()


@Language.factory("kg_events", requires=["token.dep", "token.lemma", "token.pos"], assigns=["doc._.kg_extraction"])
def make_event_reader(nlp: Language, name: str) -> EventReader:
    """The ``kg_events`` component: typed relations between the actors, with their qualifiers."""
    return EventReader()
