"""A non-editable install carries the forms, resources and migrations, and finds them."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def test_every_package_is_listed_in_pyproject():
    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
                 ["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(REPO).parts)
             for p in (REPO / "dxdesk").rglob("__init__.py")}
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out),
                    str(REPO)], check=True, timeout=300)
    return next(out.glob("dxdesk-*.whl"))


def test_wheel_carries_forms_resources_and_migrations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"dxdesk/_forms/{p.name}" for p in (REPO / "ui").glob("*.ui")}
    expected |= {f"dxdesk/_migrations/versions/{p.name}"
                 for p in (REPO / "db" / "versions").glob("*.py")}
    expected |= {"dxdesk/_migrations/env.py", "dxdesk/_migrations/script.py.mako"}
    expected |= {"dxdesk/_resources/" + p.relative_to(REPO / "resources").as_posix()
                 for p in (REPO / "resources").rglob("*") if p.is_file()}
    assert expected <= names, sorted(expected - names)
    assert len(expected) >= 6


def test_installed_package_finds_its_files_and_creates_a_database(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, system_site_packages=True, with_pip=True)
    python = env_dir / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    # --ignore-installed: a dxdesk in the system site-packages must not satisfy it.
    subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "--ignore-installed", "-q",
                    str(wheel)],
                   check=True, timeout=300)
    script = (
        "import dxdesk, dxdesk.paths as p\n"
        "from dxdesk.store import create_database\n"
        "assert '_forms' in str(p.forms_dir()), p.forms_dir()\n"
        "print(dxdesk.__file__)\n"
        "create_database('Nguyễn Văn A.sqlite')\n"
    )
    result = subprocess.run([str(python), "-c", script], cwd=tmp_path, capture_output=True,
                            text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 0, result.stderr
    assert str(env_dir) in result.stdout  # the installed copy, not the source tree
    assert (tmp_path / "Nguyễn Văn A.sqlite").is_file()
