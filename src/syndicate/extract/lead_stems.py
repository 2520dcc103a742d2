"""Whether a lead-in's words name an invitation to further stories ("check out these
articles", "Lue myös", "Lesen Sie auch"): stems of ``rules.story_lines.LEAD_STEMS``, each
at the start of a word. Read by ``story_lines.lead_line`` and ``slug_lines.story_runs``."""

from __future__ import annotations

from .rules.story_lines import LEAD_STEMS


def has_lead_stem(low: str) -> bool:
    """``low`` (a lower-cased lead-in) holds an invitation stem at the start of a word (a
    typographic apostrophe read as a straight one: "don’t miss")."""
    if "’" in low:
        low = low.replace("’", "'")
    for stem in LEAD_STEMS:
        i = low.find(stem)
        while i >= 0:
            if i == 0 or not low[i - 1].isalnum():
                return True
            i = low.find(stem, i + 1)
    return False
