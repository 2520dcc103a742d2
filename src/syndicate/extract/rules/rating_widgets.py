"""Rating widgets under the article (``extract/rating_widgets.py``): where they are looked for and their size."""

from __future__ import annotations

#: A rating widget (``rating_widgets``): looked for from the body's last this many blocks
#: and this many elements after its last one, at each of this many levels up...
RATING_LAST_BLOCKS = 3
RATING_SIBLINGS = 4
RATING_CLIMB = 3
#: ...holding at most this many elements and this much text, a question of this many
#: characters...
MAX_RATING_ELEMENTS = 80
MAX_RATING_TEXT = 160
MIN_RATING_QUESTION = 12
MAX_RATING_QUESTION = 80
#: ...and a run of answers: 2 to this many short words of at most this many characters,
#: or this many to ``MAX_RATING_ICONS`` empty icons.
MAX_RATING_WORDS = 5
MAX_RATING_ANSWER = 12
MIN_RATING_ICONS = 3
MAX_RATING_ICONS = 10
