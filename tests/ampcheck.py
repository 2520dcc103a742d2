"""The official AMP validator, installed by ``scripts/install-amp-validator.sh``, run from Python.

Node starts slowly and the engine takes a while to load, so :func:`validate_pages`
checks many pages in ONE ``node`` process (the CLI takes many files) and parses
its JSON report. Used by the AMP tests; also a command line tool::

    python tests/ampcheck.py FILE...      # per file PASS/FAIL and its issues, then a summary
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
INSTALL_SCRIPT = REPO / "scripts" / "install-amp-validator.sh"
# node's argv may not grow without limit; files are validated in chunks of this many.
FILES_PER_RUN = 400


class ValidatorUnavailable(RuntimeError):
    """node/npm missing, or the validator could not be installed."""


@dataclass
class Issue:
    """One error or warning of the validator."""

    severity: str  # ERROR | WARNING
    code: str
    line: int
    col: int
    message: str
    spec_url: str | None = None

    def __str__(self) -> str:
        return f"{self.line}:{self.col} {self.severity} {self.code}: {self.message}"


@dataclass
class Result:
    """The verdict on one page."""

    name: str
    status: str  # PASS | FAIL
    issues: list[Issue] = field(default_factory=list)

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "ERROR"]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.severity != "ERROR"]

    @property
    def passed(self) -> bool:
        return self.status == "PASS" and not self.errors


@dataclass
class Validator:
    """An installed validator: the CLI script and its engine."""

    cli: Path
    engine: Path

    def validate_files(self, paths: list[Path | str]) -> dict[str, Result]:
        """Validate files, many per node run; keyed by the path as given (str)."""
        results: dict[str, Result] = {}
        names = [str(p) for p in paths]
        for start in range(0, len(names), FILES_PER_RUN):
            chunk = names[start:start + FILES_PER_RUN]
            proc = subprocess.run(
                ["node", str(self.cli), "--validator_js", str(self.engine), "--format", "json",
                 *chunk],
                capture_output=True, text=True, timeout=600,
            )
            try:
                report = json.loads(proc.stdout)
            except ValueError:
                raise RuntimeError(
                    f"validator gave no JSON report (exit {proc.returncode}): "
                    f"{proc.stderr.strip()[:2000]}"
                ) from None
            for name in chunk:
                results[name] = _result(name, report.get(name) or {})
        return results

    def validate_pages(self, pages: dict[str, str]) -> dict[str, Result]:
        """Validate HTML strings (name -> page); written to a temporary folder first."""
        with tempfile.TemporaryDirectory(prefix="ampcheck-") as tmp:
            paths: dict[str, str] = {}
            for i, (name, html) in enumerate(pages.items()):
                path = Path(tmp) / f"{i:05d}.html"
                path.write_text(html, encoding="utf-8")
                paths[str(path)] = name
            raw = self.validate_files(list(paths))
        return {paths[p]: Result(paths[p], r.status, r.issues) for p, r in raw.items()}


def _result(name: str, data: dict) -> Result:
    issues = [
        Issue(
            severity=e.get("severity", "ERROR"),
            code=e.get("code", ""),
            line=int(e.get("line") or 0),
            col=int(e.get("col") or 0),
            message=e.get("message", ""),
            spec_url=e.get("specUrl") or None,
        )
        for e in data.get("errors", [])
    ]
    return Result(name, data.get("status", "FAIL"), issues)


def install(directory: Path | None = None) -> Validator:
    """Run the project's install script (a no-op when already installed); return the validator.

    Raises ValidatorUnavailable when node/npm are missing or installation fails.
    """
    for tool in ("node", "npm"):
        if shutil.which(tool) is None:
            raise ValidatorUnavailable(f"{tool} not found on PATH: cannot run the AMP validator")
    env = dict(os.environ)
    if directory is not None:
        env["AMP_VALIDATOR_DIR"] = str(directory)
    proc = subprocess.run(["bash", str(INSTALL_SCRIPT)], capture_output=True, text=True,
                          env=env, timeout=900)
    if proc.returncode != 0:
        raise ValidatorUnavailable(
            f"{INSTALL_SCRIPT.name} failed (exit {proc.returncode}; offline?): "
            f"{(proc.stderr or proc.stdout).strip()[-1500:]}"
        )
    folder = Path(proc.stdout.strip().splitlines()[-1])
    validator = Validator(folder / "node_modules" / "amphtml-validator" / "cli.js",
                          folder / "validator_wasm.js")
    if not (validator.cli.is_file() and validator.engine.is_file()):
        raise ValidatorUnavailable(f"validator files missing under {folder}")
    return validator


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    results = install().validate_files(argv)
    warnings: dict[str, int] = {}
    for name, result in results.items():
        print(f"{name}: {result.status}")
        for issue in result.issues:
            print(f"  {issue}")
        for issue in result.warnings:
            warnings[issue.code] = warnings.get(issue.code, 0) + 1
    passed = sum(r.passed for r in results.values())
    print(f"{passed}/{len(results)} pass; warnings by kind: {warnings or 'none'}")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
