"""ASGI middleware every request passes: security headers, HEAD answered as GET, a request-body limit.

These are plain ASGI wrappers rather than HTTP middleware: they are lighter,
and the body limit has to act before anything reads or parses the body.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from storyline.read.files import describe_size

SECURITY_HEADERS = {
    # frame-ancestors: no other site may show these pages in a frame (clickjacking);
    # X-Frame-Options says the same to browsers that predate it.
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
_HEADER_PAIRS = [(name.lower().encode(), value.encode()) for name, value in SECURITY_HEADERS.items()]


class SecurityHeaders:
    """Adds SECURITY_HEADERS to every response, the ones the other guards give included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *_HEADER_PAIRS]
            await send(message)

        await self.app(scope, receive, send_with_headers if scope["type"] == "http" else send)


class HeadAsGet:
    """Answers HEAD wherever GET is answered, with GET's status and headers and no body (RFC 9110, 9.3.2).

    FastAPI routes declared with GET refuse HEAD with 405; checkers and
    caches send HEAD to learn whether a page is there.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_headers_only)


class BodyLimit:
    """Refuses a request body over ``limit`` bytes with 413, before anything parses it.

    A declared Content-Length over the limit is refused before the body is
    read; a chunked body is counted as it streams in and refused as soon as
    it passes the limit. A body within it is read whole and handed on (the
    endpoints parse JSON, which needs it whole anyway).
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not _has_body(scope):
            await self.app(scope, receive, send)
            return
        try:
            declared = _content_length(scope)
        except ValueError as error:
            await answer_error(send, 400, str(error))
            return
        if declared is not None and declared > self.limit:
            await answer_error(send, 413, self._too_large(f"{describe_size(declared)} declared"))
            return
        try:
            body = await _read_body(receive, self.limit)
        except _ClientLeft:
            return  # nobody to answer
        if body is None:
            await answer_error(send, 413, self._too_large("the body sent"))
        else:
            await self.app(scope, _replay(body, receive), send)

    def _too_large(self, what: str) -> str:
        return f"the request body is over the {describe_size(self.limit)} limit ({what})"


class _ClientLeft(Exception):
    """The client went away before sending its whole body."""


def _headers(scope: Scope) -> dict[bytes, bytes]:
    return dict(scope.get("headers", []))


def _has_body(scope: Scope) -> bool:
    headers = _headers(scope)
    return b"content-length" in headers or b"transfer-encoding" in headers


def _content_length(scope: Scope) -> int | None:
    """The declared body size; None when not declared (chunked). ValueError when it is not a size."""
    value = _headers(scope).get(b"content-length")
    if value is None:
        return None
    if not value.strip().isdigit():
        raise ValueError(f"the Content-Length header {value.decode('latin-1')!r} is not a number of bytes")
    return int(value)


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    """The whole body, or None as soon as it passes ``limit``."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _ClientLeft
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive that gives the body already read, then whatever the client sends next (a disconnect)."""
    given = False

    async def replayed() -> Message:
        nonlocal given
        if given:
            return await receive()
        given = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replayed


async def answer_error(send: Send, status: int, detail: str) -> None:
    """An error response shaped as FastAPI's own: ``{"detail": ...}``."""
    body = json.dumps({"detail": detail}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
