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
    copies = list(fresh.glob("langid-*"))
    assert len(copies) == 1 and sum(f.stat().st_size for f in copies[0].iterdir()) > 10_000_000
    assert not list(fresh.glob(".tmp*"))
    language._identifier.cache_clear()
    from py3langid import langid
    model = langid.MODEL_DIR / langid.MODEL_FILE
    assert language._cached_model(model) is not None  # the copy is what the next process reads
    assert language.detect_text_language(FRENCH) == "fr"
    assert language.detect_text_language(GERMAN) == "de"


def test_a_damaged_copy_falls_back_to_the_packaged_model(fresh: Path) -> None:
    language.detect_text_language(GERMAN)
    (copy,) = fresh.glob("langid-*")
    (copy / "ptc.npy").write_bytes(b"not a model")
    language._identifier.cache_clear()
    assert language.detect_text_language(FRENCH) == "fr"


def test_no_copy_when_turned_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SYNDICATE_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    language._identifier.cache_clear()
    try:
        assert language.detect_text_language(GERMAN) == "de"
        assert not list(tmp_path.rglob("langid-*"))
    finally:
        language._identifier.cache_clear()


def test_copies_of_other_versions_are_removed_and_installs_share_one(fresh: Path) -> None:
    fresh.mkdir(parents=True)
    stale_file = fresh / "langid-4586720-1796328135.npz"  # the older one-file layout
    stale_file.write_bytes(b"x" * 100)
    stale_dir = fresh / "langid-0.0-1"
    stale_dir.mkdir()
    (stale_dir / "ptc.npy").write_bytes(b"x")
    assert language.detect_text_language(GERMAN) == "de"
    (copy,) = fresh.glob("langid-*")
    assert copy.is_dir() and not stale_file.exists() and not stale_dir.exists()
    # The name holds no install-specific part (a second venv of the same release shares it).
    from py3langid import langid
    model = langid.MODEL_DIR / langid.MODEL_FILE
    assert language._cache_path(model) == copy
    assert str(int(model.stat().st_mtime)) not in copy.name
