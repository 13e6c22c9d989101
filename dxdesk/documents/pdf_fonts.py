"""The serif family of the PDFs: Times New Roman when the machine has all four faces and they
cover Vietnamese, else the Liberation Serif (metric-compatible) shipped in
``resources/fonts``, registered once per process with reportlab. See ``serif_family()``.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from .. import paths
from .model import nfc

__all__ = ["VIETNAMESE_LETTERS", "SerifFamily", "serif_family"]

#: Every Vietnamese letter (lower and upper case, all tones) — a font must have them all.
VIETNAMESE_LETTERS = nfc(
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữự"
    "vxyỳýỷỹỵ"
)
VIETNAMESE_LETTERS = VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper()

_FACES = ("regular", "bold", "italic", "bold_italic")

# Times New Roman file names: Windows / msttcorefonts (lower case), msttcorefonts (Debian
# names), macOS.
_TNR_NAMES = (
    ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"),
    ("Times.TTF", "Timesbd.TTF", "Timesi.TTF", "Timesbi.TTF"),
    ("Times_New_Roman.ttf", "Times_New_Roman_Bold.ttf", "Times_New_Roman_Italic.ttf",
     "Times_New_Roman_Bold_Italic.ttf"),
    ("Times New Roman.ttf", "Times New Roman Bold.ttf", "Times New Roman Italic.ttf",
     "Times New Roman Bold Italic.ttf"),
)
_LIBERATION_NAMES = ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                     "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf")


@dataclass(frozen=True)
class SerifFamily:
    """The registered serif family: reportlab font names of the four faces, and their files."""

    family: str  # reportlab family name (``<b>``/``<i>`` in paragraphs map inside it)
    regular: str
    bold: str
    italic: str
    bold_italic: str
    files: tuple[Path, Path, Path, Path]
    source: str  # "Times New Roman" or "Liberation Serif"

    def face(self, bold: bool = False, italic: bool = False) -> str:
        if bold and italic:
            return self.bold_italic
        if bold:
            return self.bold
        if italic:
            return self.italic
        return self.regular


def _font_dirs() -> list[Path]:
    """Folders where Times New Roman usually lives, most specific first."""
    dirs: list[Path] = []
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot") or r"C:\Windows"
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path.home() / "Library" / "Fonts", Path("/Library/Fonts"),
                 Path("/System/Library/Fonts/Supplemental"), Path("/System/Library/Fonts")]
    else:
        data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        dirs += [Path(data_home) / "fonts", Path.home() / ".fonts",
                 Path("/usr/share/fonts/truetype/msttcorefonts"),
                 Path("/usr/share/fonts/msttcore"), Path("/usr/share/fonts/truetype/msttcore"),
                 Path("/usr/share/fonts/TTF"), Path("/usr/share/fonts/truetype"),
                 Path("/usr/local/share/fonts"), Path("/usr/share/fonts")]
    return dirs


def _times_new_roman_candidates() -> list[tuple[Path, ...]]:
    out = []
    for folder in _font_dirs():
        if not folder.is_dir():
            continue
        for names in _TNR_NAMES:
            files = tuple(folder / n for n in names)
            if all(f.is_file() for f in files):
                out.append(files)
    return out


def _liberation_files() -> tuple[Path, ...]:
    folder = paths.resources_dir() / "fonts"
    return tuple(folder / n for n in _LIBERATION_NAMES)


def _load_faces(files: Sequence[Path], prefix: str) -> list[TTFont] | None:
    """The four faces as reportlab fonts, or ``None`` when one is unreadable or lacks a
    Vietnamese letter (an old Times New Roman without Latin Extended Additional)."""
    fonts = []
    for face, path in zip(_FACES, files):
        try:
            font = TTFont(f"{prefix}-{face}", str(path))
        except (TTFError, OSError, ValueError):
            return None
        glyphs = font.face.charToGlyph
        if any(ord(c) not in glyphs for c in VIETNAMESE_LETTERS):
            return None
        fonts.append(font)
    return fonts


_FAMILY: SerifFamily | None = None
_FAMILY_LOCK = threading.Lock()


def serif_family() -> SerifFamily:
    """Register the serif family once per process and return it.

    Times New Roman (all four faces, with every Vietnamese letter) when the machine has it,
    else the Liberation Serif shipped in ``resources/fonts``.
    """
    global _FAMILY
    if _FAMILY is not None:
        return _FAMILY
    with _FAMILY_LOCK:
        if _FAMILY is not None:
            return _FAMILY
        chosen = None
        for files in _times_new_roman_candidates():
            fonts = _load_faces(files, "dxdesk-TimesNewRoman")
            if fonts:
                chosen = ("dxdesk-TimesNewRoman", fonts, files, "Times New Roman")
                break
        if chosen is None:
            files = _liberation_files()
            missing = [str(f) for f in files if not f.is_file()]
            if missing:
                raise FileNotFoundError(f"dxdesk is incomplete: font files missing: {', '.join(missing)}")
            fonts = _load_faces(files, "dxdesk-LiberationSerif")
            if fonts is None:
                raise RuntimeError(f"the shipped Liberation Serif in {files[0].parent} is unreadable")
            chosen = ("dxdesk-LiberationSerif", fonts, files, "Liberation Serif")
        family, fonts, files, source = chosen
        for font in fonts:
            pdfmetrics.registerFont(font)
        names = [f.fontName for f in fonts]
        pdfmetrics.registerFontFamily(family, normal=names[0], bold=names[1], italic=names[2],
                                      boldItalic=names[3])
        _FAMILY = SerifFamily(family, *names, files=tuple(files), source=source)
        return _FAMILY
