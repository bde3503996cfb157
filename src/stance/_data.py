"""Reading the library's JSON data files (shipped in ``stance/data/``) and users' own."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import StanceValueError, check_type

__all__ = ["package_json", "read_json"]


@cache
def package_json(name: str) -> Any:
    """A shipped data file, ``stance/data/<name>``, parsed once (do not mutate the result)."""
    return json.loads(resources.files("stance").joinpath("data").joinpath(name).read_text(encoding="utf-8"))


def read_json(path: str | Path, what: str) -> Any:
    """A user's JSON file; any failure names the ``path`` argument and says what was expected."""
    check_type("path", path, (str, Path))
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StanceValueError(
            f"'path' must be a readable JSON {what} file; could not read {str(path)!r}: {exc}"
        ) from exc
