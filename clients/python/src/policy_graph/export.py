"""The server's ``GET /export``: GraphML, node-link JSON or CSV, streamed to a file or read into networkx."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import IO, Any

import networkx as nx
import requests

from .errors import GraphQLError, HTTPError, PolicyGraphError, TransportError
from .graphs import EntityGraph
from .transport import DateLike, Transport, iso_date

CHUNK_BYTES = 64 * 1024
EVIDENCE_LISTS = {
    "evidence_claim_ids": "claim_id",
    "evidence_kinds": "kind",
    "evidence_texts": "text",
    "evidence_speakers": "speaker",
    "evidence_speaker_names": "speaker_name",
    "evidence_sources": "source",
    "evidence_source_titles": "source_title",
    "evidence_dates": "date",
    "evidence_attributions": "attribution",
}


def export_params(
    scope: str,
    format: str,
    *,
    id: str | None = None,
    depth: int | None = None,
    from_id: str | None = None,
    to_id: str | None = None,
    max_hops: int | None = None,
    as_of: DateLike | None = None,
    include_retracted: bool = False,
    part: str | None = None,
) -> dict[str, str]:
    """The query string of ``GET /export``; the server checks the values and answers BAD_USER_INPUT."""
    given: dict[str, object | None] = {
        "scope": scope,
        "format": format,
        "part": part,
        "id": id,
        "depth": depth,
        "from": from_id,
        "to": to_id,
        "maxHops": max_hops,
        "asOf": iso_date(as_of),
        "includeRetracted": "true" if include_retracted else None,
    }
    return {key: str(value) for key, value in given.items() if value is not None}


# The server puts a single quote before a CSV text cell a spreadsheet would run as a formula (=, +, -, @, TAB or CR,
# after any quotes of its own: OWASP CSV injection); exactly one such quote is taken off again.
NEUTRALISED = re.compile(r"^'(?='*[=+\-@\t\r])")


def unneutralise(cell: str) -> str:
    """A CSV export's cell as the graph holds it: the quote the server put before a formula-like text removed."""
    return NEUTRALISED.sub("", cell, count=1)


def read_csv(source: str | os.PathLike[str] | IO[str]) -> list[dict[str, str]]:
    """The rows of a CSV export (a file path, or an open text file such as ``io.StringIO(text, newline="")``),
    each cell as the graph holds it.

    Use this rather than ``csv.DictReader`` alone: the server neutralises text cells that would start a
    spreadsheet formula with a leading ``'``, which this takes off (see ``unneutralise``).
    """
    if isinstance(source, (str, os.PathLike)):
        with Path(source).open(newline="", encoding="utf-8") as file:
            rows = list(csv.DictReader(file))
    else:
        rows = list(csv.DictReader(source))
    return [{key: unneutralise(value) for key, value in row.items()} for row in rows]


class Exports(Transport):
    def export(
        self,
        scope: str,
        format: str,
        path: str | os.PathLike[str] | None = None,
        *,
        id: str | None = None,
        depth: int | None = None,
        from_id: str | None = None,
        to_id: str | None = None,
        max_hops: int | None = None,
        as_of: DateLike | None = None,
        include_retracted: bool = False,
        part: str | None = None,
    ) -> Path | str | dict[str, str]:
        """Exports a scope of the graph: ``graph``, ``track`` (``id``), ``neighborhood`` (``id``, ``depth``) or
        ``paths`` (``from_id``, ``to_id``, ``max_hops``), as ``graphml``, ``json`` or ``csv`` (``part``: nodes or edges).

        With ``path`` the body is streamed to that file (each file written whole or not at all) and the path returned; for
        ``csv`` without ``part``, ``path`` is a folder that receives ``nodes.csv`` and ``edges.csv``. Without
        ``path`` the text is returned (for csv without part: ``{"nodes": ..., "edges": ...}``). Refusals raise
        GraphQLError with the server's code and request id; an answer cut short raises TransportError.
        """
        params = partial(
            export_params, scope, format, id=id, depth=depth, from_id=from_id, to_id=to_id, max_hops=max_hops, as_of=as_of,
            include_retracted=include_retracted,
        )  # fmt: skip
        if format == "csv" and part is None:
            if path is None:
                return {name: self.download_text(params(part=name)) for name in ("nodes", "edges")}
            folder = Path(path)
            folder.mkdir(parents=True, exist_ok=True)
            for name in ("nodes", "edges"):
                self.download_file(params(part=name), folder / f"{name}.csv")
            return folder
        return self.download_text(params(part=part)) if path is None else self.download_file(params(part=part), Path(path))

    def export_graph(
        self,
        scope: str,
        *,
        id: str | None = None,
        depth: int | None = None,
        from_id: str | None = None,
        to_id: str | None = None,
        max_hops: int | None = None,
        as_of: DateLike | None = None,
        include_retracted: bool = False,
    ) -> EntityGraph:
        """The GraphML export read back with networkx, JSON-array attributes decoded into lists.

        Attributes keep the export's names (kind, name, aliases, description; type, role, validFrom, validTo,
        status, evidence_count, evidence_claim_ids, ...); each edge also gets ``evidence``, the same list of
        dicts as neighborhood_graph gives (claim_id, kind, text, speaker, speaker_name, source, source_title, date).
        """
        params = export_params(
            scope, "graphml", id=id, depth=depth, from_id=from_id, to_id=to_id, max_hops=max_hops, as_of=as_of,
            include_retracted=include_retracted,
        )  # fmt: skip
        body = io.BytesIO()
        for chunk in self.stream(params):
            body.write(chunk)
        body.seek(0)
        graph = nx.read_graphml(body, force_multigraph=True)
        if not isinstance(graph, nx.MultiDiGraph):
            raise PolicyGraphError(f"the GraphML export is not a directed graph ({type(graph).__name__})")
        return decode_graph(graph)

    def download_text(self, params: dict[str, str]) -> str:
        return b"".join(self.stream(params)).decode("utf-8")

    def download_file(self, params: dict[str, str], target: Path) -> Path:
        """Streams the export to ``target`` through a ``.part`` file, renamed only once the whole body arrived."""
        partial = target.with_name(target.name + ".part")
        try:
            with partial.open("wb") as out:
                for chunk in self.stream(params):
                    out.write(chunk)
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
        return target

    def stream(self, params: dict[str, str]) -> Iterator[bytes]:
        """The body of ``GET /export`` in chunks; refusals raise before the first chunk, a cut raises TransportError."""
        url = f"{self.base}/export"
        response = self.request("GET", url, params=params, stream=True)
        with response:
            request_id = response.headers.get("x-request-id")
            if response.status_code != 200:
                raise refusal(response, url, request_id)
            received = 0
            try:
                for chunk in response.iter_content(chunk_size=CHUNK_BYTES):
                    received += len(chunk)
                    yield chunk
            except requests.RequestException as error:
                raise TransportError(
                    f"GET {url}: the export was cut short after {received} bytes (request id {request_id}): {error}",
                    status=response.status_code,
                    request_id=request_id,
                ) from error


def refusal(response: requests.Response, url: str, request_id: str | None) -> Exception:
    """The error a refused export raises: GraphQLError for the API's coded JSON errors, HTTPError otherwise."""
    try:
        body = response.json()
    except (ValueError, requests.RequestException):
        body = None
    if isinstance(body, dict) and isinstance(body.get("errors"), list) and body["errors"]:
        return GraphQLError(body["errors"], status=response.status_code, request_id=request_id)
    return HTTPError(response.status_code, url, response.text, request_id=request_id)


def decode_graph(graph: EntityGraph) -> EntityGraph:
    """Turns the export's JSON-array text attributes back into lists, in place, and adds each edge's ``evidence``."""
    for _, data in graph.nodes(data=True):
        data["aliases"] = json.loads(data["aliases"]) if "aliases" in data else []
        data.setdefault("description", None)
    for _, _, key, data in graph.edges(keys=True, data=True):
        data.setdefault("id", key)
        for name in EVIDENCE_LISTS:
            data[name] = json.loads(data[name]) if name in data else []
        # A server older than attribution chains sends no evidence_attributions: one None per claim.
        if "evidence_attributions" not in data or not data["evidence_attributions"]:
            data["evidence_attributions"] = [None] * len(data["evidence_claim_ids"])
        for name in ("role", "validFrom", "validTo"):
            data.setdefault(name, None)
        columns: list[list[Any]] = [data[name] for name in EVIDENCE_LISTS]
        data["evidence"] = [dict(zip(EVIDENCE_LISTS.values(), values, strict=True)) for values in zip(*columns, strict=True)]
    return graph
