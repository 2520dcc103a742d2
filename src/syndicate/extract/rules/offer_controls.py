"""Bounds of ``extract/offer_controls.py``. Structure decides what a control is (a ``<button>``,
a submit, ``role=button``, a class naming a button by ``conversion.BUTTON_WORDS``); its label
must still ask to act (``regions.OFFER_VERBS``, not a learn-more verb).
"""

from __future__ import annotations

#: A control's label has at most this many words ("Get Started with a Coach Today!").
MAX_LABEL_WORDS = 6
#: Ancestors of the card asked for a ``<button>`` beside it (each holding no other link and
#: a form or a button: the app card's title row, then the row with its 'Install' form).
MAX_CLIMB = 3
#: Input types of a form's submit control.
SUBMIT_TYPES = frozenset({"submit", "button"})
