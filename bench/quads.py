"""Store-sized data without store-sized extraction: N-Quads for any number of documents.

Extracting 100,000 documents takes hours on this machine, so the store and query
benchmarks use the real extractor's output for a sample of synthetic documents (the
*templates*) and write it again under new document ids. Each copy is its own named graph
with its own document, mention, event and statement IRIs, exactly as `kg ingest` would
write a document with the same facts; copy `i` carries the answer of template `i % K`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bench.corpus import Answer, doc_id, generate
from kg.errors import KgError
from kg.model.namespace import document_graph
from kg.model.to_rdf import document_to_graph

if TYPE_CHECKING:
    from kg.extract import Extractor  # loads spaCy: imported only where extraction runs

# What names one document in its quads: its id, and the hashed IRIs of its facts.
_PER_DOCUMENT = re.compile(r"syn-\d{7}|/id/[a-z]+/[0-9a-f]{16}")


@dataclass(frozen=True)
class Template:
    """One extracted document's quads, with a hole wherever a copy needs its own name."""

    pattern: str  # str.format pattern with fields {doc} and {copy}
    triples: int

    def render(self, index: int) -> str:
        return self.pattern.format(doc=doc_id(index), copy=index)


def extract_templates(count: int, seed: int = 7, extractor: Extractor | None = None) -> list[Template]:
    """Run the real extractor over `count` synthetic documents and keep their quads."""
    from kg.extract import Extractor

    extracted = (extractor or Extractor()).extract_all(item.document for item in generate(count, seed))
    return [_template(document, facts) for document, facts in extracted]


def write_nquads(path: Path, templates: list[Template], documents: int) -> int:
    """Write `documents` documents' quads to `path`; returns how many triples."""
    triples = 0
    with path.open("w", encoding="utf-8") as out:
        for index in range(documents):
            template = templates[index % len(templates)]
            out.write(template.render(index))
            triples += template.triples
    return triples


def answers(documents: int, template_count: int, seed: int = 7) -> dict[str, Answer]:
    """The known answer of every document `write_nquads` wrote from `template_count` templates."""
    known = [item.answer for item in generate(template_count, seed)]
    return {doc_id(index): known[index % template_count] for index in range(documents)}


def mean_triples(templates: list[Template]) -> float:
    return sum(t.triples for t in templates) / len(templates)


def _template(document, facts) -> Template:  # noqa: ANN001 - Document, Facts | ExtractionError
    if isinstance(facts, KgError):
        raise facts
    graph = document_to_graph(document, facts)
    name = f"<{document_graph(document.id)}>"
    lines = [line[: -len(" .")] + f" {name} .\n" for line in graph.serialize(format="nt").splitlines() if line]
    text = "".join(lines).replace("{", "{{").replace("}", "}}")
    pattern = _PER_DOCUMENT.sub(lambda m: "{doc}" if m[0].startswith("syn-") else m[0] + "-{copy}", text)
    return Template(pattern, len(lines))
