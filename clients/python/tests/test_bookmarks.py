"""The client keeps the bookmark of its last write and sends it back (read your own writes across instances).

Against a stub server on this machine: the real server's side is tested in test/resilience/bookmarks.test.ts,
and these tests must not write to the shared seeded graph.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from policy_graph import Client


class Stub(BaseHTTPRequestHandler):
    """Answers a mutation with a bookmark, a query without one, and records the bookmarks each request sent."""

    received: list[str | None] = []

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        body = json.loads(self.rfile.read(int(self.headers["content-length"])))
        Stub.received.append(self.headers.get("neo4j-bookmarks"))
        answer = json.dumps({"data": {"ok": True}}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        if body["query"].startswith("mutation"):
            self.send_header("neo4j-bookmarks", f"FB:write{len(Stub.received)}")
        self.send_header("content-length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *_: object) -> None:
        pass


@pytest.fixture
def stub_url() -> Iterator[str]:
    Stub.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Stub)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/graphql"
    server.shutdown()
    server.server_close()


def test_a_client_sends_the_bookmark_of_its_last_write_with_every_later_request(stub_url: str) -> None:
    with Client(stub_url) as client:
        client.query("{ ok }")
        client.query("mutation { ok }")
        assert client.bookmarks == ["FB:write2"]
        client.query("{ ok }")
        client.query("mutation { ok }")
        client.query("{ ok }")
    assert Stub.received == [None, None, "FB:write2", "FB:write2", "FB:write4"]


def test_another_client_reads_after_the_write_when_given_the_bookmark(stub_url: str) -> None:
    with Client(stub_url) as writer, Client(stub_url) as reader:
        writer.query("mutation { ok }")
        reader.bookmarks = list(writer.bookmarks)
        reader.query("{ ok }")
    assert Stub.received == [None, "FB:write1"]
