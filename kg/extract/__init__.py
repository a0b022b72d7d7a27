"""Extraction: a spaCy pipeline of registered components that turns text into facts.

The facts (`kg.extract.facts`) are plain dataclasses; the pipeline, and spaCy with it, is
imported only when `Extractor` or `build_nlp` is first used, so that code that only reads
facts (the graph, the CLI's other commands) starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.facts import Actor, Event, Facts, Mention, Return, Statement

if TYPE_CHECKING:
    from kg.extract.pipeline import Extractor, build_nlp

__all__ = ["Actor", "Event", "Extractor", "Facts", "Mention", "Return", "Statement", "build_nlp"]


def __getattr__(name: str) -> object:
    if name in ("Extractor", "build_nlp"):
        from kg.extract import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'kg.extract' has no attribute {name!r}")
