"""The application log: a rotating file in the user's data folder (Qt-free)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from dxdesk.paths import log_dir

LOG_NAME = "dxdesk.log"


def log_path() -> Path:
    return log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log to ``<data folder>/logs/dxdesk.log`` (1 MB × 5 files). Returns the path, or None
    when the folder cannot be written (the app still runs; it just cannot log)."""
    path = log_path()
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000,
                                                       backupCount=5, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
