"""Shared fixtures: paths to the shared corpus/seed (tests skip with a reason when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_fd4b3b4eabb3371a.txt"
CORPUS = SHARED / "corpus"
EXAMPLES = REPO / "examples"
TEXTS = Path(__file__).resolve().parent / "texts"


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED} (needs ../shared beside the checkout)")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def corpus_root() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS} (needs ../shared beside the checkout)")
    return CORPUS
