"""Who brokers policy tracks over time (the API's ``brokers``), as one DataFrame row per bucket and person."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from .transport import DateLike, Transport, iso_date

BROKERS = """
query PythonBrokers($trackIds: [ID!]!, $from: String!, $to: String!, $bucket: TimeBucket) {
  brokers(trackIds: $trackIds, from: $from, to: $to, bucket: $bucket) {
    bucket engine
    limits { maxNodes maxBuckets sampled pivots }
    buckets { ...PythonBrokerBucket }
    undated { ...PythonBrokerBucket }
  }
}
fragment PythonBrokerBucket on BrokerBucket {
  label dated start end nodeCount edgeCount truncated
  brokers {
    person { id name }
    tracks { id }
    betweenness evidenceCount
    roles { coordinator gatekeeper representative consultant liaison }
  }
}
"""

ROLES = ["coordinator", "gatekeeper", "representative", "consultant", "liaison"]
BROKER_COLUMNS = [
    "bucket", "dated", "start", "end", "person", "person_name", "tracks", "betweenness", *ROLES, "evidence_count",
    "node_count", "edge_count", "truncated",
]  # fmt: skip


def broker_rows(bucket: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One bucket's brokers flattened into the columns of ``brokers``."""
    return [
        {
            "bucket": bucket["label"],
            "dated": bucket["dated"],
            "start": bucket["start"],
            "end": bucket["end"],
            "person": broker["person"]["id"],
            "person_name": broker["person"]["name"],
            "tracks": [track["id"] for track in broker["tracks"]],
            "betweenness": broker["betweenness"],
            **{role: broker["roles"][role] for role in ROLES},
            "evidence_count": broker["evidenceCount"],
            "node_count": bucket["nodeCount"],
            "edge_count": bucket["edgeCount"],
            "truncated": bucket["truncated"],
        }
        for broker in bucket["brokers"]
    ]


class BrokerReads(Transport):
    def brokers(self, track_ids: Iterable[str], start: DateLike, end: DateLike, bucket: str = "MONTH") -> pd.DataFrame:
        """Who the tracks are routed through, bucket by bucket (``MONTH``, ``QUARTER`` or ``YEAR``, from ``start``
        to ``end``, ISO text or dates), with betweenness and Gould-Fernandez brokerage roles on each bucket's graph.

        One row per bucket and person (at most 100 a bucket), buckets oldest first and, within one, highest
        betweenness first; then the rows of relations with no date at all (``bucket == "UNDATED"``, ``dated``
        False), never spread over buckets.
        Columns: bucket, dated, start, end, person, person_name, tracks (list of ids), betweenness, coordinator,
        gatekeeper, representative, consultant, liaison, evidence_count, node_count, edge_count, truncated (the bucket
        graph's size and whether it was cut to limits.maxNodes). ``frame.attrs`` holds ``limits`` and ``engine``.
        A bucket with no broker has no row: ``frame.attrs["buckets"]`` lists every bucket label.
        """
        answer = self.query(BROKERS, trackIds=list(track_ids), **{"from": iso_date(start), "to": iso_date(end)}, bucket=bucket)["brokers"]
        sections = [*answer["buckets"], answer["undated"]]
        frame = pd.DataFrame([row for section in sections for row in broker_rows(section)], columns=BROKER_COLUMNS)
        frame.attrs.update(limits=answer["limits"], engine=answer["engine"], buckets=[s["label"] for s in sections])
        return frame
