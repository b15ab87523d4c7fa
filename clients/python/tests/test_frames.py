"""Claims and routed tracks as pandas DataFrames, checked against the API's own answers."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from policy_graph import Client

COLUMNS = [
    "id", "kind", "text", "speaker", "speaker_name", "speaker_kind", "source", "source_title", "publisher",
    "stated_date", "approximate_date", "about", "attributed_to", "attribution", "attribution_ids", "date", "date_basis",
    "independent_origins", "credibility", "grade",
]  # fmt: skip


def test_claims_frame_has_every_claim_with_the_counts_by_kind_of_the_api(pg: Client) -> None:
    frame = pg.claims_frame(page_size=7)
    assert list(frame.columns) == COLUMNS
    assert len(frame) == pg.query("{ claims { totalCount } }")["claims"]["totalCount"]
    assert frame["id"].is_unique
    for kind, count in frame["kind"].value_counts().items():
        direct = pg.query("query($kinds: [ClaimKind!]) { claims(filter: { kinds: $kinds }) { totalCount } }", kinds=[kind])
        assert count == direct["claims"]["totalCount"], kind
    assert set(frame["kind"]) == {"QUOTE", "REPORT", "ANALYSIS", "FACT"}


def test_claims_frame_rows_say_who_said_it_where_and_about_what(pg: Client) -> None:
    frame = pg.claims_frame({"speakerId": "person:vance"}).set_index("id")
    vance = frame.loc["claim:vance-next-100-days"]
    assert vance["kind"] == "QUOTE" and vance["speaker_name"] == "J.D. Vance" and vance["speaker_kind"] == "Person"
    assert vance["source"] == "source:espreso-parallel-realities" and vance["publisher"] == "Espreso Global"
    assert vance["approximate_date"] == "2025-04/2025-05"
    assert "institution:espreso-global" in vance["attributed_to"]
    assert isinstance(vance["about"], list) and vance["about"]
    assert set(frame["speaker"]) == {"person:vance"}


def test_claims_frame_filters_like_the_api(pg: Client) -> None:
    about = pg.claims_frame({"aboutId": "track:ukraine", "kinds": ["ANALYSIS"]})
    direct = pg.query('{ claims(filter: { aboutId: "track:ukraine", kinds: [ANALYSIS] }, first: 100) { nodes { id } } }')
    assert about["id"].tolist() == [c["id"] for c in direct["claims"]["nodes"]]
    assert all("track:ukraine" in ids for ids in about["about"])


def test_an_empty_claims_frame_keeps_its_columns(pg: Client) -> None:
    frame = pg.claims_frame({"text": "no claim says this 9f2c"})
    assert frame.empty and list(frame.columns) == COLUMNS


def test_tracks_routed_through_witkoff_are_three_each_with_who_says_so(pg: Client) -> None:
    frame = pg.tracks_routed_through("person:witkoff")
    assert set(frame["track"]) == {"track:ukraine", "track:israel-hamas", "track:iran"}
    assert frame[["claim_id", "speaker_name", "source_title"]].notna().all().all()
    # The outlet says all roads lead through Witkoff; the analyst says so too, for each track.
    for track, claims in frame.groupby("track"):
        assert "claim:all-roads-through-witkoff" in set(claims["claim_id"]), track
        assert {"Espreso Global", "Founder of Resurgam"} <= set(claims["speaker_name"]), track
    assert frame.loc[frame.track == "track:ukraine", "track_name"].iloc[0]
    dated = pg.tracks_routed_through("person:witkoff", as_of=dt.date(2025, 5, 1))
    assert set(dated["track"]) == set(frame["track"])


def test_tracks_routed_through_carries_each_relation_s_support_as_columns(pg: Client) -> None:
    frame = pg.tracks_routed_through("person:witkoff")
    per_relation = frame.drop_duplicates("relation").set_index("relation")
    for relation_id, row in per_relation.iterrows():
        direct = pg.query(
            'query($id: ID!) { tracksRoutedThrough(personId: $id) { relation { id dated knownFrom '
            "support { independentOrigins grade } } } }",
            id="person:witkoff",
        )["tracksRoutedThrough"]
        relation = next(r["relation"] for r in direct if r["relation"]["id"] == relation_id)
        assert row["independent_origins"] == relation["support"]["independentOrigins"], relation_id
        assert row["grade"] == relation["support"]["grade"] and row["known_from"] == relation["knownFrom"], relation_id
    # The seed's routes are undated, said in the article's period, by the outlet and the founder's analysis.
    assert not per_relation["dated"].any() and set(per_relation["known_from"]) == {"2025-04"}
    claims = pg.claims_frame({"speakerId": "person:vance"}).set_index("id")
    assert claims.loc["claim:vance-next-100-days", "date_basis"] == "APPROXIMATE"
    assert claims.loc["claim:vance-next-100-days", "grade"].startswith("F")


def test_tracks_routed_through_someone_without_tracks_is_an_empty_frame_with_columns(pg: Client) -> None:
    frame = pg.tracks_routed_through("person:thiel")
    assert frame.empty and "speaker_name" in frame.columns


def test_contradictions_on_ukraine_pair_claims_with_their_speakers(pg: Client) -> None:
    frame = pg.contradictions_frame(track_id="track:ukraine")
    direct = pg.query('{ contradictions(trackId: "track:ukraine") { claim { id } contradictingClaim { id } } }')["contradictions"]
    assert len(frame) == len(direct) > 0
    assert {frozenset(p) for p in zip(frame["claim"], frame["contradicting_claim"])} == {
        frozenset((d["claim"]["id"], d["contradictingClaim"]["id"])) for d in direct
    }
    assert frame["claim_speaker_name"].notna().all() and frame["contradicting_speaker_name"].notna().all()
    assert all("track:ukraine" in tracks for tracks in frame["shared_tracks"])
    assert isinstance(pg.contradictions_frame(), pd.DataFrame)


def test_claims_frame_reads_attribution_chains_and_filters_by_them(pg: Client) -> None:
    relayed = pg.claims_frame(attributed_to="person:resurgam-founder").set_index("id")
    assert sorted(relayed.index) == ["claim:bessent-strategic-uncertainty", "claim:white-house-same-order-twice"]
    report = relayed.loc["claim:white-house-same-order-twice"]
    assert report["attribution"] == "U.S. media > Founder of Resurgam (RELAYED_BY) > Espreso Global (PUBLISHED_BY)"
    assert report["attribution_ids"] == ["institution:us-media", "person:resurgam-founder", "institution:espreso-global"]
    analysis = pg.claims_frame(relays_analysis_of="person:resurgam-founder")
    assert len(analysis) == 18 and set(analysis["speaker"]) == {"person:resurgam-founder", "institution:espreso-global"}
    first_hand = pg.claims_frame({"kinds": ["FACT"]}, first_hand=True, publisher="institution:espreso-global")
    assert len(first_hand) == 4


def test_contradiction_timeline_places_the_seed_contradictions_by_month_and_keeps_the_undated_apart(pg: Client) -> None:
    frame = pg.contradiction_timeline("track:ukraine", from_="2025-04", to="2025-05")
    assert list(frame["start"][:2]) == ["2025-04-01", "2025-05-01"] and frame["start"].isna().iloc[2]
    april, may, undated = (frame.iloc[i] for i in range(3))
    # Vance's "next 100 days" and the State Department's exit, both dated only as April to May 2025: opened in April.
    assert ("claim:vance-next-100-days", "claim:state-dept-no-longer-mediator") in april["pairs"]
    assert april["claim_speakers"].get("person:vance") == 1
    assert april["contradicting_claim_speakers"].get("institution:state-department") == 1
    assert may["contradictions_opened"] == 0
    # The article's own reading of the 100-day plan gives no date of its own: it is dated by its source, the article
    # (April to May 2025), so its contradiction opens in April too and nothing is left undated.
    assert ("claim:vance-plan-buying-time", "claim:vance-next-100-days") in april["pairs"]
    assert not undated["dated"] and undated["contradictions_opened"] == 0
    assert frame["claims_made"].sum() >= 2
