"""Limits for regions the body stage cut that the region pass reports (``extract/cut_ctas.py``)."""

#: The body stage's trace rule naming a call-to-action box (``blocks.py``).
CTA_RULE = "inner-chrome:cta"
#: A CTA box's text at most: a heading, a pitch of a few sentences and its button.
MAX_CHARS = 700
#: Elements walked at most when measuring a box.
MAX_ELEMENTS = 120
#: Links at most (the same target linked from a picture, the heading and the button).
MAX_LINKS = 3
#: Words of a button label at most ("Jetzt Kredit vergleichen", "Learn more").
MAX_LABEL_WORDS = 5
