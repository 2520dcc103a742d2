"""The decompressed copy of the language model in the user's cache directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from syndicate.extract import language

GERMAN = "Der schnelle braune Fuchs springt über den faulen Hund und läuft dann weiter in den Wald hinein."
FRENCH = "Le renard brun rapide saute par-dessus le chien paresseux et court ensuite dans la forêt voisine."


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("SYNDICATE_CACHE_DIR", str(tmp_path / "cache"))
    language._identifier.cache_clear()
    yield tmp_path / "cache"
    language._identifier.cache_clear()


def test_first_load_writes_the_copy_and_later_loads_read_it(fresh: Path) -> None:
    assert language.detect_text_language(GERMAN) == "de"
    copies = list(fresh.glob("langid-*.npz"))
    assert len(copies) == 1 and copies[0].stat().st_size > 10_000_000
    assert not list(fresh.glob("*.tmp"))
    language._identifier.cache_clear()
    from py3langid import langid
    model = langid.MODEL_DIR / langid.MODEL_FILE
    assert language._cached_model(model) is not None  # the copy is what the next process reads
    assert language.detect_text_language(FRENCH) == "fr"
    assert language.detect_text_language(GERMAN) == "de"


def test_a_damaged_copy_falls_back_to_the_packaged_model(fresh: Path) -> None:
    language.detect_text_language(GERMAN)
    (copy,) = fresh.glob("langid-*.npz")
    copy.write_bytes(b"not a model")
    language._identifier.cache_clear()
    assert language.detect_text_language(FRENCH) == "fr"


def test_no_copy_when_turned_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SYNDICATE_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    language._identifier.cache_clear()
    try:
        assert language.detect_text_language(GERMAN) == "de"
        assert not list(tmp_path.rglob("*.npz"))
    finally:
        language._identifier.cache_clear()
