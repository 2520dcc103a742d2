"""Tables of ``dismissible``: how a box says it is a notice the reader dismisses."""

from __future__ import annotations

#: ARIA roles of a live notice (a promo bar, a snackbar): no story teaser.
NOTICE_ROLES = frozenset({"status", "alert", "alertdialog"})
#: Links of a dismissible box read as one CTA (an offer, a log-in, a register link).
MAX_LINKS = 3
#: Conversion kinds a dismissible box is a CTA of (contact pages are site chrome).
KINDS = frozenset({"subscribe", "newsletter", "donate", "app"})
#: Levels below a snackbar where its close control stands.
CLOSE_DEPTH = 2
