"""Vocabulary of ``extract/related_guards.py``: what says a block found as related content is
some other kind of link block (a gallery, a byline, a tag list, a menu). Structure decides
there; these words are extra evidence only. Path and class/id words are whole words (a
class token split at ``-``, ``_`` and camelCase; a path segment split at ``-``, ``_``, ``.``),
headings are matched whole (a trailing colon aside), lower case.
"""

from __future__ import annotations

#: File name endings of links that open a file, not a page (pictures of a gallery or a
#: lightbox, downloads).
FILE_EXTENSIONS = frozenset({
    "jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "bmp", "tif", "tiff", "heic",
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf", "csv",
    "zip", "rar", "7z", "gz", "epub", "mp3", "mp4", "m4a", "wav", "ogg", "mov", "avi", "webm",
})
