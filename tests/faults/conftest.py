"""Fault tests talk to 127.0.0.1 only: proxies from the environment are dropped, and any name lookup
or connection to anything but loopback fails the test (and is never sent)."""
import ipaddress
import socket

import pytest

PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")
LOOPBACK_NAMES = {"127.0.0.1", "localhost", "::1"}


def _is_loopback(host) -> bool:
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if host is None or host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch):
    """Yields the list of non-loopback hosts something tried to reach; the test fails if it is not empty."""
    for var in PROXY_VARS:
        monkeypatch.delenv(var, raising=False)
    outside: list[str] = []
    real_getaddrinfo = socket.getaddrinfo
    real_connect = socket.socket.connect

    def getaddrinfo(host, *args, **kwargs):
        if not _is_loopback(host):
            outside.append(str(host))
            raise socket.gaierror(socket.EAI_NONAME, f"fault tests resolve loopback only, not {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    def connect(sock, address):
        host = address[0] if isinstance(address, tuple) else None
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(host):
            outside.append(str(host))
            raise ConnectionRefusedError(f"fault tests connect to loopback only, not {host!r}")
        return real_connect(sock, address)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", connect)
    yield outside
    assert not outside, f"something tried to leave 127.0.0.1: {outside}"
