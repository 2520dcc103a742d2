"""Stop lists for 100 languages and a language guess from them.

The lists are the ones jusText ships (one word a line, most frequent first,
built from Wikipedia). Only the data files are read: importing jusText itself
would need ``lxml.html.clean``, which syndicate does not use. Without the
package installed the text reader still works, with no stop-word test.
"""

from __future__ import annotations

import importlib.util
import logging
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from ..extract.rules.text_lines import GUESS_TOKENS, GUESS_WORDS

log = logging.getLogger("syndicate")

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _directory() -> Path | None:
    spec = importlib.util.find_spec("justext")
    if spec is None or not spec.submodule_search_locations:
        log.warning("justext is not installed: the text reader runs without stop lists")
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "stoplists"
    return path if path.is_dir() else None


@lru_cache(maxsize=1)
def _guess_index() -> dict[str, tuple[str, ...]]:
    """Head words of every list -> the languages whose list starts with them."""
    folder = _directory()
    index: dict[str, list[str]] = {}
    if folder is None:
        return {}
    for path in sorted(folder.glob("*.txt")):
        seen: set[str] = set()
        with path.open(encoding="utf-8") as fh:
            for word in fh:
                word = word.strip().lower()
                if word and word not in seen:
                    seen.add(word)
                    index.setdefault(word, []).append(path.stem)
                    if len(seen) >= GUESS_WORDS:
                        break
    return {word: tuple(langs) for word, langs in index.items()}


@lru_cache(maxsize=16)
def stoplist(language: str) -> frozenset[str]:
    """The whole stop list of ``language`` (a jusText list name such as ``English``)."""
    folder = _directory()
    if folder is None:
        return frozenset()
    path = folder / f"{language}.txt"
    if not path.is_file():
        return frozenset()
    return frozenset(w.strip().lower() for w in path.read_text(encoding="utf-8").split())


def guess_language(text: str) -> str | None:
    """The stop list whose most frequent words occur most often in ``text``, or None."""
    index = _guess_index()
    if not index:
        return None
    tokens: Counter[str] = Counter()
    for n, m in enumerate(_WORD.finditer(text.lower())):
        if n >= GUESS_TOKENS:
            break
        tokens[m.group(0)] += 1
    votes: dict[str, int] = {}
    for token, count in tokens.items():
        for lang in index.get(token, ()):
            votes[lang] = votes.get(lang, 0) + count
    if not votes:
        return None
    return max(votes.items(), key=lambda kv: kv[1])[0]
