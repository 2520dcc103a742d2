"""Embedded third-party content, as data: which iframes and blockquotes are which provider.

``IFRAME_PROVIDERS``: (provider, regex on the iframe ``src`` host+path).
``BLOCKQUOTE_PROVIDERS``: (provider, class token of the publisher's embed blockquote,
attribute holding the canonical URL if not a link inside).
"""

from __future__ import annotations

IFRAME_PROVIDERS: tuple[tuple[str, str], ...] = (
    ("youtube", r"(?:^|\.)(?:youtube(?:-nocookie)?\.com|youtu\.be)/"),
    ("vimeo", r"(?:^|\.)vimeo\.com/"),
    ("twitter", r"(?:^|\.)(?:twitter|x)\.com/|platform\.twitter\.com/"),
    ("instagram", r"(?:^|\.)instagram\.com/"),
    ("facebook", r"(?:^|\.)facebook\.com/(?:plugins|video)"),
    ("tiktok", r"(?:^|\.)tiktok\.com/"),
    ("spotify", r"(?:^|\.)open\.spotify\.com/"),
    ("soundcloud", r"(?:^|\.)soundcloud\.com/"),
    ("dailymotion", r"(?:^|\.)dailymotion\.com/|dai\.ly/"),
    ("google-maps", r"(?:^|\.)google\.[a-z.]+/maps"),
)

BLOCKQUOTE_PROVIDERS: tuple[tuple[str, str, str | None], ...] = (
    ("twitter", "twitter-tweet", None),
    ("twitter", "twitter-video", None),
    ("instagram", "instagram-media", "data-instgrm-permalink"),
    ("tiktok", "tiktok-embed", "cite"),
    ("facebook", "fb-xfbml-parse-ignore", None),
    ("reddit", "reddit-card", None),
    ("reddit", "reddit-embed-bq", None),
    ("imgur", "imgur-embed-pub", None),
)

#: Providers whose embed blockquote carries the post's own words in its <p> elements (the
#: rest of the blockquote is attribution); kept as ``Embed.text``. Instagram's and
#: TikTok's blockquotes hold "View this post on Instagram"-style chrome instead.
TEXT_PROVIDERS: frozenset[str] = frozenset({"twitter"})

#: Div embeds of the Facebook SDK: class token -> attribute holding the post URL.
DIV_PROVIDERS: tuple[tuple[str, str, str], ...] = (
    ("facebook", "fb-post", "data-href"),
    ("facebook", "fb-video", "data-href"),
)
