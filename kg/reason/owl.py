"""HermiT, the OWL 2 DL reasoner that ships with owlready2, over the ontology and the facts.

HermiT is complete for OWL 2 DL: it checks that the facts are consistent with every axiom
and entails what the ontology defines (an actor that mediates an event is a `kg:Mediator`,
one that mediates an exchange is `kg:mediatedBetween` its parties). It runs as a Java
process on a temporary file; owlready2 reads its answer back into a world of its own, and
keeps what HermiT found that was not asserted in a separate ontology, which is what
`entailments` returns.

owlready2 reads N-Triples, not Turtle, so the graph arrives as N-Triples. Dates are
xsd:date, outside the OWL 2 datatype map, so HermiT is told to ignore unsupported datatypes.
"""

from __future__ import annotations

import io
import shutil
import zipfile
from functools import lru_cache
from pathlib import Path

import owlready2
from owlready2.reasoning import _INFERRENCES_ONTOLOGY  # where owlready2 puts what HermiT inferred

from kg.reason.errors import JavaNotFound, ProvedInconsistent, ReasoningError

# The IRI owlready2 files the loaded N-Triples under; any IRI will do, it never leaves the world.
_LOADED = "urn:kg:asserted"


@lru_cache(maxsize=1)
def hermit_version() -> str:
    """HermiT's version as its jar declares it, such as "1.3.8.1099"."""
    jar = Path(owlready2.__file__).parent / "hermit" / "HermiT.jar"
    with zipfile.ZipFile(jar) as archive:
        manifest = archive.read("META-INF/MANIFEST.MF").decode("utf-8")
    for line in manifest.splitlines():
        if line.startswith("Implementation-Version:"):
            return line.split(":", 1)[1].strip()
    return "unknown"


def reasoner_version() -> str:
    return f"{hermit_version()} (owlready2 {owlready2.VERSION})"


def require_java() -> None:
    """Fail early, with what to install, when there is no Java to run HermiT on."""
    if shutil.which(owlready2.JAVA_EXE) is None:
        raise JavaNotFound(owlready2.JAVA_EXE)


def entailments(asserted: bytes) -> bytes:
    """What HermiT infers from the ontology and facts (N-Triples in, N-Triples out)."""
    require_java()
    world = owlready2.World()
    try:
        world.get_ontology(_LOADED).load(fileobj=io.BytesIO(asserted), format="ntriples")
        _run_hermit(world)
        inferred = io.BytesIO()
        world.get_ontology(_INFERRENCES_ONTOLOGY).save(inferred, format="ntriples")
        return inferred.getvalue()
    finally:
        world.close()


def _run_hermit(world: owlready2.World) -> None:
    try:
        owlready2.sync_reasoner_hermit(
            world, infer_property_values=True, ignore_unsupported_datatypes=True, debug=0
        )
    except owlready2.OwlReadyInconsistentOntologyError as err:
        raise ProvedInconsistent("HermiT found the graph inconsistent") from err
    except owlready2.OwlReadyJavaError as err:
        raise ReasoningError(f"HermiT {reasoner_version()} failed: {str(err).strip()[:2000]}") from err
