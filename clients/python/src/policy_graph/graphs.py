"""Traversals as networkx graphs: entities keyed by id, relations keyed by relation id, with their evidence."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import networkx as nx

from .transport import DateLike, Transport, iso_date

if TYPE_CHECKING:
    EntityGraph: TypeAlias = nx.MultiDiGraph[str]
else:  # networkx's classes take no type arguments at run time
    EntityGraph = nx.MultiDiGraph

ENTITY = "__typename id name aliases description"
RELATION = """
  id type role validFrom validTo status
  from { id } to { id }
  evidence(includeRetracted: $includeRetracted) {
    id kind text statedDate approximateDate
    speaker { id name } source { id title }
    attribution { role name }
  }
"""

NEIGHBORHOOD = f"""
query PythonNeighborhood($id: ID!, $depth: Int, $asOf: String, $includeRetracted: Boolean!) {{
  neighborhood(id: $id, depth: $depth, asOf: $asOf, includeRetracted: $includeRetracted) {{
    center {{ id }}
    nodes {{ {ENTITY} }}
    edges {{ {RELATION} }}
  }}
}}
"""

PATHS = f"""
query PythonPaths($from: ID!, $to: ID!, $maxHops: Int, $relationTypes: [RelationType!], $asOf: String, $includeRetracted: Boolean!) {{
  paths(from: $from, to: $to, maxHops: $maxHops, relationTypes: $relationTypes, asOf: $asOf, includeRetracted: $includeRetracted) {{
    length
    nodes {{ {ENTITY} }}
    hops {{ relation {{ {RELATION} }} }}
  }}
}}
"""


def chain_text(chain: list[Any]) -> str:
    """Claim.attribution as one string: "U.S. media > Founder of Resurgam (RELAYED_BY) > Espreso Global (PUBLISHED_BY)"."""
    return " > ".join(link["name"] if link["role"] == "SPEAKER" else f"{link['name']} ({link['role']})" for link in chain)


def evidence_record(claim: dict[str, Any]) -> dict[str, Any]:
    """One evidence claim as an edge carries it: who says so, where, when, and its attribution chain (as the export's)."""
    return {
        "claim_id": claim["id"],
        "kind": claim["kind"],
        "text": claim["text"],
        "speaker": claim["speaker"]["id"],
        "speaker_name": claim["speaker"]["name"],
        "source": claim["source"]["id"],
        "source_title": claim["source"]["title"],
        "date": claim.get("statedDate") or claim.get("approximateDate"),
        "attribution": chain_text(claim["attribution"]) if "attribution" in claim else None,
    }


def add_entity(graph: EntityGraph, entity: dict[str, Any]) -> None:
    graph.add_node(
        entity["id"], kind=entity["__typename"], name=entity["name"], aliases=list(entity["aliases"]), description=entity.get("description")
    )


def add_relation(graph: EntityGraph, relation: dict[str, Any]) -> None:
    graph.add_edge(
        relation["from"]["id"],
        relation["to"]["id"],
        key=relation["id"],
        id=relation["id"],
        type=relation["type"],
        role=relation.get("role"),
        valid_from=relation.get("validFrom"),
        valid_to=relation.get("validTo"),
        status=relation.get("status"),
        evidence=[evidence_record(claim) for claim in relation["evidence"]],
    )


class GraphReads(Transport):
    def neighborhood_graph(self, id: str, depth: int = 1, as_of: DateLike | None = None, include_retracted: bool = False) -> EntityGraph:
        """The entities within ``depth`` (1 to 3) relations of ``id`` and the relations among them, with evidence.

        Nodes are keyed by entity id (attributes kind, name, aliases, description); edges by relation id
        (type, role, valid_from, valid_to, status, evidence: a list of claims with speaker and source).
        """
        answer = self.query(NEIGHBORHOOD, id=id, depth=depth, asOf=iso_date(as_of), includeRetracted=include_retracted)["neighborhood"]
        graph: EntityGraph = nx.MultiDiGraph(center=answer["center"]["id"], depth=depth, as_of=iso_date(as_of), include_retracted=include_retracted)
        for entity in answer["nodes"]:
            add_entity(graph, entity)
        for relation in answer["edges"]:
            add_relation(graph, relation)
        return graph

    def paths_graph(
        self,
        from_id: str,
        to_id: str,
        max_hops: int = 4,
        relation_types: list[str] | None = None,
        as_of: DateLike | None = None,
        include_retracted: bool = False,
    ) -> EntityGraph:
        """The shortest paths (at most ``max_hops`` relations, either direction) between two entities, as one graph.

        Same attributes as neighborhood_graph; ``graph.graph["paths"]`` lists each path as its entity ids in order.
        An empty graph (with ``paths == []``) when the two are not connected within ``max_hops``.
        """
        answer = self.query(
            PATHS,
            **{"from": from_id, "to": to_id},
            maxHops=max_hops,
            relationTypes=relation_types,
            asOf=iso_date(as_of),
            includeRetracted=include_retracted,
        )["paths"]
        graph: EntityGraph = nx.MultiDiGraph(source=from_id, target=to_id, max_hops=max_hops, as_of=iso_date(as_of), paths=[])
        for path in answer:
            for entity in path["nodes"]:
                add_entity(graph, entity)
            for hop in path["hops"]:
                add_relation(graph, hop["relation"])
            graph.graph["paths"].append([entity["id"] for entity in path["nodes"]])
        return graph
