"""The three views of the store that kg exports, as networkx MultiDiGraphs ready to write.

- `actors` (the default): actors only, with actor-actor edges projected through events and
  statements: a mediator "mediated between" each party (kind `mediator`), the parties of an
  event are linked to each other, undirected ("exchanged with" for an exchange; kind
  `party`), a speaker "spoke about" whom a statement is about (kind `speaker`).
- `events`: actors, events and documents; `event -party/mediator/recipient-> actor` and
  `document -mentions-> event` (the document reports it).
- `full`: the events view plus `document -mentions-> actor` and the "spoke about" edges.

Each written graph has, on nodes: `label`, `spells` (the timeline), `color` and `size` (for
Gephi), and data attributes (`category`, `type`, `iri`, counts...); on edges: `kind`,
`label`, `weight`, `directed`, `spells` and data attributes. Node ids are short, readable
tokens made from the IRIs ("country:NOR"), valid as GraphML ids; `iri` keeps the IRI.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from itertools import combinations

import networkx as nx

from kg.errors import ExportError
from kg.export.graph import nodes_of, read_store, within
from kg.export.style import colour, node_size
from kg.model.namespace import BASE
from kg.store import Store

_PARTY_LABELS = {
    "Exchange": "exchanged with",
    "Release": "release between",
    "Talks": "held talks with",
    "Attack": "fought with",
    "Visit": "visit between",
}
_ID_PREFIX = BASE + "id/"


def build_view(
    store: Store, view: str = "actors", *, since: dt.date | None = None, until: dt.date | None = None
) -> nx.MultiDiGraph:
    """One view of the store, optionally limited to the days from `since` to `until`."""
    if view not in VIEWS:
        raise ExportError(f"unknown view {view!r}: choose one of {', '.join(VIEWS)}")
    if since and until and since > until:
        raise ExportError(f"the date range starts on {since}, after it ends on {until}: nothing to export")
    base = within(read_store(store), since, until)
    _count_involvement(base)
    graph = _finish(VIEWS[view](base))
    graph.graph["description"] = _describe(view, since, until)
    return graph


def _describe(view: str, since: dt.date | None, until: dt.date | None) -> str:
    """What a file holds, for its metadata: "kg actors view, 2025-01-01 to the end"."""
    text = f"kg {view} view"
    if since or until:
        text += f", {since or 'the beginning'} to {until or 'the end'}"
    return text


def _actors_view(base: nx.MultiDiGraph) -> nx.MultiDiGraph:
    view = nx.MultiDiGraph()
    view.add_nodes_from((node, base.nodes[node]) for node in nodes_of(base, "actor"))
    for event in nodes_of(base, "event"):
        _project_event(base, event, view)
    _project_statements(base, view)
    return view


def _events_view(base: nx.MultiDiGraph) -> nx.MultiDiGraph:
    view = _without_statements(base)
    view.remove_edges_from([(source, target, kind) for source, target, kind in view.edges(keys=True)
                            if kind == "mentions" and view.nodes[target]["category"] == "actor"])
    return view


def _full_view(base: nx.MultiDiGraph) -> nx.MultiDiGraph:
    view = _without_statements(base)
    _project_statements(base, view)
    return view


VIEWS: dict[str, Callable[[nx.MultiDiGraph], nx.MultiDiGraph]] = {
    "actors": _actors_view,
    "events": _events_view,
    "full": _full_view,
}


def _without_statements(base: nx.MultiDiGraph) -> nx.MultiDiGraph:
    view = base.copy()
    view.remove_nodes_from(nodes_of(base, "statement"))
    for _source, target, data in view.edges(data=True):
        reports = data["kind"] == "mentions" and view.nodes[target]["category"] == "event"
        data["label"] = "reports" if reports else data["kind"]
    return view


def _count_involvement(base: nx.MultiDiGraph) -> None:
    """Give actors their numbers of documents, events and statements and their first day; name events."""
    for actor in nodes_of(base, "actor"):
        involved: dict[str, set[str]] = {"document": set(), "event": set(), "statement": set()}
        days = set()
        for source, _target, kind in base.in_edges(actor, keys=True):
            if kind != "about":
                involved[base.nodes[source]["category"]].add(source)
            days.add(base.nodes[source]["when"])
        base.nodes[actor].update({f"{category}s": len(nodes) for category, nodes in involved.items()})
        base.nodes[actor]["when"] = min(days - {None}, default=None)
    for event in nodes_of(base, "event"):
        data = base.nodes[event]
        data["documents"] = base.in_degree(event)  # only documents point at events
        data["people"] = sum(people or 0 for _, _, people in base.out_edges(event, data="people")) or None
        data["label"] = _event_label(base, event)
    for document in nodes_of(base, "document"):
        base.nodes[document]["documents"] = 1


def _event_label(base: nx.MultiDiGraph, event: str) -> str:
    """What Gephi shows on an event node, such as "Exchange: Kosovo / Serbia (2025-03-14)"."""
    data = base.nodes[event]
    parties = sorted(base.nodes[actor]["label"] for _, actor, kind in base.out_edges(event, keys=True)
                     if kind == "party")
    label = f"{data['type']}: {' / '.join(parties) or 'no known parties'}"
    return f"{label} ({data['date']})" if data["date"] else label


def _project_event(base: nx.MultiDiGraph, event: str, view: nx.MultiDiGraph) -> None:
    """The actor-actor edges one event makes: mediator -> each party, party <-> party."""
    roles: dict[str, dict[str, dict]] = {"party": {}, "mediator": {}, "recipient": {}}
    for _, actor, kind, data in base.out_edges(event, keys=True, data=True):
        roles[kind][actor] = data
    day = base.nodes[event]["when"]
    for mediator, mediation in roles["mediator"].items():
        for party in roles["party"]:
            if party != mediator:
                _link(view, mediator, party, "mediator", "mediated between", sources=mediation["sources"], day=day,
                      event=event)
    label = _PARTY_LABELS.get(base.nodes[event]["type"], "took part with")
    for first, second in combinations(sorted(roles["party"]), 2):
        people = sum(roles["recipient"].get(side, {}).get("people", 0) for side in (first, second))
        sources = roles["party"][first]["sources"] | roles["party"][second]["sources"]
        _link(view, first, second, "party", label, sources=sources, day=day, event=event, directed=False,
              people=people)


def _project_statements(base: nx.MultiDiGraph, view: nx.MultiDiGraph) -> None:
    """speaker -> each actor a statement is about ("spoke about"), counting statements."""
    for statement in nodes_of(base, "statement"):
        targets: dict[str, list[str]] = {"speaker": [], "about": []}
        for _, actor, kind in base.out_edges(statement, keys=True):
            targets[kind].append(actor)
        day = base.nodes[statement]["when"]
        for speaker in targets["speaker"]:
            sources = base.edges[statement, speaker, "speaker"]["sources"]
            for about in targets["about"]:
                if about != speaker:
                    _link(view, speaker, about, "speaker", "spoke about", sources=sources, day=day, statements=1)


def _link(
    view: nx.MultiDiGraph,
    source: str,
    target: str,
    kind: str,
    label: str,
    *,
    sources: set[str],
    day: str | None,
    event: str | None = None,
    directed: bool = True,
    people: int = 0,
    statements: int = 0,
) -> None:
    """Add one more event or statement to the projected edge `source -kind/label-> target`."""
    key = f"{kind}:{label}"
    if not view.has_edge(source, target, key):
        view.add_edge(source, target, key=key, kind=kind, label=label, directed=directed, sources=set(),
                      dates=set(), events=set(), people=0, statements=0)
    edge = view.edges[source, target, key]
    edge["sources"] |= sources
    edge["dates"] |= {day} - {None}
    edge["events"] |= {event} - {None}
    edge["people"] += people
    edge["statements"] += statements


def _finish(view: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Turn bookkeeping into what the writers write: counts, weights, spells, colours, ids."""
    for node, data in view.nodes(data=True):
        data.update(iri=node, spells=_node_spells(data), color=colour(data["type"]),
                    size=node_size(data.get("documents", 0)))
        data.pop("when")
    for _source, _target, data in view.edges(data=True):
        counts = {"documents": len(data.pop("sources")), "events": len(data.pop("events", ())),
                  "people": data.pop("people", 0), "statements": data.pop("statements", 0)}
        data.update({name: count for name, count in counts.items() if count})
        data["weight"] = counts["people"] or counts["documents"]
        data["spells"] = [(day, day) for day in sorted(data.pop("dates"))]
        data.setdefault("directed", True)
    return nx.relabel_nodes(view, {node: node_id(node) for node in view})


def _node_spells(data: dict) -> list[tuple[str, str | None]]:
    """Actors enter the timeline on their first day and stay; events and documents live one day."""
    if not data["when"]:
        return []
    return [(data["when"], None if data["category"] == "actor" else data["when"])]


def node_id(iri: str) -> str:
    """A short id from a kg IRI, valid as an XML name token: ".../id/country/NOR" -> "country:NOR".

    "/" becomes ":"; every character but letters, digits, "." and "-" becomes "_" and its hex
    UTF-8 bytes, so two IRIs never share an id.
    """
    tail = iri.removeprefix(_ID_PREFIX)
    escaped = re.sub(r"[^A-Za-z0-9.\-/]", lambda m: "".join(f"_{b:02X}" for b in m.group().encode()), tail)
    return escaped.replace("/", ":")
