"""Wheel build hook: the hot modules of the reader compiled to C extensions with Cython.

The modules named in ``pyproject.toml`` (``[tool.hatch.build.targets.wheel.hooks.custom]``,
``modules``) are the ones a profile of the development pages spends most of its time in. Each
is compiled as plain Python (``annotation_typing=False``: the type hints stay hints, nothing is
enforced at run time that the interpreter would not enforce), so the compiled module behaves
as its source does, only faster; the ``.py`` files ship beside the extensions and the import
system prefers the extension. A module Cython refuses stays pure Python; when no C compiler
can be had, or ``SYNDICATE_PURE_PYTHON=1`` is set, the wheel is pure Python as a whole.
Editable installs are never compiled (the source must stay what runs).

What was compiled is written to ``syndicate/_build.json`` in the wheel
(``syndicate.build_info()``).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: ``annotation_typing`` off: hints are not enforced; ``infer_types``: counters and lengths become C
#: integers where every assignment is one (the reader's counts stay far below 2**63).
_DIRECTIVES = {"language_level": 3, "annotation_typing": False, "binding": True, "infer_types": True}
#: ``-g0``: Python's own flags ask for debug information, which slows the compile and swells what
#: is built, and serves nobody reading a Cython traceback.
_CFLAGS = ["-O2", "-g0"]


class CompileHook(BuildHookInterface):
    """Compiles ``modules`` (paths under ``src/``) into the wheel."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        self._tmp = tempfile.TemporaryDirectory(prefix="syndicate-build-")
        tmp = Path(self._tmp.name)
        info: dict[str, Any] = {"compiled": [], "pure": {}}
        if os.environ.get("SYNDICATE_PURE_PYTHON", "") not in ("", "0"):
            info["reason"] = "SYNDICATE_PURE_PYTHON is set"
        else:
            try:
                built = self._compile(list(self.config.get("modules", [])), tmp, info["pure"])
            except Exception as exc:  # (no compiler, no Python headers: a pure wheel still installs)
                self.app.display_warning(f"syndicate: compiling skipped, pure-Python wheel ({exc})")
                info["reason"] = f"compiling failed: {type(exc).__name__}: {exc}"
                built = {}
            for module, path in built.items():
                build_data["force_include"][str(path)] = module.replace(".", "/") + path.name[path.name.index("."):]
                info["compiled"].append(module)
            if built:
                build_data["pure_python"] = False
                build_data["infer_tag"] = True
        marker = tmp / "_build.json"
        marker.write_text(json.dumps(info, indent=1, sort_keys=True), encoding="utf-8")
        build_data["force_include"][str(marker)] = "syndicate/_build.json"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        tmp = getattr(self, "_tmp", None)
        if tmp is not None:
            tmp.cleanup()

    def _compile(self, sources: list[str], tmp: Path, pure: dict[str, str]) -> dict[str, Path]:
        """Each source translated to C on its own (one Cython refusal costs one module), then
        all compiled in parallel; returns module name → built extension."""
        from Cython.Build import cythonize
        from setuptools import Distribution, Extension

        root = Path(self.root)
        extensions = []
        for source in sources:
            module = source.removeprefix("src/").removesuffix(".py").replace("/", ".")
            try:
                extensions += cythonize(
                    [Extension(module, [str(root / source)], extra_compile_args=_CFLAGS)],
                    build_dir=str(tmp / "c"), compiler_directives=_DIRECTIVES, quiet=True,
                )
            except Exception as exc:
                pure[module] = f"Cython: {type(exc).__name__}"
        if not extensions:
            return {}
        dist = Distribution({"ext_modules": extensions})
        command = dist.get_command_obj("build_ext")
        command.build_lib = str(tmp / "lib")
        command.build_temp = str(tmp / "obj")
        command.parallel = os.cpu_count() or 1
        command.ensure_finalized()
        command.run()
        built = {}
        for ext in extensions:
            path = Path(command.get_ext_fullpath(ext.name))
            if path.is_file():
                built[ext.name] = path
            else:
                pure[ext.name] = "not built"
        print(f"syndicate: compiled {len(built)} modules with Cython ({sys.version.split()[0]})", file=sys.stderr)
        return built
