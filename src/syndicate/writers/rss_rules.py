"""Data for the RSS writer: namespaces, language codes, image types, wording."""

from __future__ import annotations

#: Namespaces declared on ``<rss>`` (prefix -> URI).
NAMESPACES = {
    "atom": "http://www.w3.org/2005/Atom",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "media": "http://search.yahoo.com/mrss/",
}

DOCS_URL = "https://www.rssboard.org/rss-specification"

#: ISO 639-1 codes: RSS ``<language>`` must start with one (the W3C validator checks).
ISO_639_1 = frozenset("""
aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu
hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb
lg li ln lo lt lu lv mg mh mi mk ml mn mo mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj
om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk sl sm sn so sq sr ss st su
sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
""".split())

#: Image MIME types by file extension, for ``media:content type``; unknown: left out.
IMAGE_TYPES = {
    ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".gif": "image/gif",
    ".webp": "image/webp", ".avif": "image/avif", ".svg": "image/svg+xml",
}

#: Text of an ad marker (``ads="markers"``) when the slot has no label of its own.
AD_MARKER_TEXT = "Advertisement"
#: Heading of a related block without a title (``include_related=True``).
RELATED_TITLE = "Related"
#: Longest ``<description>`` taken from the first paragraph, in characters.
SUMMARY_CHARS = 400
