"""The public API: parse_file, progress and cancellation, the JSON contract, light imports."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from importing_docmaker import sample_docx, sample_text

import dxdesk.importing as importing
from dxdesk.importing import (SUPPORTED_EXTENSIONS, ImportCancelled, ImportRefused,
                              ParsedTemplate, parse_file)

REPO = Path(__file__).resolve().parents[2]


def test_public_names():
    assert set(SUPPORTED_EXTENSIONS) == {".docx", ".pdf", ".txt", ".md", ".xlsx"}
    for name in ("parse_file", "ParsedTemplate", "ImportRefused", "ImportCancelled",
                 "SUPPORTED_EXTENSIONS"):
        assert name in importing.__all__
    from dxdesk.importing.errors import ImportRefused as Refused

    assert Refused is ImportRefused


def test_json_contract_keys_and_types(tmp_path):
    template = parse_file(sample_docx(tmp_path / "plan.docx"))
    assert isinstance(template, ParsedTemplate)
    data = template.to_json_dict()
    assert list(data) == ["source", "doc_type", "title", "issuer", "number", "date", "bases",
                          "outline", "targets", "tasks", "recipients", "signer"]
    assert data["source"] == "plan.docx"
    assert set(data["outline"][0]) == {"label", "title", "kind", "text", "children"}
    assert set(data["targets"][0]) == {"text", "value", "unit", "horizon", "path"}
    # "output" (sản phẩm) was added to the contract's keys; the others are unchanged.
    assert set(data["tasks"][0]) == {"text", "group", "path", "lead", "co", "deadline",
                                     "output"}
    assert set(data["signer"]) == {"lines", "name"}
    json.dumps(data, ensure_ascii=False)  # plain JSON types only
    kinds = {n.kind for n in template.headings()}
    assert kinds <= {"bases", "situation", "objectives", "tasks", "solutions", "funding",
                     "organization", "group", "other"}


def test_source_sha256(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(sample_text(78), encoding="utf-8")
    template = parse_file(str(path))
    assert template.source_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert template.source_format == "txt" and template.encoding == "utf-8"


def test_progress_reaches_100_in_order(tmp_path):
    path = sample_docx(tmp_path / "plan.docx")
    seen: list[tuple[int, int]] = []
    parse_file(path, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 100) and seen[-1] == (100, 100)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


@pytest.mark.parametrize("after", [0, 3])
def test_cancel(tmp_path, after):
    path = tmp_path / "plan.txt"
    path.write_text(sample_text(78), encoding="utf-8")
    calls = {"n": 0}

    def should_cancel():
        calls["n"] += 1
        return calls["n"] > after

    with pytest.raises(ImportCancelled):
        parse_file(path, should_cancel=should_cancel)


def test_refusal_is_not_a_cancel():
    assert not issubclass(ImportRefused, ImportCancelled)
    assert not issubclass(ImportCancelled, ImportRefused)


def test_importing_the_package_stays_light():
    code = ("import sys, dxdesk.importing as m; "
            "heavy = [n for n in ('docx', 'openpyxl', 'pypdf', 'reportlab', 'PySide6') "
            "if n in sys.modules]; print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == ""


def test_no_qt_anywhere_in_the_importer():
    for path in (REPO / "dxdesk" / "importing").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "PySide6" not in text and "PyQt" not in text, path.name
    assert not [p for p in (REPO / "dxdesk" / "importing").iterdir() if p.is_dir()
                and p.name != "__pycache__"]
