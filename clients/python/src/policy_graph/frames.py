"""Claims and the questions analysts ask most, as pandas DataFrames with a stable column order."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from .graphs import chain_text, evidence_record
from .transport import DateLike, Transport, iso_date

CLAIM = """
  id kind text statedDate approximateDate
  speaker { __typename id name }
  source { id title publisher }
  about { id }
  attributedTo { id }
  attribution { role name entity { id } }
  date dateBasis
  support { independentOrigins credibility grade }
"""

CLAIMS = f"""
query PythonClaims($filter: ClaimFilter, $first: Int, $after: String) {{
  claims(filter: $filter, first: $first, after: $after) {{
    pageInfo {{ hasNextPage endCursor }}
    nodes {{ {CLAIM} }}
  }}
}}
"""

CONTRADICTIONS = f"""
query PythonContradictions($trackId: ID, $includeRetracted: Boolean!) {{
  contradictions(trackId: $trackId, includeRetracted: $includeRetracted) {{
    claim {{ {CLAIM} }}
    contradictingClaim {{ {CLAIM} }}
    sharedTracks {{ id }}
  }}
}}
"""

CONTRADICTION_TIMELINE = """
query PythonContradictionTimeline($trackId: ID!, $from: String, $to: String, $bucket: TimeBucket) {
  contradictionTimeline(trackId: $trackId, from: $from, to: $to, bucket: $bucket) {
    buckets { ...PythonBucket }
    undated { ...PythonBucket }
  }
}
fragment PythonBucket on ContradictionBucket {
  dated start end claimsMade contradictionsOpened
  contradictions { claim { id } contradictingClaim { id } date linkedBy source { id } }
  claimSpeakers { speaker { id } count }
  contradictingClaimSpeakers { speaker { id } count }
}
"""

ROUTED = """
query PythonTracksRoutedThrough($personId: ID!, $asOf: String) {
  tracksRoutedThrough(personId: $personId, asOf: $asOf) {
    track { id name }
    relation { id dated knownFrom support { claims sources independentOrigins onRecord firstSaid lastSaid reliability credibility grade } }
    evidence { id kind text statedDate approximateDate speaker { id name } source { id title publisher } }
  }
}
"""

CLAIM_COLUMNS = [
    "id", "kind", "text", "speaker", "speaker_name", "speaker_kind", "source", "source_title", "publisher",
    "stated_date", "approximate_date", "about", "attributed_to", "attribution", "attribution_ids", "date", "date_basis",
    "independent_origins", "credibility", "grade",
]  # fmt: skip
# claims_frame's keyword filters and the ClaimFilter fields they set.
ATTRIBUTION_FILTERS = {
    "first_hand": "firstHand", "attributed_to": "attributedTo", "publisher": "publisher",
    "relays_analysis_of": "relaysAnalysisOf",
}  # fmt: skip
CONTRADICTION_COLUMNS = (
    [f"claim_{c}" if c != "id" else "claim" for c in CLAIM_COLUMNS]
    + [f"contradicting_{c}" if c != "id" else "contradicting_claim" for c in CLAIM_COLUMNS]
    + ["shared_tracks"]
)
CONTRADICTION_TIMELINE_COLUMNS = [
    "start", "end", "dated", "claims_made", "contradictions_opened", "pairs", "claim_speakers", "contradicting_claim_speakers",
]  # fmt: skip
# The relation's support (README, "Independent corroboration"), repeated on each of its evidence rows.
SUPPORT_COLUMNS = {
    "claims": "support_claims", "sources": "support_sources", "independentOrigins": "independent_origins",
    "onRecord": "on_record", "firstSaid": "first_said", "lastSaid": "last_said", "reliability": "reliability",
    "credibility": "credibility", "grade": "grade",
}  # fmt: skip
ROUTED_COLUMNS = [
    "track", "track_name", "relation", "dated", "known_from", *SUPPORT_COLUMNS.values(), "claim_id", "kind", "text",
    "speaker", "speaker_name", "source", "source_title", "publisher", "date",
]  # fmt: skip


def claim_row(claim: Mapping[str, Any]) -> dict[str, Any]:
    """A claim flattened into claims_frame's columns."""
    return {
        "id": claim["id"],
        "kind": claim["kind"],
        "text": claim["text"],
        "speaker": claim["speaker"]["id"],
        "speaker_name": claim["speaker"]["name"],
        "speaker_kind": claim["speaker"]["__typename"],
        "source": claim["source"]["id"],
        "source_title": claim["source"]["title"],
        "publisher": claim["source"].get("publisher"),
        "stated_date": claim.get("statedDate"),
        "approximate_date": claim.get("approximateDate"),
        "about": [entity["id"] for entity in claim["about"]],
        "attributed_to": [entity["id"] for entity in claim["attributedTo"]],
        "attribution": chain_text(claim.get("attribution", [])),
        "attribution_ids": [(link["entity"] or {}).get("id") for link in claim.get("attribution", [])],
        "date": claim.get("date"),
        "date_basis": claim.get("dateBasis"),
        "independent_origins": (claim.get("support") or {}).get("independentOrigins"),
        "credibility": (claim.get("support") or {}).get("credibility"),
        "grade": (claim.get("support") or {}).get("grade"),
    }


def prefixed(row: dict[str, Any], prefix: str, id_column: str) -> dict[str, Any]:
    return {(id_column if key == "id" else f"{prefix}{key}"): value for key, value in row.items()}


class FrameReads(Transport):
    def claims_frame(
        self,
        filter: Mapping[str, Any] | None = None,
        page_size: int = 100,
        *,
        first_hand: bool | None = None,
        attributed_to: str | None = None,
        publisher: str | None = None,
        relays_analysis_of: str | None = None,
    ) -> pd.DataFrame:
        """Every claim matching ``filter`` (a ClaimFilter: kinds, speakerId, aboutId, sourceId, text, includeRetracted), by id.

        The attribution filters may also be given as keywords: ``first_hand`` (no one relayed or reported it),
        ``attributed_to`` (an entity in the chain after the speaker), ``publisher`` (the source's publisher entity),
        ``relays_analysis_of`` (said by that analyst, or the outlet's ANALYSIS in a source that relays the analyst).

        Columns: id, kind, text, speaker, speaker_name, speaker_kind, source, source_title, publisher, stated_date,
        approximate_date, about (list of ids), attributed_to (list of ids, in chain order), attribution (the chain as
        one string, speaker first, publisher last), attribution_ids (the chain's entity ids, None for a publisher known
        by name only); the same columns when nothing matches.
        """
        keywords = {
            "first_hand": first_hand, "attributed_to": attributed_to, "publisher": publisher,
            "relays_analysis_of": relays_analysis_of,
        }  # fmt: skip
        merged = dict(filter or {}) | {ATTRIBUTION_FILTERS[k]: v for k, v in keywords.items() if v is not None}
        claims = self.paginate(CLAIMS, "claims", page_size=page_size, filter=merged or None)
        return pd.DataFrame([claim_row(claim) for claim in claims], columns=CLAIM_COLUMNS)

    def contradictions_frame(self, track_id: str | None = None, include_retracted: bool = False) -> pd.DataFrame:
        """Pairs of contradicting claims (one of them about ``track_id`` when given), one row per pair.

        Columns: claim, claim_kind, claim_text, claim_speaker, ... then contradicting_claim, contradicting_kind, ...
        (the columns of claims_frame, prefixed), and shared_tracks (ids of the tracks both are about).
        """
        answer = self.query(CONTRADICTIONS, trackId=track_id, includeRetracted=include_retracted)["contradictions"]
        rows = [
            prefixed(claim_row(pair["claim"]), "claim_", "claim")
            | prefixed(claim_row(pair["contradictingClaim"]), "contradicting_", "contradicting_claim")
            | {"shared_tracks": [track["id"] for track in pair["sharedTracks"]]}
            for pair in answer
        ]
        return pd.DataFrame(rows, columns=CONTRADICTION_COLUMNS)

    def contradiction_timeline(
        self, track_id: str, from_: DateLike | None = None, to: DateLike | None = None, bucket: str = "MONTH"
    ) -> pd.DataFrame:
        """Claims made and contradictions opened on a track per ``bucket`` (MONTH, QUARTER or YEAR), one row per bucket.

        Columns: start, end (ISO days; missing on the last row, the undated bucket), dated, claims_made,
        contradictions_opened, pairs (list of ``(claim, contradicting_claim)`` ids), claim_speakers and
        contradicting_claim_speakers (``{speaker id: count}``, the two sides). ``from_``/``to`` bound the buckets.
        """
        answer = self.query(
            CONTRADICTION_TIMELINE, trackId=track_id, **{"from": iso_date(from_)}, to=iso_date(to), bucket=bucket
        )["contradictionTimeline"]

        def row(b: Mapping[str, Any]) -> dict[str, Any]:
            return {
                "start": b["start"],
                "end": b["end"],
                "dated": b["dated"],
                "claims_made": b["claimsMade"],
                "contradictions_opened": b["contradictionsOpened"],
                "pairs": [(c["claim"]["id"], c["contradictingClaim"]["id"]) for c in b["contradictions"]],
                "claim_speakers": {s["speaker"]["id"]: s["count"] for s in b["claimSpeakers"]},
                "contradicting_claim_speakers": {s["speaker"]["id"]: s["count"] for s in b["contradictingClaimSpeakers"]},
            }

        rows = [row(b) for b in answer["buckets"]] + [row(answer["undated"])]
        return pd.DataFrame(rows, columns=CONTRADICTION_TIMELINE_COLUMNS)

    def tracks_routed_through(self, person_id: str, as_of: DateLike | None = None) -> pd.DataFrame:
        """The tracks routed through a person, one row per evidence claim: who says so, and where.

        Columns: track, track_name, relation, dated, known_from, the relation's support (support_claims,
        support_sources, independent_origins, on_record, first_said, last_said, reliability, credibility, grade),
        claim_id, kind, text, speaker, speaker_name, source, source_title, publisher, date (statedDate, else
        approximateDate). ``frame.track.unique()`` lists the tracks.
        """
        answer = self.query(ROUTED, personId=person_id, asOf=iso_date(as_of))["tracksRoutedThrough"]
        rows = [
            {
                "track": routed["track"]["id"],
                "track_name": routed["track"]["name"],
                "relation": routed["relation"]["id"],
                "dated": routed["relation"]["dated"],
                "known_from": routed["relation"]["knownFrom"],
                **{column: routed["relation"]["support"][key] for key, column in SUPPORT_COLUMNS.items()},
                **evidence_record(claim),
                "publisher": claim["source"].get("publisher"),
            }
            for routed in answer
            for claim in routed["evidence"]
        ]
        return pd.DataFrame(rows, columns=ROUTED_COLUMNS)
