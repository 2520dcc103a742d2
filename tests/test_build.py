"""The compiled build (``hatch_build.py``): what it compiles really runs, and runs the same
as the source.

The compiled modules only exist in an installed wheel: from a source tree (``PYTHONPATH=src``)
these tests skip, saying so.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import syndicate
from syndicate.buildinfo import build_info

ROOT = Path(__file__).resolve().parents[1]
INFO = build_info()
needs_wheel = pytest.mark.skipif(not INFO.from_wheel, reason="running from the source tree: no compiled build to test")


def _listed_modules() -> list[str]:
    tomllib = pytest.importorskip("tomllib", reason="reading pyproject.toml needs Python 3.11's tomllib")
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    paths = data["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]["modules"]
    return [p.removeprefix("src/").removesuffix(".py").replace("/", ".") for p in paths]


def test_listed_modules_exist_in_the_source():
    missing = [m for m in _listed_modules() if not (ROOT / "src" / (m.replace(".", "/") + ".py")).is_file()]
    assert missing == []


@needs_wheel
def test_every_listed_module_is_compiled_or_says_why_not():
    if INFO.reason:
        pytest.skip(f"the build compiled nothing: {INFO.reason}")
    accounted = set(INFO.compiled) | set(INFO.pure)
    assert sorted(set(_listed_modules()) - accounted) == []


@needs_wheel
def test_compiled_modules_are_the_ones_python_loads():
    assert INFO.loaded_compiled() == INFO.compiled


def test_version_says_how_it_runs():
    out = subprocess.run([sys.executable, "-m", "syndicate", "--version"], capture_output=True, text=True, check=True)
    expected = f"{len(INFO.compiled)} modules compiled" if INFO.compiled else "pure Python"
    assert out.stdout.strip() == f"syndicate {syndicate.__version__} ({expected})"


def _pages() -> dict[str, bytes]:
    """The bundled example pages and pages with every kind of region, written for the tests."""
    from regionpages import article_in, consent_window, page, stories

    newsletter = ("<div class='box'><h3>Get the morning briefing</h3><form action='/subscribe'>"
                  "<input type='email' name='email'><button>Sign up</button></form></div>")
    share = ("<div><a href='https://www.facebook.com/sharer/sharer.php?u=x'>Facebook</a>"
             "<a href='https://twitter.com/intent/tweet?url=x'>X</a></div>")
    ad = "<div class='ad-slot' data-ad-unit='/123/news/mid'><span>Advertisement</span></div>"
    out = {p.name: p.read_bytes() for p in (ROOT / "examples").glob("*.html")}
    out["regions.html"] = page(between=ad, after=share + "<h2>More from the region</h2>"
                               + stories("Ferry timetable changes", "New school opens on the hill",
                                         "Council votes on the harbour budget"),
                               side=newsletter, top=consent_window("class='cookie-banner'"))
    out["de.html"] = article_in("de", between=ad, after=newsletter, sidebar=stories("Neue Fähre", "Alte Mole"))
    out["ru.html"] = article_in("ru", after=share)
    return out


_DUMP = """
import json, sys, pathlib
import syndicate
out = {}
for path in sorted(pathlib.Path(sys.argv[1]).iterdir()):
    out[path.name] = syndicate.parse(path.read_bytes(), url="https://news.example.org/" + path.stem).to_dict()
print(json.dumps(out, sort_keys=True))
"""


@needs_wheel
def test_compiled_and_source_give_the_same_documents(tmp_path):
    """The same pages read by the installed (compiled) package and by the source tree: the
    same documents, regions and all."""
    for name, raw in _pages().items():
        (tmp_path / name).write_bytes(raw)

    def dump(pythonpath: str | None) -> dict:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        if pythonpath:
            env["PYTHONPATH"] = pythonpath
        run = subprocess.run([sys.executable, "-c", _DUMP, str(tmp_path)], capture_output=True, text=True,
                             env=env, check=True, cwd=tmp_path)
        return json.loads(run.stdout)

    compiled, source = dump(None), dump(str(ROOT / "src"))
    assert len(compiled) >= 4
    assert any(doc["ads"] and doc["related"] and doc["ctas"] for doc in compiled.values())
    for name in compiled:
        assert compiled[name] == source[name], name
