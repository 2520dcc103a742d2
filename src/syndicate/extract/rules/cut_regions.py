"""Limits for regions the body stage cut that the region pass reports (``extract/cut_ctas.py``)."""

#: The body stage's trace rule naming a call-to-action box (``blocks.py``).
CTA_RULE = "inner-chrome:cta"
#: The page-wide pass's trace rule naming a social box, a share or follow bar
#: (``content.py`` by ``element_hints.py``'s class/id words).
SOCIAL_RULE = "class/id:social"
#: The cut rules whose boxes are weighed as CTAs.
CUT_KINDS = frozenset({CTA_RULE, SOCIAL_RULE})
#: A CTA box's text at most: a heading, a pitch of a few sentences and its button.
MAX_CHARS = 700
#: Elements walked at most when measuring a box.
MAX_ELEMENTS = 120
#: Links at most (the same target linked from a picture, the heading and the button).
MAX_LINKS = 3
#: Words of a button label at most ("Jetzt Kredit vergleichen", "Learn more").
MAX_LABEL_WORDS = 5
#: Characters of label allowed per share control of a cut social box ("Auf Facebook teilen").
CONTROL_CHARS = 40
