"""A link's button look read from utility classes (``extract/button_looks.py``): the
tokens of a utility-class framework (Tailwind-like ``px-4 rounded-lg bg-blue-600``,
Bootstrap's ``px-3 rounded-pill bg-primary``) that draw a padded, rounded box with a
fill or an edge.

A token is read after its framework prefix (``tw-``), its ``!`` and its screen-size
prefixes (``md:``); a token of a state prefix (``hover:``, ``focus:``) draws nothing until
the state: it is no evidence.
"""

from __future__ import annotations

#: Prefixes a token may carry that keep it drawn at some screen size (``md:px-8``).
SCREEN_PREFIXES = frozenset({"sm", "md", "lg", "xl", "2xl", "tablet", "desktop", "mobile"})
#: Framework prefixes cut from a token's front (``tw-px-6``).
FRAMEWORK_PREFIXES = ("tw-",)

#: Horizontal padding: ``px-<n>`` or ``p-<n>`` (not 0: ``px-0``, ``p-[0px]``).
PAD_PREFIXES = ("px-", "p-")
#: A fill: ``bg-<colour>``, except these values (no fill, or a picture's placement).
FILL_PREFIX = "bg-"
NOT_FILL = frozenset({
    "transparent", "none", "inherit", "current", "fixed", "local", "scroll", "cover",
    "contain", "center", "top", "bottom", "left", "right", "repeat", "no-repeat", "clip",
    "origin", "blend", "opacity", "auto",
})
#: An edge: a border or ring of some width (``border``, ``border-2``, ``ring-1``).
EDGE_TOKENS = frozenset({"border", "border-1", "border-2", "border-3", "border-4", "ring", "ring-1", "ring-2"})
#: A rounded shape: ``rounded`` or ``rounded-<size>`` (not ``rounded-none``, nor one corner
#: alone: ``rounded-t-lg`` is a card's top).
SHAPE_TOKEN = "rounded"
NOT_SHAPE = frozenset({"none", "0"})
SHAPE_SIDES = frozenset({"t", "b", "l", "r", "tl", "tr", "bl", "br", "s", "e", "ss", "se", "es", "ee", "top", "bottom"})
