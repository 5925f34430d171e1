"""A response deadline the socket reads themselves obey: status line and headers included.

httpx's timeout bounds each socket read, and `read_body` bounds the body between chunks. Neither bounds the
headers: a server that sends its status line and headers one byte every fraction of a second (a tarpit) keeps
every read under the timeout, and httpcore accepts 100 KiB of header: hours per request. The network backend here
gives each read at most what is left of the calling thread's deadline, so a request ends at its deadline wherever
the bytes stop coming.
"""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from typing import Any, Iterator

import httpcore
import httpx


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream, clock: "ResponseDeadline") -> None:
        self._stream, self._clock = stream, clock

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._clock.cap(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._clock.cap(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        stream = self._stream.start_tls(ssl_context, server_hostname, self._clock.cap(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(stream, self._clock)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, backend: httpcore.NetworkBackend, clock: "ResponseDeadline") -> None:
        self._backend, self._clock = backend, clock

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Any = None) -> httpcore.NetworkStream:
        stream = self._backend.connect_tcp(host, port, self._clock.cap(timeout, httpcore.ConnectTimeout),
                                           local_address, socket_options)
        return _DeadlineStream(stream, self._clock)

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Any = None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._backend.connect_unix_socket(path, timeout, socket_options), self._clock)

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class ResponseDeadline:
    """Per-thread deadlines (time.monotonic) for the requests of one client."""

    def __init__(self) -> None:
        self._local = threading.local()

    @contextmanager
    def until(self, deadline: float) -> Iterator[None]:
        self._local.deadline = deadline
        try:
            yield
        finally:
            self._local.deadline = None

    def cap(self, timeout: float | None, expired: type[Exception]) -> float | None:
        """The timeout of one socket operation, no later than the deadline; past it, the operation times out."""
        deadline = getattr(self._local, "deadline", None)
        if deadline is None:
            return timeout
        left = deadline - time.monotonic()
        if left <= 0:
            raise expired("the response deadline passed")
        return left if timeout is None else min(timeout, left)

    def transport(self, **kwargs: Any) -> httpx.HTTPTransport:
        """An httpx transport whose socket operations keep to this deadline (kwargs as for HTTPTransport)."""
        transport = httpx.HTTPTransport(**kwargs)
        pool = transport._pool  # httpx offers no network_backend argument; httpcore's pool takes one
        pool._network_backend = _DeadlineBackend(pool._network_backend, self)
        return transport
