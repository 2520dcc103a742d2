"""Vocabulary and sizes of ``extract/author_boxes.py``: what marks an author's box beside
its structure (the author's name link, a picture, a short bio). Class/id words are whole
words of a token (split at ``-``, ``_`` and camelCase), lower case; they are extra evidence.
"""

from __future__ import annotations

from .metadata_sources import AUTHOR_PATH_SEGMENTS, BYLINE_CLASS_PARTS

#: CTA kinds an author's box is taken for: its "Read more" (the bio's expander, the author's
#: page, the editorial policy) and the row of the author's profiles.
ASK_KINDS = frozenset({"read_more", "follow"})

#: Class/id (and custom tag) words of a byline or an author's box, in several languages.
AUTHOR_WORDS = frozenset(BYLINE_CLASS_PARTS | {
    "bio", "bios", "biography", "biografie", "biografia", "biographie", "vcard", "contrib",
    "autores", "autori", "auteurs", "autoren", "redacteur", "columnist",
})
#: ``itemprop``/``rel`` values naming the author (microdata, ``rel="author"``).
AUTHOR_PROPS = frozenset({"author", "creator"})
#: Path segments of an author's page (``/author/jane-doe``, ``/member/jane``).
AUTHOR_PATH_WORDS = frozenset(AUTHOR_PATH_SEGMENTS | {"member", "members", "user", "users"})

#: Levels climbed from a CTA to its author's box (the box itself counted as level 0).
AUTHOR_CLIMB = 4
#: An author's box shows at most this many characters (name, role, a short bio, links).
MAX_AUTHOR_BOX = 1000
#: ...and holds at most this many nodes (elements, comments).
MAX_BOX_NODES = 300
#: Characters of text outside links from which a box holds a bio (beside the name).
MIN_BIO_CHARS = 40

#: Characters of a follow CTA's own text (outside its links) from which it asks in words.
MIN_PROMPT_CHARS = 12
#: Longer link texts say no ask ("Follow", "Folgen Sie uns": short).
MAX_ASK_CHARS = 40

#: Hosts written two ways for one network (a profile handle compared across bars).
HOST_ALIASES = {"x.com": "twitter.com", "fb.com": "facebook.com"}
