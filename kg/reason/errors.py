"""What can go wrong when reasoning, as `KgError`s the CLI prints without a traceback.

    KgError
     └── ReasoningError           the reasoner could not run or failed (names the reasoner)
          ├── JavaNotFound        HermiT needs a Java runtime and none is installed
          ├── ProvedInconsistent  a reasoner proved the graph inconsistent without saying where
          └── InconsistentGraph   the facts contradict the ontology (names individuals, documents)
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.errors import KgError
from kg.reason.names import short


class ReasoningError(KgError):
    """A reasoner could not run, or failed on the graph."""


class JavaNotFound(ReasoningError):
    """HermiT runs on Java, and the `java` executable was not found."""

    def __init__(self, java: str) -> None:
        self.java = java
        super().__init__(
            f"HermiT needs a Java runtime (11 or later) and {java!r} was not found on the PATH: install one "
            "(Debian/Ubuntu: `apt-get install default-jre-headless`), or use `kg reason --engine rules`, "
            "which needs no Java"
        )


class ProvedInconsistent(ReasoningError):
    """A reasoner proved the graph inconsistent; `reason` then looks for the clashing individuals."""


@dataclass(frozen=True)
class Clash:
    """An individual in two classes the ontology declares disjoint, and the documents it appears in."""

    individual: str
    classes: tuple[str, str]
    documents: tuple[str, ...] = ()

    def __str__(self) -> str:
        first, second = (short(c) for c in self.classes)
        sources = ", ".join(self.documents) or "no document (the ontology itself?)"
        return f"<{self.individual}> is both {first} and {second}, which are disjoint (documents: {sources})"


class InconsistentGraph(ReasoningError):
    """The facts contradict the ontology, so no inference can be trusted and none is stored."""

    def __init__(self, reasoner: str, clashes: list[Clash]) -> None:
        self.reasoner = reasoner
        self.clashes = clashes
        if clashes:
            lines = "\n".join(f"  {clash}" for clash in clashes)
            detail = f"{len(clashes)} individuals in disjoint classes:\n{lines}"
        else:
            detail = ("no individual is in two disjoint classes, so the cause is another axiom "
                      "(such as kg:recipient, which is functional); run `kg validate` to check the facts")
        super().__init__(f"the graph is inconsistent ({reasoner}); nothing was inferred; {detail}")
