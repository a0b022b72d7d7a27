"""kg: a knowledge graph of who did what, from the news.

Documents in (`kg.documents`), extraction (`kg.extract`), the graph under the ontology
(`kg.model`), the store (`kg.store`), queries (`kg.queries`), export and the service.
"""

from kg.errors import KgError
from kg.ingest import delete, ingest
from kg.store import Store

__version__ = "0.1.0"
__all__ = ["KgError", "Store", "delete", "ingest"]
