"""Guards against a Qt binding that breaks the app: PySide6 6.12.0 takes a reference off
``True`` on every signal emit from Python 3.11 until the interpreter aborts."""

import sys

import pytest
from PySide6.QtCore import QObject, Signal

pytestmark = pytest.mark.gui


class _Probe(QObject):
    ping = Signal(int)


def test_emitting_signals_keeps_reference_counts(qapp):
    probe = _Probe()
    received = []
    probe.ping.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(200):
        probe.ping.emit(i)
    assert len(received) == 200
    assert sys.getrefcount(True) - before < 50, "this PySide6 leaks references on emit"
