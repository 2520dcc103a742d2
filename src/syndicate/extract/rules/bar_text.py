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

#: Words (whole, lower case) of a link to another way of following the site, which a column of
#: its network profiles holds beside them ("Newsletters", "RSS", "Android App", "E-Mail
#: Signup", "Podcast"), in the languages of the corpus: such a link makes no bar but does
#: not break one. (Matched against ``chrome_util.words``, which splits "E-Mail" into "e" and
#: "mail": no entry holds a separator.)
CHANNEL_WORDS = frozenset({
    "newsletter", "newsletters", "infolettre", "boletin", "boletín", "boletines", "nieuwsbrief",
    "rss", "feed", "feeds", "atom", "app", "apps", "podcast", "podcasts", "email", "mail",
})
#: A column naming this many networks is a follow column: one link beside its profiles that is
#: neither a control nor a channel ("More platforms", a lesser network we do not know) stays in it.
MIN_NETWORKS_WITH_STRAY = 3
