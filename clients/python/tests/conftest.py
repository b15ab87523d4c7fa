"""Fixtures for tests against a real policy graph server, freshly seeded and not written to by these tests.

POLICY_GRAPH_URL is its GraphQL endpoint; POLICY_GRAPH_READER_KEY and POLICY_GRAPH_EDITOR_KEY are API keys with
those roles. `npx vitest run test/clients/python-client.test.ts` starts such a server and runs these tests.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from policy_graph import Client


def setting(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        pytest.fail(f"{name} is not set: these tests run against a real server (see tests/conftest.py)")
    return value


@pytest.fixture(scope="session")
def url() -> str:
    return setting("POLICY_GRAPH_URL")


@pytest.fixture(scope="session")
def pg(url: str) -> Iterator[Client]:
    with Client(url, api_key=setting("POLICY_GRAPH_READER_KEY"), timeout=60) as client:
        yield client


@pytest.fixture(scope="session")
def editor(url: str) -> Iterator[Client]:
    with Client(url, api_key=setting("POLICY_GRAPH_EDITOR_KEY"), timeout=60) as client:
        yield client


class CuttingProxy:
    """A TCP proxy to the server that forwards at most ``limit`` bytes of each answer, then drops the connection:
    a network that fails mid-answer, in front of the real server."""

    def __init__(self, target: str, limit: int) -> None:
        parts = urlsplit(target)
        self.upstream = (parts.hostname or "127.0.0.1", parts.port or 80)
        self.limit = limit
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self.listener.getsockname()[1]
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self.serve, args=(client,), daemon=True).start()

    def serve(self, client: socket.socket) -> None:
        with client, socket.create_connection(self.upstream) as upstream:
            threading.Thread(target=self.pipe_requests, args=(client, upstream), daemon=True).start()
            sent = 0
            while sent < self.limit and (data := upstream.recv(65536)):
                client.sendall(data[: self.limit - sent])
                sent += len(data)
            client.shutdown(socket.SHUT_RDWR)

    @staticmethod
    def pipe_requests(client: socket.socket, upstream: socket.socket) -> None:
        try:
            while data := client.recv(65536):
                upstream.sendall(data)
        except OSError:
            pass

    def close(self) -> None:
        self.listener.close()


@pytest.fixture
def cutting_proxy(url: str) -> Iterator[type[CuttingProxy]]:
    """Call it with the byte limit: ``cutting_proxy(url, 1000)`` gives a proxy whose port replaces the server's."""
    proxies: list[CuttingProxy] = []

    class Tracked(CuttingProxy):
        def __init__(self, target: str, limit: int) -> None:
            super().__init__(target, limit)
            proxies.append(self)

    yield Tracked
    for proxy in proxies:
        proxy.close()


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port
