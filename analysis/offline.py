"""Offline guard: with ``NEWSFRAME_OFFLINE=1`` in the environment, the kit's process refuses
to open network connections (other than to this machine) and ``nltk.download`` raises.

The kit never needs the network at run time; this guard proves it. The test suite sets the
variable for the notebooks it runs (kernels inherit the environment), and a classroom can
set it to be sure nothing phones home.
"""
from __future__ import annotations

import os
import socket

LOOPBACK = {"127.0.0.1", "::1", "localhost", "0.0.0.0"}
_installed = False


class OfflineError(ConnectionError):
    """A network connection was attempted while NEWSFRAME_OFFLINE is set."""


def _host(address) -> str:
    return str(address[0]) if isinstance(address, tuple) and address else str(address)


def forbid_network() -> None:
    """Make outgoing non-loopback connections and ``nltk.download`` raise :class:`OfflineError`."""
    global _installed
    if _installed:
        return
    original = socket.socket.connect

    def guarded_connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            host = _host(address)
            if host not in LOOPBACK and not host.startswith("127."):
                raise OfflineError(f"network connection to {host} refused: NEWSFRAME_OFFLINE is set "
                                   "and the kit must not use the network at run time")
        return original(self, address)

    socket.socket.connect = guarded_connect
    try:
        import nltk

        def refuse_download(*args, **kwargs):
            raise OfflineError(f"nltk.download{args!r} refused: the kit never downloads data")

        nltk.download = refuse_download
    except ImportError:
        pass
    _installed = True


def from_environment() -> None:
    """Install the guard when ``NEWSFRAME_OFFLINE`` is set to a true value."""
    if os.environ.get("NEWSFRAME_OFFLINE", "").lower() in ("1", "true", "yes"):
        forbid_network()
