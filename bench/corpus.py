"""A synthetic news corpus of any size whose answers are known.

Every document reports one prisoner exchange between two countries, mediated by a third,
on a known day, with a known number of people going home to each side. The wording varies
(several leads, return sentences and background sentences, dates as weekdays or as month
and day), so the extractor does real work; the answer is kept next to each document, so a
benchmark can query it back at any size and check that nothing was lost or mixed up.

    python -m bench.corpus 1000 > corpus.jsonl     # JSON Lines, the format `kg ingest` reads

The sentences are written for this benchmark; none comes from a real article.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.documents import Document

# Canonical names, as the extractor's gazetteer writes them (`skos:prefLabel`).
PARTIES = ("Armenia", "Azerbaijan", "Serbia", "Kosovo", "Sudan", "South Sudan", "Colombia", "Venezuela",
           "Mali", "Niger", "Ethiopia", "Kenya", "Georgia", "Moldova", "Peru", "Ecuador", "Uzbekistan",
           "Tajikistan")
MEDIATORS = ("Qatar", "Turkey", "United Arab Emirates", "Oman", "Switzerland", "Norway", "Saudi Arabia",
             "Egypt")
CAPTIVES = ("prisoners", "detainees", "captives", "prisoners of war")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SOURCES = ("Synthetic Wire", "Example Daily", "Bench Herald")
WITH_ARTICLE = {"United Arab Emirates"}  # written "the United Arab Emirates" in running text

# The lead names both sides, the mediator and the day.
LEADS = (
    "{a} and {b} exchanged {captives} {when} in a deal mediated by {m}, officials said.",
    "{a} and {b} carried out a prisoner swap {when}, with {m} acting as mediator.",
    "{a} and {b} swapped {captives} {when} in an exchange brokered by {m}.",
    "{a} and {b} completed a prisoner exchange {when} with the mediation of {m}, the two governments said.",
    "{a} and {b} traded {captives} {when} in a swap brokered by {m}.",
    "{a} and {b} exchanged {captives} {when} after talks mediated by {m}.",
)
# How many people each side got back.
RETURNS = (
    "{a} received {na} people.\n{b} received {nb} people in return.",
    "{a} said {na} of its citizens had returned home.\n{b} received {nb} people in return.",
    "{a} got back {na} of its citizens.\n{b} got back {nb} of its citizens.",
    "{a} received {na} people, and {b} received {nb} in return.",
    "{a} received {na} {captives}, while {b} received {nb} {captives}.",
    "{b} freed {na} {captives}, and {a} released {nb} {captives} in return.",
)
# Background that names no other exchange.
BACKGROUND = (
    "Relations between the two neighbours have been tense for years.",
    "Families waited for hours at the border crossing for news of their relatives.",
    "Officials in both capitals described the deal as a humanitarian gesture.",
    "The released men and women were taken to hospitals for medical checks.",
    "Diplomats said the deal had taken several months to prepare.",
)
# Someone comments; the speakers are invented names.
SPEAKERS = ("Maria Lindqvist", "Daniel Okoro", "Karim Haddad", "Elena Petrova", "Jonas Weber", "Amara Diallo")
STATEMENTS = (
    '"We are glad our people are home," said {person}, a spokesperson for the foreign ministry of {a}.',
    '"This shows that dialogue works," {person}, a diplomat from {m}, told reporters.',
    "Foreign Minister {person} said the exchange showed that {a} and {b} could still talk.",
    '"The door to further talks remains open," the foreign ministry of {b} said in a statement.',
)
HEADLINES = (
    "{a} and {b} swap {captives} in {m}-brokered deal",
    "{m} helps {a} and {b} bring {captives} home",
    "Prisoner exchange between {a} and {b}",
)


@dataclass(frozen=True)
class Answer:
    """What a correct extraction of one synthetic document says."""

    parties: tuple[str, str]
    mediator: str
    returns: tuple[tuple[str, int], tuple[str, int]]  # (side, how many people it got back)
    date: dt.date


@dataclass(frozen=True)
class SyntheticDocument:
    document: Document
    answer: Answer


def generate(count: int, seed: int = 7) -> Iterator[SyntheticDocument]:
    """`count` documents with their answers; the same seed gives the same corpus."""
    rng = random.Random(seed)
    for index in range(count):
        yield _synthetic(index, rng)


def write_jsonl(path: Path, count: int, seed: int = 7) -> None:
    """Write a corpus as JSON Lines, the format `kg ingest` reads."""
    with path.open("w", encoding="utf-8") as out:
        for item in generate(count, seed):
            out.write(json.dumps(to_json(item.document)) + "\n")


def answers(count: int, seed: int = 7) -> dict[str, Answer]:
    """The answers of `generate(count, seed)`, by document id."""
    return {item.document.id: item.answer for item in generate(count, seed)}


def to_json(document: Document) -> dict[str, str | None]:
    return {"id": document.id, "title": document.title, "published": document.published.isoformat(),
            "source": document.source, "url": None, "text": document.text}


def doc_id(index: int) -> str:
    return f"syn-{index:07d}"


def _synthetic(index: int, rng: random.Random) -> SyntheticDocument:
    a, b = rng.sample(PARTIES, 2)
    m = rng.choice(MEDIATORS)
    published = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(1500))
    day = published - dt.timedelta(days=rng.randrange(7))
    na, nb = rng.randrange(2, 400), rng.randrange(2, 400)
    words = {"a": a, "b": b, "m": _written(m), "na": na, "nb": nb, "captives": rng.choice(CAPTIVES),
             "when": _when(day, published, rng), "person": rng.choice(SPEAKERS)}
    paragraphs = [rng.choice(LEADS), rng.choice(RETURNS), rng.choice(STATEMENTS),
                  *rng.sample(BACKGROUND, rng.randrange(1, 4))]
    text = "\n".join(p.format(**words) for p in paragraphs)
    document = Document(doc_id(index), text, title=rng.choice(HEADLINES).format(**words), published=published,
                        source=rng.choice(SOURCES))
    return SyntheticDocument(document, Answer((a, b), m, ((a, na), (b, nb)), day))


def _written(name: str) -> str:
    return f"the {name}" if name in WITH_ARTICLE else name


def _when(day: dt.date, published: dt.date, rng: random.Random) -> str:
    """The day as a reporter writes it: a weekday in the past week, or month and day."""
    if day != published and rng.random() < 0.5:
        return f"on {day:%B} {day.day}"
    return f"on {WEEKDAYS[day.weekday()]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, help="how many documents")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    for item in generate(args.count, args.seed):
        sys.stdout.write(json.dumps(to_json(item.document)) + "\n")


if __name__ == "__main__":
    main()
