"""Numbers of ``extract/related_floods.py``: when many look-alike related blocks on one page
are one widget's parts, or no related content at all."""

#: A flood: at least this many related blocks of one shape (tag and class of the block, its
#: parent and grandparent) on one page. Fewer alike blocks are left to the other steps.
MIN_FLOOD = 4
#: Repeated boxes: at least this share of the flood's blocks link nothing but targets another
#: block of the flood links too (one offer or product box printed again and again).
REPEATED_SHARE = 0.75
#: A card: a block of at most this many items...
CARD_MAX_ITEMS = 4
#: ...of which at most one is a headline (this many words or more; the others a card's
#: author names, label or price links).
CARD_HEADLINE_WORDS = 5
#: A block under a heading of its own with this many items or more is a module; a flood
#: made half of modules is a stack of widgets, no card list.
MODULE_ITEMS = 3
#: The cards' common container is a list: at least this share of its element children share
#: one design (tag and class names, numbers aside).
LIST_DESIGN_SHARE = 0.8
#: A linkless line of at most this many words just before the list is its heading.
MAX_LABEL_WORDS = 6
