"""The exceptions the client raises: one base class, so ``except PolicyGraphError`` catches them all."""

from __future__ import annotations

from typing import Any


class PolicyGraphError(Exception):
    """Anything the API or the connection to it refused or broke."""

    def __init__(self, message: str, *, status: int | None = None, request_id: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.request_id = request_id


class GraphQLError(PolicyGraphError):
    """The API answered with errors: ``code`` and ``path`` of the first, ``errors`` all of them."""

    def __init__(self, errors: list[dict[str, Any]], *, status: int | None = None, request_id: str | None = None) -> None:
        first = errors[0] if errors else {}
        extensions: dict[str, Any] = first.get("extensions") or {}
        self.errors = errors
        self.code: str | None = extensions.get("code")
        self.path: list[str | int] | None = first.get("path")
        self.extensions = extensions
        request_id = extensions.get("requestId") or request_id
        message = str(first.get("message", "unknown error"))
        details = [f"code {self.code}" if self.code else None, f"request id {request_id}" if request_id else None]
        text = f"{message} ({', '.join(d for d in details if d)})" if any(details) else message
        if len(errors) > 1:
            text += f" and {len(errors) - 1} more error(s)"
        super().__init__(text, status=status, request_id=request_id)
        self.message = message


class HTTPError(PolicyGraphError):
    """An HTTP error status whose body is not a GraphQL answer (a proxy's 502, say)."""

    def __init__(self, status: int, url: str, body: str, *, request_id: str | None = None) -> None:
        excerpt = body.strip()[:200]
        super().__init__(f"HTTP {status} from {url}" + (f": {excerpt}" if excerpt else ""), status=status, request_id=request_id)
        self.url = url
        self.body = body


class TransportError(PolicyGraphError):
    """The server could not be reached, did not answer in time, or cut an answer short."""
