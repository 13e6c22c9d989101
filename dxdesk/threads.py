"""A function run in a plain thread, its outcome in a Future (Qt-free: the store and the
start-up path use it before Qt is loaded)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future


def in_thread(function: Callable, *args, name: str = "dxdesk-worker") -> Future:
    """Start ``function(*args)`` in a daemon thread; its result or exception goes to the
    returned Future. For SQLite work: SQLite releases the GIL while it runs."""
    future: Future = Future()

    def run() -> None:
        try:
            future.set_result(function(*args))
        except BaseException as exc:  # handed to whoever waits on the future
            future.set_exception(exc)

    threading.Thread(target=run, name=name, daemon=True).start()
    return future
