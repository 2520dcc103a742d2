"""Vocabulary of ``extract/offer_controls.py``: what names a card's control as a button. Class/id
words are whole words (a token split at ``-``, ``_`` and camelCase). Structure decides (a
``<button>``, a submit, ``role=button``); these words are the class's evidence, and the label
must still ask to act (``regions.OFFER_VERBS``, not a learn-more verb).
"""

from __future__ import annotations

#: Class/id words of a button or a call to action ("w-btn", "announcement_cta-text").
BUTTON_WORDS = frozenset({"btn", "button", "buttons", "cta"})
#: A control's label has at most this many words ("Get Started with a Coach Today!").
MAX_LABEL_WORDS = 6
#: Ancestors of the card asked for a ``<button>`` beside it (each holding no other link and
#: a form or a button: the app card's title row, then the row with its 'Install' form).
MAX_CLIMB = 3
#: Input types of a form's submit control.
SUBMIT_TYPES = frozenset({"submit", "button"})
