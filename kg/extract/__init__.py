"""Extraction: a spaCy pipeline of registered components that turns text into facts."""

from kg.extract.facts import Actor, Event, Facts, Mention, Return, Statement
from kg.extract.pipeline import Extractor, build_nlp

__all__ = ["Actor", "Event", "Extractor", "Facts", "Mention", "Return", "Statement", "build_nlp"]
