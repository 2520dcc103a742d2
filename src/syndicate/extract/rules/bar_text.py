"""What a share/follow bar shows and which links it may hold beside its network links
(``extract/bar_text.py``)."""

from __future__ import annotations

import re

#: Class tokens of text kept for screen readers only, hidden on screen by the CMS's or CSS
#: framework's stylesheet ("Click to share on Facebook (Opens in new window)"). Each seen on
#: 3+ sites of the corpus (pages holding it, 996 non-blind pages): screen-reader-text
#: (WordPress, 227), sr-only (Bootstrap, 146), visually-hidden (Bootstrap 5, Drupal, 88),
#: element-invisible (Drupal 7, 15), visuallyhidden (HTML5 Boilerplate, 9), show-for-sr
#: (Foundation, 5), assistive-text (WordPress themes, 4), screen-reader-only (3 sites).
SR_ONLY_CLASSES = frozenset({
    "screen-reader-text", "sr-only", "visually-hidden", "element-invisible", "visuallyhidden",
    "show-for-sr", "assistive-text", "screen-reader-only",
})
#: A link to an e-mail address hidden from harvesters by Cloudflare (the page's ``mailto:``
#: rewritten by the proxy: 82 corpus pages).
PROTECTED_MAIL_HREF = re.compile(r"^(?:https?://[^/]+)?/cdn-cgi/l/email-protection", re.IGNORECASE)
