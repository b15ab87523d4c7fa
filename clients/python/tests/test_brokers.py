"""brokers as a DataFrame, checked against the API's own answer on the seed (whose routings are undated)."""

from __future__ import annotations

import datetime as dt

from policy_graph import Client
from policy_graph.brokers import BROKER_COLUMNS

TRACKS = ["track:ukraine", "track:iran", "track:israel-hamas"]


def test_brokers_rows_are_one_per_bucket_and_person_with_undated_routings_apart(pg: Client) -> None:
    frame = pg.brokers(TRACKS, "2025-01", dt.date(2025, 3, 31), bucket="MONTH")
    assert list(frame.columns) == BROKER_COLUMNS
    assert frame.attrs["buckets"] == ["2025-01", "2025-02", "2025-03", "UNDATED"]
    assert frame.attrs["limits"]["sampled"] is False and frame.attrs["limits"]["maxNodes"] > 0
    # The seed dates none of its routings: Witkoff brokers all three tracks in the undated section only.
    assert frame["bucket"].tolist() == ["UNDATED"]
    witkoff = frame.set_index("person").loc["person:witkoff"]
    assert not witkoff["dated"] and witkoff["start"] is None
    assert sorted(witkoff["tracks"]) == sorted(TRACKS)
    direct = pg.query(
        'query($t: [ID!]!) { brokers(trackIds: $t, from: "2025-01", to: "2025-03") '
        "{ undated { nodeCount brokers { betweenness evidenceCount roles { liaison } } } } }",
        t=TRACKS,
    )["brokers"]["undated"]
    assert witkoff["betweenness"] == direct["brokers"][0]["betweenness"] > 0
    assert witkoff["liaison"] == direct["brokers"][0]["roles"]["liaison"]
    assert witkoff["evidence_count"] == direct["brokers"][0]["evidenceCount"]
    assert witkoff["node_count"] == direct["nodeCount"]


def test_brokers_of_a_window_with_no_routing_is_an_empty_frame_with_its_columns(pg: Client) -> None:
    frame = pg.brokers(["track:iran"], "2019", "2020", bucket="YEAR")
    assert list(frame.columns) == BROKER_COLUMNS
    assert frame.attrs["buckets"] == ["2019", "2020", "UNDATED"]
    assert set(frame["bucket"]) <= {"UNDATED"}
