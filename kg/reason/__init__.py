"""Reasoning and validation: what the ontology entails from the facts, and whether the facts
keep the shapes.

    reason(store, engine="hermit")  HermiT (or the OWL 2 RL rules) into the inferred graph
    validate_document(graph)        SHACL violations of one document's facts (ingest uses it)
    validate_store(store)           the violations of every stored document, by document id
"""

from __future__ import annotations

from kg.reason.errors import Clash, InconsistentGraph, JavaNotFound, ReasoningError
from kg.reason.reasoner import ENGINES, ReasoningReport, reason
from kg.reason.shapes import Violation, validate_document, validate_store

__all__ = [
    "ENGINES",
    "Clash",
    "InconsistentGraph",
    "JavaNotFound",
    "ReasoningError",
    "ReasoningReport",
    "Violation",
    "reason",
    "validate_document",
    "validate_store",
]
