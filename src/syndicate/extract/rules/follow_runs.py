"""Tables of ``follow_runs``: a run of profile icons among a menu's or a row's other entries."""

from __future__ import annotations

import re

#: Fewest adjacent profile entries that make a run (one icon alone is a link, not a widget).
MIN_RUN = 2
#: A row of at most this many links is the widget whole (a header's icon corner with
#: its "Subscribe" link); a longer one (a top menu) gives the run, reported at its first entry.
MAX_SMALL_ROW = 4
#: Most characters of loose text in the row (more: a sentence naming the networks).
MAX_LOOSE_TEXT = 40
#: Levels above the row whose class/id says it is an author's box (a byline's profile links
#: are the author's, not the site's follow widget).
AUTHOR_CLIMB = 3
#: Class/id words of an author's box or byline, matched as whole tokens.
AUTHOR_TOKENS = re.compile(r"(?:^|[\s_-])(?:author|authors|byline|bylines|autor|auteur|autore|writer|contributor)(?:$|[\s_-])",
                           re.IGNORECASE)
