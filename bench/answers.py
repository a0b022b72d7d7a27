"""The known answers of the synthetic corpus, asked back from a store with the named queries.

A document's answer is right when `mediations.rq` gives exactly one row for it, with the
right mediator, parties and date, and `exchange_returns.rq` gives exactly the right number
of people for each side. Counting right documents at every size shows that answers do not
get lost or mixed up as the store grows.
"""

from __future__ import annotations

from collections import defaultdict

from bench.corpus import Answer
from kg.queries import read_query
from kg.store import Store


def right_answers(store: Store, expected: dict[str, Answer]) -> int:
    """How many documents of `expected` the store answers exactly right."""
    mediations = defaultdict(list)
    for row in store.query(read_query("mediations")):
        parties = tuple(sorted(row["parties"].value.split(" / ")))
        date = row["date"].value if row["date"] else None
        mediations[row["source"].value].append((row["mediator"].value, parties, date))
    returns = defaultdict(set)
    for row in store.query(read_query("exchange_returns")):
        returns[row["source"].value].add((row["recipientName"].value, int(row["count"].value)))
    return sum(
        mediations[doc] == [(answer.mediator, tuple(sorted(answer.parties)), answer.date.isoformat())]
        and returns[doc] == set(answer.returns)
        for doc, answer in expected.items()
    )
