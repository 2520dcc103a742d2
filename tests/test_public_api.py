"""The public API of DESIGN.md: every exported name resolves, and plain parsing stays light."""

from __future__ import annotations

import subprocess
import sys

import syndicate


def test_every_exported_name_resolves() -> None:
    missing = [name for name in syndicate.__all__ if not hasattr(syndicate, name)]
    assert not missing


def test_design_names_are_exported() -> None:
    for name in ("parse", "parse_text", "validate", "to_json", "to_amp", "to_rss", "schema",
                 "Document", "ValidationError", "SyndicateError", "Channel", "read_feed",
                 "convert_feed"):
        assert name in syndicate.__all__, name


def test_importing_does_not_load_the_http_stack() -> None:
    code = "import sys, syndicate; print('requests' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_parsing_does_not_load_the_writers_or_the_schema_checker() -> None:
    # (a process that only parses compiles and imports none of them: ``syndicate._LAZY``)
    code = ("import sys, syndicate; syndicate.parse('<html><body><p>Ein Satz.</p></body></html>'); "
            "print(sorted(m for m in sys.modules if m.startswith(('jsonschema', 'syndicate.writers', "
            "'syndicate.validation', 'syndicate.readers.feed', 'syndicate.readers.text'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_lazy_names_are_the_modules_own() -> None:
    from syndicate.readers.text import parse_text
    from syndicate.writers.rss import Channel

    assert syndicate.parse_text is parse_text
    assert syndicate.Channel is Channel
    assert {"to_amp", "to_rss", "validate", "read_feed"} <= set(dir(syndicate))


def test_unknown_attribute_is_an_attribute_error() -> None:
    try:
        syndicate.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("no AttributeError")
