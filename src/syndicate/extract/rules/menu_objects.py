"""What a CMS menu entry says its link leads to (``extract/menu_objects.py``)."""

from __future__ import annotations

#: The class token WordPress puts on each entry of a menu it builds (``wp_nav_menu``), naming
#: the kind of object the entry links: ``menu-item-object-post``, ``menu-item-object-page``...
ENTRY_PREFIX = "menu-item-object-"
#: Objects that are pages of the site and no story: a static page ("About us", "Online
#: Programs", a service page), a listing (category, tag) or a shop's product or category.
NON_STORY_OBJECTS = frozenset({"page", "category", "post_tag", "product", "product_cat"})
#: The object of a story (a blog post): a menu of nothing else is a list of stories.
STORY_OBJECT = "post"
#: A menu of posts holds this many entries or more (and at most ``regions.MAX_BAND_LINKS`` links).
MIN_POST_ENTRIES = 3
