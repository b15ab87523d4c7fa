"""GraphQL over HTTP: coded errors, Relay pagination. The Client adds the analyst's readers to it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any, Self

import requests

from .errors import GraphQLError, HTTPError, TransportError

DateLike = str | dt.date

BOOKMARK_HEADER = "neo4j-bookmarks"


def iso_date(value: DateLike | None) -> str | None:
    """An ``asOf`` argument as the API takes it: ISO text (``2025``, ``2025-04``, ``2025-04-20``) or a date."""
    return value.isoformat() if isinstance(value, dt.date) else value


class Transport:
    """A connection to one policy graph API.

    ``url`` is the GraphQL endpoint (``http://127.0.0.1:4000/graphql``); ``api_key`` (an API key or a JWT)
    is sent as ``Authorization: Bearer``; ``timeout`` is in seconds, for connecting and for each read.

    ``bookmarks`` holds the Neo4j bookmark of the last write this client made (the ``Neo4j-Bookmarks`` header a
    mutation answers) and is sent with every later request, so a read through any instance of the API sees that
    write (README "Scaling out"). Set it to ``[]`` to stop waiting for it, or copy it to another client.
    """

    def __init__(self, url: str, api_key: str | None = None, timeout: float = 30.0) -> None:
        self.url = url
        self.base = url.rstrip("/").removesuffix("/graphql")
        self.timeout = timeout
        self.bookmarks: list[str] = []
        self.session = requests.Session()
        self.session.headers["user-agent"] = "policy-graph-python/0.1"
        if api_key:
            self.session.headers["authorization"] = f"Bearer {api_key}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.url!r})"

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.session.close()

    # --- GraphQL -------------------------------------------------------------------------------

    def query(self, document: str, **variables: Any) -> dict[str, Any]:
        """Runs a query or mutation and returns its ``data``; any error in the answer raises GraphQLError."""
        headers = {BOOKMARK_HEADER: ",".join(self.bookmarks)} if self.bookmarks else {}
        response = self.request("POST", self.url, json={"query": document, "variables": variables}, headers=headers)
        request_id = response.headers.get("x-request-id")
        if written := response.headers.get(BOOKMARK_HEADER):
            self.bookmarks = written.split(",")
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict) or not ("data" in body or "errors" in body):
            raise HTTPError(response.status_code, self.url, response.text, request_id=request_id)
        if body.get("errors"):
            raise GraphQLError(body["errors"], status=response.status_code, request_id=request_id)
        if not response.ok:
            raise HTTPError(response.status_code, self.url, response.text, request_id=request_id)
        data: dict[str, Any] = body.get("data") or {}
        return data

    def paginate(self, document: str, connection_path: str, page_size: int = 100, **variables: Any) -> Iterator[dict[str, Any]]:
        """Yields the nodes of a Relay connection, one page at a time, as they are read.

        ``document`` declares ``$first: Int`` and ``$after: String`` and passes them to the connection, which
        selects ``pageInfo { hasNextPage endCursor }`` and ``edges { node { ... } }`` or ``nodes { ... }``;
        ``connection_path`` is the connection's place in ``data``, dotted (``claims``, ``node.relations``).
        """
        after: str | None = variables.pop("after", None)
        while True:
            connection = dig(self.query(document, **variables, first=page_size, after=after), connection_path)
            edges = connection.get("edges")
            yield from (edge["node"] for edge in edges) if edges is not None else connection["nodes"]
            page_info = connection.get("pageInfo")
            if page_info is None:
                raise ValueError(f"{connection_path} selects no pageInfo {{ hasNextPage endCursor }}")
            if not page_info["hasNextPage"]:
                return
            after = page_info["endCursor"]

    # --- HTTP ----------------------------------------------------------------------------------

    def request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        """One HTTP request; a connection failure or timeout raises TransportError."""
        try:
            return self.session.request(method, url, timeout=self.timeout, **kwargs)
        except requests.Timeout as error:
            raise TransportError(f"{method} {url}: no answer within {self.timeout} s ({error})") from error
        except requests.exceptions.ChunkedEncodingError as error:
            raise TransportError(f"{method} {url}: the answer was cut short ({error})") from error
        except requests.ConnectionError as error:
            raise TransportError(f"{method} {url}: could not reach the server ({error})") from error
        except requests.RequestException as error:
            raise TransportError(f"{method} {url}: the request failed ({error})") from error


def dig(data: Mapping[str, Any], dotted: str) -> dict[str, Any]:
    """``data["a"]["b"]`` for ``"a.b"``, with an error naming the missing step."""
    value: Any = data
    for step in dotted.split("."):
        if not isinstance(value, Mapping) or value.get(step) is None:
            raise KeyError(f"no {dotted!r} in the answer (missing at {step!r})")
        value = value[step]
    if not isinstance(value, dict):
        raise KeyError(f"{dotted!r} is not a connection")
    return value
