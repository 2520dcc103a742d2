"""What marks a picture link as an ad creative by itself (``extract/ad_pictures.py``)."""

from __future__ import annotations

#: Banner sizes (width x height) a picture declared at is a creative: the wide and tall trade
#: sizes only. A 300x250, a 336x280 or a square is as often a photo's thumbnail.
BANNER_SIZES = frozenset({
    (728, 90), (970, 90), (970, 250), (970, 66), (980, 120), (468, 60), (234, 60), (320, 50),
    (300, 50), (160, 600), (120, 600), (300, 600), (300, 1050), (120, 240),
})
#: Endings of a link target that is a picture file (a photo's enlargement, no ad's click).
PICTURE_FILE_ENDS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg")
#: Levels of one-child wrappers a slot is reported at above its link.
WRAPPER_CLIMB = 3
#: Tags no slot is reported at (the page's structure, a list's entry belongs to its list).
NO_WRAPPER_TAGS = frozenset({"body", "html", "main", "article", "header", "footer", "nav", "p", "li", "ul", "ol"})
#: Longest picture file name whose words are read (a longer one is a generated id:
#: "AD_4nXc9OO-uzpLam24…", where an ad word is chance).
MAX_FILE_NAME = 48
