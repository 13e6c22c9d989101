"""Compile the Qt Designer forms of ``ui/`` into Python (``dxdesk/gui/compiled_forms``),
with PySide6's own compiler: a compiled form builds in a fraction of the time QUiLoader
takes to read the XML (and to start itself) when the app starts.

After editing a form in Qt Designer, run ``python3 -m dxdesk.gui.compile_forms``; a test
fails while a compiled form differs from its ``.ui``.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

from dxdesk.paths import forms_dir

OUTPUT = Path(__file__).resolve().parent / "compiled_forms"
HEADER = '"""Compiled from ui/{name}.ui by dxdesk.gui.compile_forms: edit the .ui, not this."""\n'


def _uic() -> list[str]:
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "uic"]


def compile_form(ui: Path) -> str:
    """The Python source for one form, without uic's banner (it names uic's version) and
    importing only the Qt names it uses: uic imports some thirty classes into every form,
    and PySide6 sets up each imported class — with its enums — at import time."""
    result = subprocess.run([*_uic(), str(ui)], capture_output=True, text=True,
                            encoding="utf-8", check=True)
    lines = result.stdout.splitlines()
    body = [line for line in lines if not line.startswith("#")]
    while body and not body[0].strip():
        body.pop(0)
    return HEADER.format(name=ui.stem) + "\n" + _used_imports_only("\n".join(body)) + "\n"


def _used_imports_only(source: str) -> str:
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    imports, rest = [], []
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            names = sorted(a.name for a in node.names if a.name in used)
            if names:
                imports.append(f"from {node.module} import {', '.join(names)}")
        else:
            rest.append(ast.get_source_segment(source, node))
    return "\n".join(imports) + "\n\n\n" + "\n\n".join(rest)


def main() -> int:
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / "__init__.py").write_text(
        '"""Forms compiled from ui/*.ui (see dxdesk.gui.compile_forms)."""\n', encoding="utf-8")
    for ui in sorted(forms_dir().glob("*.ui")):
        (OUTPUT / f"{ui.stem}.py").write_text(compile_form(ui), encoding="utf-8")
        print(f"{ui.name} → compiled_forms/{ui.stem}.py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
