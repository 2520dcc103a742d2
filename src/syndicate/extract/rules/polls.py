"""Size and vocabulary of a poll or feedback question, as data for ``extract/polls.py``."""

from __future__ import annotations

#: A poll or feedback question (``polls``): a box of at most this much text, a question of at
#: most this many words, and 2 to this many answers of at most this many words each.
MAX_POLL_TEXT = 300
MAX_POLL_ELEMENTS = 60
#: ...found at most this many levels above one of its answers...
POLL_CLIMB = 5
#: ...and none of its answers is a confirm dialog's "Cancel".
CANCEL_WORDS = frozenset({"cancel", "abbrechen", "annuler", "cancelar", "annulla", "anuluj", "annuleren"})
MAX_POLL_QUESTION_WORDS = 14
MAX_POLL_ANSWERS = 6
MAX_POLL_ANSWER_WORDS = 4
