"""How this copy of syndicate was built: which modules run compiled.

A wheel built by the project's build hook (``hatch_build.py``) carries ``_build.json``: the
hot modules it compiled with Cython and those it left pure (with why). Running from the
source tree there is no such file: everything is pure Python.
"""

from __future__ import annotations

import importlib
import json
from dataclasses import dataclass, field
from importlib import machinery, resources


@dataclass(frozen=True)
class BuildInfo:
    """What the build compiled (``compiled``), left pure and why (``pure``), and why nothing
    was compiled (``reason``; None when the build compiled what it could)."""

    compiled: tuple[str, ...] = ()
    pure: dict[str, str] = field(default_factory=dict)
    reason: str | None = None
    #: False when running from a source tree (no build record).
    from_wheel: bool = False

    def loaded_compiled(self) -> tuple[str, ...]:
        """The ``compiled`` modules that Python actually loads from their extension file."""
        suffixes = tuple(machinery.EXTENSION_SUFFIXES)
        return tuple(m for m in self.compiled
                     if (getattr(importlib.import_module(m), "__file__", None) or "").endswith(suffixes))


def build_info() -> BuildInfo:
    """The build record of the installed package (an empty one from a source tree)."""
    try:
        text = resources.files("syndicate").joinpath("_build.json").read_text(encoding="utf-8")
    except OSError:  # (no build record: a source tree)
        return BuildInfo()
    data = json.loads(text)
    return BuildInfo(tuple(data.get("compiled", ())), dict(data.get("pure", {})), data.get("reason"), True)
