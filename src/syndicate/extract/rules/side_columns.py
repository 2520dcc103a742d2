"""Words naming a column beside the article's column by the side it stands on
(``extract/placement.py``): "content-right", "teaser_right", "colDroite", "#left".

A page written as two columns often names them by side rather than by role; the name of
the column that does NOT hold the article is what says it stands beside it. Matched on
class/id words (``chrome_util.words``), never substrings.
"""

from __future__ import annotations

#: Side words (en de fr es it pt nl): a class/id word naming the column's side.
SIDE_WORDS = frozenset({
    "right", "left", "rechts", "rechte", "rechter", "linke", "linker", "droite", "gauche",
    "derecha", "izquierda", "destra", "sinistra", "direita", "esquerda",
})
#: One-word compounds of a side and a column ("rightcol", "leftsidebar").
SIDE_COMPOUNDS = frozenset({
    "rightcol", "leftcol", "rightcolumn", "leftcolumn", "rightside", "leftside", "rightbar",
    "leftbar", "colright", "colleft", "rightrail", "leftrail", "sidebarright", "sidebarleft",
})
#: Words that make a side word a style (text alignment, a float, a margin, a corner, a
#: gradient's direction, a label's side) rather than a column's name. (A name with a digit
#: is a utility too: "left-0", "right-[.5rem]"; and a state word says what the page has:
#: "has-right-label".)
STYLE_WORDS = frozenset({
    "float", "pull", "clear", "label", "fl", "fr",
    "text", "align", "arrow", "icon", "caret", "chevron", "btn", "button", "m", "ml", "mr", "p", "pl",
    "pr", "margin", "padding", "border", "rounded", "radius", "offset", "justify", "items", "self",
    "to", "top", "bottom", "corner", "shadow", "slide", "swipe", "scroll", "image", "img", "thumb",
})
