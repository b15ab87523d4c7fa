"""Queries, coded errors and pagination, as an analyst's notebook meets them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import CuttingProxy, unused_port
from policy_graph import Client, GraphQLError, HTTPError, PolicyGraphError, TransportError

FIXTURE = Path(__file__).resolve().parents[3] / "test" / "fixtures" / "documents" / "01-iran-talks-stall.json"

CLAIMS_PAGE = """
query($first: Int, $after: String) {
  claims(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } }
}
"""
PEOPLE_EDGES = """
query($first: Int, $after: String, $text: String) {
  people(filter: { text: $text }, first: $first, after: $after, orderBy: { field: NAME, direction: ASC }) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } }
  }
}
"""
TIMELINE = """
query($trackId: ID!, $first: Int, $after: String) {
  timeline(trackId: $trackId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { kind node { id } relation { id } }
  }
}
"""


def test_query_returns_the_data_of_the_answer(pg: Client) -> None:
    data = pg.query('query($id: ID!) { node(id: $id) { id ... on Entity { name } } }', id="person:witkoff")
    assert data == {"node": {"id": "person:witkoff", "name": "Steve Witkoff"}}


def test_an_unknown_id_raises_not_found_with_the_request_id(pg: Client) -> None:
    with pytest.raises(GraphQLError) as caught:
        pg.query('query($id: ID!) { node(id: $id) { id } }', id="person:ghost")
    error = caught.value
    assert error.code == "NOT_FOUND"
    assert error.request_id
    assert error.path == ["node"]
    assert len(error.errors) == 1
    assert "person:ghost" in str(error) and "NOT_FOUND" in str(error) and error.request_id in str(error)


def test_an_id_of_the_wrong_kind_raises_bad_user_input_naming_the_argument(pg: Client) -> None:
    with pytest.raises(GraphQLError) as caught:
        pg.query('{ tracksRoutedThrough(personId: "track:ukraine") { track { id } } }')
    assert caught.value.code == "BAD_USER_INPUT"
    assert "personId" in caught.value.message
    assert caught.value.request_id


def test_every_error_of_an_answer_is_kept(pg: Client) -> None:
    with pytest.raises(GraphQLError) as caught:
        pg.query('{ a: node(id: "person:ghost") { id } b: node(id: "claim:ghost") { id } }')
    assert [e["extensions"]["code"] for e in caught.value.errors] == ["NOT_FOUND", "NOT_FOUND"]
    assert sorted(e["path"][0] for e in caught.value.errors) == ["a", "b"]


def test_a_malformed_query_raises_with_apollos_code_and_the_http_status(pg: Client) -> None:
    with pytest.raises(GraphQLError) as caught:
        pg.query("{ noSuchField }")
    assert caught.value.code == "GRAPHQL_VALIDATION_FAILED"
    assert caught.value.status == 400


def test_an_unknown_key_raises_unauthenticated(url: str) -> None:
    with pytest.raises(GraphQLError) as caught:
        Client(url, api_key="not-a-key-of-this-server").query("{ tracks { totalCount } }")
    assert caught.value.code == "UNAUTHENTICATED"
    assert caught.value.status == 401
    assert caught.value.request_id


def test_a_reader_cannot_retract_and_nothing_changes(pg: Client) -> None:
    with pytest.raises(GraphQLError) as caught:
        pg.query('mutation { retractClaim(id: "claim:thiel-behind-vance", reason: "test") { id } }')
    assert caught.value.code == "FORBIDDEN"
    assert pg.claims_frame({"text": "Peter Thiel"})["id"].tolist() == ["claim:thiel-behind-vance"]


def test_an_editor_dry_run_ingest_reports_what_it_would_create_and_writes_nothing(editor: Client) -> None:
    before = editor.query("{ claims { totalCount } }")["claims"]["totalCount"]
    document = json.loads(FIXTURE.read_text())
    result = editor.query(
        "mutation($input: DocumentInput!) { ingestDocument(input: $input, dryRun: true) { created changes { action kind id } } }",
        input=document,
    )["ingestDocument"]
    assert result["created"] > 0
    assert any(change["id"] == "source:fixture-01-iran-talks-stall" for change in result["changes"])
    assert editor.query("{ claims { totalCount } }")["claims"]["totalCount"] == before
    with pytest.raises(GraphQLError) as caught:
        editor.query('{ node(id: "source:fixture-01-iran-talks-stall") { id } }')
    assert caught.value.code == "NOT_FOUND"


def test_an_error_status_without_a_graphql_body_raises_http_error(url: str) -> None:
    with pytest.raises(HTTPError) as caught:
        Client(url.removesuffix("/graphql") + "/no-such-endpoint").query("{ tracks { totalCount } }")
    assert caught.value.status == 404
    assert isinstance(caught.value, PolicyGraphError)


def test_a_server_that_cannot_be_reached_raises_transport_error_naming_the_url() -> None:
    url = f"http://127.0.0.1:{unused_port()}/graphql"
    with pytest.raises(TransportError, match="could not reach") as caught:
        Client(url, timeout=5).query("{ tracks { totalCount } }")
    assert url in str(caught.value)


def test_an_answer_cut_short_by_the_network_raises_transport_error(url: str, cutting_proxy: type[CuttingProxy]) -> None:
    document = "{ claims(first: 100) { nodes { id text } } }"
    size = len(json.dumps({"data": Client(url).query(document)}))
    proxy = cutting_proxy(url, limit=size // 2)
    with pytest.raises(TransportError, match="cut short"):
        Client(f"http://127.0.0.1:{proxy.port}/graphql").query(document)


def test_paginate_walks_every_claim_in_pages_of_five_without_duplicates(pg: Client) -> None:
    total = pg.query("{ claims { totalCount } }")["claims"]["totalCount"]
    assert total > 5 * 4
    ids = [claim["id"] for claim in pg.paginate(CLAIMS_PAGE, "claims", page_size=5)]
    assert len(ids) == total
    assert len(set(ids)) == total
    assert ids == sorted(ids)  # claims come by id


def test_paginate_is_lazy_one_page_at_a_time(pg: Client) -> None:
    pages = pg.paginate(CLAIMS_PAGE, "claims", page_size=5)
    first_five = [next(pages)["id"] for _ in range(5)]
    assert first_five == [c["id"] for c in pg.query(CLAIMS_PAGE, first=5)["claims"]["nodes"]]


def test_paginate_reads_edges_and_passes_other_variables(pg: Client) -> None:
    people = list(pg.paginate(PEOPLE_EDGES, "people", page_size=4, text=None))
    total = pg.query("{ people { totalCount } }")["people"]["totalCount"]
    assert len(people) == total == len({p["id"] for p in people})
    assert [p["name"] for p in people] == sorted((p["name"] for p in people), key=str.casefold)
    assert [p["id"] for p in pg.paginate(PEOPLE_EDGES, "people", page_size=2, text="witkoff")] == ["person:witkoff"]


def test_paginate_walks_a_track_timeline(pg: Client) -> None:
    items = list(pg.paginate(TIMELINE, "timeline", page_size=3, trackId="track:ukraine"))
    assert len(items) == pg.query(TIMELINE, trackId="track:ukraine", first=1)["timeline"]["totalCount"]
    assert len(items) > 3


def test_paginate_raises_the_error_of_a_page(pg: Client) -> None:
    with pytest.raises(GraphQLError) as caught:
        list(pg.paginate(TIMELINE, "timeline", trackId="person:witkoff"))
    assert caught.value.code == "BAD_USER_INPUT"
