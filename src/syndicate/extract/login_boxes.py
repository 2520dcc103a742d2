"""A log-in control alone is no call to action.

"Log in", "Sign in | My account", "Anmelden": a box whose whole text is the account's
door asks nothing of a reader who is not yet one (no subscription, no sign-up): it is
the site's navigation, whatever its class or the rule that found it says. A prompt beside
it ("Already a subscriber? Log in", "Log in to comment") keeps the box a CTA.
"""

from __future__ import annotations

import re

from ..model import CallToAction
from .chrome import Found
from .rules.conversion import LOGIN_ACCOUNT_WORDS, LOGIN_WORDS

#: Words of a label (letters, in any script).
_WORD = re.compile(r"[^\W\d_]+")
#: Longest text read: a label of a few words.
_MAX_CHARS = 40


def login_only(f: Found) -> bool:
    """``f`` is a CTA whose whole text is a log-in label (with an account word beside it)."""
    item = f.item
    if not isinstance(item, CallToAction) or not item.text or len(item.text) > _MAX_CHARS:
        return False
    ws = [w.lower() for w in _WORD.findall(item.text)]
    if not ws:
        return False
    login = False
    i = 0
    while i < len(ws):
        if ws[i] in LOGIN_WORDS:
            login, i = True, i + 1
        elif i + 1 < len(ws) and ws[i] + ws[i + 1] in LOGIN_WORDS:
            login, i = True, i + 2
        elif ws[i] in LOGIN_ACCOUNT_WORDS:
            i += 1
        else:
            return False
    return login
