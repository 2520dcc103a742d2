"""Embedded third-party content, as data: which iframes and blockquotes are which provider.

``IFRAME_PROVIDERS``: (provider, registered domains, path prefixes or None). An iframe
is that provider's when its ``src`` host *is* one of the domains or a subdomain of one
(``w.soundcloud.com``), and its path starts with one of the prefixes when any are given.
The host is compared whole, never searched: ``evil.example/.soundcloud.com/`` is not
SoundCloud. The AMP writer uses the same table to decide which embeds may become a
sandboxed ``amp-iframe``; an embed on any other host is written as a link.
``BLOCKQUOTE_PROVIDERS``: (provider, class token of the publisher's embed blockquote,
attribute holding the canonical URL if not a link inside).
"""

from __future__ import annotations

IFRAME_PROVIDERS: tuple[tuple[str, tuple[str, ...], tuple[str, ...] | None], ...] = (
    ("youtube", ("youtube.com", "youtube-nocookie.com", "youtu.be"), None),
    ("vimeo", ("vimeo.com",), None),
    ("twitter", ("twitter.com", "x.com"), None),
    ("instagram", ("instagram.com",), None),
    ("facebook", ("facebook.com",), ("/plugins", "/video")),
    ("tiktok", ("tiktok.com",), None),
    ("spotify", ("open.spotify.com",), None),
    ("soundcloud", ("soundcloud.com",), None),
    ("dailymotion", ("dailymotion.com", "dai.ly"), None),
    ("google-maps", ("google.com", *(f"google.{tld}" for tld in (
        "co.uk", "de", "fr", "es", "it", "nl", "ca", "com.au", "co.in", "com.br", "pl", "se",
        "ch", "at", "be", "dk", "no", "fi", "ie", "pt", "co.jp", "com.mx", "ru", "com.tr"))),
     ("/maps",)),
)

#: Providers without an AMP component of their own whose players may run as a sandboxed
#: ``amp-iframe`` — only on these hosts (same matching as ``IFRAME_PROVIDERS``).
SANDBOXED_IFRAME_HOSTS: dict[str, tuple[tuple[str, ...], tuple[str, ...] | None]] = {
    "soundcloud": (("w.soundcloud.com",), None),
    "spotify": (("open.spotify.com",), ("/embed",)),
    "google-maps": (IFRAME_PROVIDERS[-1][1], ("/maps",)),
    "datawrapper": (("datawrapper.dwcdn.net",), None),
    "flourish": (("flo.uri.sh", "public.flourish.studio"), None),
    "infogram": (("e.infogram.com",), None),
    "scribd": (("scribd.com",), ("/embeds",)),
}

#: Other names of providers found in documents.
PROVIDER_ALIASES: dict[str, str] = {"google_maps": "google-maps", "maps": "google-maps"}

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
