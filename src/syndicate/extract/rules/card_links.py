"""Vocabulary of ``card_links``: links that are story cards."""

from __future__ import annotations

#: File types a link to no article ends with (a gallery thumbnail opens its picture; a
#: document or an archive is a download).
FILE_EXTENSIONS = frozenset({
    "jpg", "jpeg", "png", "webp", "gif", "avif", "svg", "pdf", "zip", "mp3", "mp4",
})
#: Class/id words of an ad or sponsored card (the ad pass owns those), as whole words.
SPONSORED_WORDS = frozenset({
    "ad", "ads", "advert", "advertisement", "advertorial", "sponsor", "sponsored", "sponsoring",
    "promoted", "partner", "anzeige", "werbung", "publicidad", "publicite", "reklama",
})
