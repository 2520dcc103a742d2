"""Which class strings can name an ad slot: one cheap test before the word split.

``ads._class_signal`` splits a class string into class names and words (``chrome_util.words``)
and looks them up in ``rules/ad_networks.py``; most class strings name no ad, and
``can_name_ad`` rules them out without the split (its False is exact, its True only "maybe"):

* a table name or word whose "ad" (if any) opens none of its words is searched as a plain
  literal: every class string naming it holds it in its lower-cased form;
* every other name and word has "ad" at the start of one of its words, and so does a class
  string naming it (at the string's start, after a separator, or at a camelCase capital:
  "boxinlineAd"); ``AD_COMPOUND``'s glued names ("bottomad", "sidebarAds2") end a class name
  with it instead. An "ad" inside a word ("header", "shadow", "loading", "thread") is neither:
  those strings, an eighth of all class strings, were split for nothing before.
"""

from __future__ import annotations

import re

from .rules import ad_networks as rules
from .rules.chrome_patterns import grouped_alternation

#: Separators of ``chrome_util.words`` besides whitespace.
_SEPARATORS = "_-.:/"
_NAME = re.compile(r"[\w-]+")
#: ``AD_COMPOUND``'s ending (a class name ends with it): ad, ads or advert, then a number.
_COMPOUND_END = re.compile(r"(?:ads?|advert)\d*(?!\S)").match
#: ``_COMPOUND_END`` holds only while every compound name ends so; otherwise every "ad" may
#: be one and only the literals rule strings out.
_COMPOUND_SHAPE = rules.AD_COMPOUND.pattern.endswith(r"_?(?:ad|ads|advert)\d*$")


def _opens_word(name: str) -> bool:
    """``name`` (lower-case) has "ad" at the start of one of its words."""
    return any(name.startswith("ad", i) and (i == 0 or name[i - 1] in _SEPARATORS or name[i - 1].isspace())
               for i in range(len(name) - 1))


def _literals() -> re.Pattern[str]:
    """A search for the names and words "ad" does not cover, the shortest of them only (a
    name holding another one is found by that one)."""
    names = {str(x).lower() for table in (rules.NETWORK_CLASSES, rules.NETWORK_CLASS_WORDS,
                                          rules.AD_CLASS_NAMES, rules.AD_WORDS) for x in table}
    names = {x for x in names if not _opens_word(x)}
    names.update(rules.AD_FORMAT_STEMS, ("banner",))  # (format names: ``_format_name``)
    # (a weak word before a separator: "pub-300x600", "sky_right"; not "public", "skyline")
    names.update(f"{w}{sep}" for w in rules.AD_WEAK_WORDS for sep in "-_")
    least = sorted(x for x in names if not any(y != x and y in x for y in names))
    return grouped_alternation("|".join(x if _NAME.fullmatch(x) else re.escape(x) for x in least))


_LITERALS = _literals().search
#: A weak ad word as the last class name or word ("bloc pub", "ad-sky"): ``str.endswith``.
_WEAK_ENDS = tuple(sorted(rules.AD_WEAK_WORDS))


def can_name_ad(cls: str) -> bool:
    """False when no class name of the class attribute ``cls`` is a network class, an ad
    class name or compound, or holds an ad word or a format name."""
    lower = cls.lower()
    if _LITERALS(lower) is not None or lower.endswith(_WEAK_ENDS):
        return True
    at = lower.find("ad")
    if at < 0:
        return False
    if not _COMPOUND_SHAPE or not cls.isascii():
        return True  # (only in ASCII are the positions in ``lower`` those of ``cls``)
    while at >= 0:
        if at == 0:
            return True
        before = cls[at - 1]
        if (before.isspace() or before in _SEPARATORS or (cls[at] == "A" and "a" <= before <= "z")
                or _COMPOUND_END(lower, at) is not None):
            return True
        at = lower.find("ad", at + 1)
    return False
