"""What the AMP writer knows, as data: page boilerplate, component scripts, ad networks,
embed providers, CTA wording and the stylesheet.

To support a new ad network, add an :class:`AdNetwork` to ``AD_NETWORKS`` (and its
aliases to ``AD_NETWORK_ALIASES``); a new embed provider, an :class:`EmbedProvider`
to ``EMBED_PROVIDERS``. The algorithm in ``amp_blocks.py``/``amp_chrome.py`` needs
no change. Block types are mapped to renderers in ``amp_blocks.BLOCK_RENDERERS``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# --------------------------------------------------------------------------- page skeleton

#: The AMP runtime; always the first script.
RUNTIME_SCRIPT = '<script async src="https://cdn.ampproject.org/v0.js"></script>'

#: The required boilerplate, byte for byte as the AMP spec gives it.
BOILERPLATE = (
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
    "-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s "
    "steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}"
    "@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
    "@-moz-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
    "@-ms-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
    "@-o-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
    "@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style>"
    "<noscript><style amp-boilerplate>body{-webkit-animation:none;-moz-animation:none;"
    "-ms-animation:none;animation:none}</style></noscript>"
)

#: Component (custom element) -> extension version. Only components a page uses get a script.
#: ``amp-embed`` is provided by the ``amp-ad`` extension.
COMPONENT_VERSIONS: dict[str, str] = {
    "amp-ad": "0.1",
    "amp-auto-ads": "0.1",
    "amp-sticky-ad": "1.0",
    "amp-youtube": "0.1",
    "amp-vimeo": "0.1",
    "amp-twitter": "0.1",
    "amp-instagram": "0.1",
    "amp-facebook": "0.1",
    "amp-iframe": "0.1",
    "amp-tiktok": "0.1",
    "amp-reddit": "0.1",
    "amp-dailymotion": "0.1",
}

#: AMP's limit on the ``<style amp-custom>`` stylesheet, in bytes.
MAX_CSS_BYTES = 75_000

#: ``lang`` when the document's language is unknown (BCP 47 "undetermined").
UNKNOWN_LANGUAGE = "und"
#: Primary language subtags written right to left.
RTL_LANGUAGES = frozenset({"ar", "he", "iw", "fa", "ur", "ps", "yi", "dv", "ug", "ku", "sd"})

# --------------------------------------------------------------------------- images

#: Aspect ratio assumed for images whose size is unknown: ``layout="responsive"`` needs
#: one; the image is letterboxed inside it (``object-fit: contain``), never cropped.
DEFAULT_IMAGE_RATIO = (16, 9)
#: Related-item thumbnails: fixed size, cropped to fill.
THUMB_SIZE = (96, 64)

# --------------------------------------------------------------------------- ads


@dataclass(frozen=True)
class AdNetwork:
    """How one ad network's slot is written as an AMP ``amp-ad``/``amp-embed``.

    ``unit_attr``/``client_attr`` receive ``AdSlot.unit``/``AdSlot.client``;
    ``passthrough`` lists the ``data-*`` names (or ``prefix*`` patterns) copied from
    ``AdSlot.attributes`` (keys with or without ``data-``); ``defaults`` fill what
    the page did not say; a slot lacking any of ``required`` (or of one of
    ``required_any``) cannot be represented and becomes a placeholder or is dropped.
    """

    amp_type: str
    element: str = "amp-ad"
    unit_attr: str | None = None
    client_attr: str | None = None
    required: tuple[str, ...] = ()
    required_any: tuple[str, ...] = ()
    passthrough: tuple[str, ...] = ()
    defaults: dict[str, str] = field(default_factory=dict)
    #: Sizes after the first go to ``data-multi-size`` (doubleclick only).
    multi_size: bool = False
    #: amp-embed widgets have no fixed size: ``layout="responsive"`` with this ratio.
    responsive_ratio: tuple[int, int] | None = None


#: Height of a slot whose sizes are unknown: ``layout="fixed-height"``, full width.
DEFAULT_AD_HEIGHT = 250
#: Sizes smaller than this (1x1 out-of-page/tracking slots) are not display sizes.
MIN_AD_SIDE = 10
#: amp-sticky-ad holds a mobile banner of this size.
STICKY_AD_SIZE = (320, 50)

AD_NETWORKS: dict[str, AdNetwork] = {
    "adsense": AdNetwork(
        amp_type="adsense", unit_attr="data-ad-slot", client_attr="data-ad-client",
        required=("data-ad-client",),
        passthrough=("data-ad-slot", "data-ad-client", "data-ad-format", "data-ad-layout",
                     "data-ad-layout-key", "data-full-width", "data-auto-format",
                     "data-matched-content-ui-type", "data-matched-content-rows-num",
                     "data-matched-content-columns-num"),
    ),
    "doubleclick": AdNetwork(
        amp_type="doubleclick", unit_attr="data-slot", required=("data-slot",),
        passthrough=("data-slot", "data-loading-strategy", "data-enable-refresh"),
        multi_size=True,
    ),
    "a9": AdNetwork(
        amp_type="a9", required_any=("data-amzn_assoc_", "data-aax_"),
        passthrough=("data-amzn_assoc_*", "data-aax_*", "data-recomtype", "data-adinstanceid",
                     "data-divid"),
    ),
    "taboola": AdNetwork(
        amp_type="taboola", element="amp-embed", client_attr="data-publisher",
        unit_attr="data-placement",
        required=("data-publisher", "data-mode", "data-placement"),
        passthrough=("data-publisher", "data-mode", "data-placement", "data-article",
                     "data-video", "data-photo", "data-home", "data-category", "data-others",
                     "data-target_type", "data-url"),
        defaults={"data-article": "auto"}, responsive_ratio=(100, 100),
    ),
    "outbrain": AdNetwork(
        amp_type="outbrain", element="amp-embed", unit_attr="data-widgetids",
        required=("data-widgetids",),
        passthrough=("data-widgetids", "data-htmlurl", "data-ampurl", "data-styleFile"),
        responsive_ratio=(100, 100),
    ),
    "mgid": AdNetwork(
        amp_type="mgid", element="amp-embed", client_attr="data-publisher", unit_attr="data-widget",
        required=("data-publisher", "data-widget", "data-container"),
        passthrough=("data-publisher", "data-widget", "data-container", "data-url"),
        responsive_ratio=(600, 600),
    ),
    "revcontent": AdNetwork(
        amp_type="revcontent", unit_attr="data-id", required=("data-id",),
        passthrough=("data-id", "data-wrapper", "data-endpoint", "data-ssl"),
        responsive_ratio=(400, 260),
    ),
    "criteo": AdNetwork(
        amp_type="criteo", unit_attr="data-zone", required=("data-zone",),
        passthrough=("data-tagtype", "data-zone", "data-networkid", "data-adslot"),
        defaults={"data-tagtype": "passback"},
    ),
    "medianet": AdNetwork(
        amp_type="medianet", client_attr="data-cid", unit_attr="data-crid",
        required=("data-cid", "data-crid"),
        passthrough=("data-tagtype", "data-cid", "data-crid"),
        defaults={"data-tagtype": "cm"},
    ),
}

#: Names the readers may use for a network -> key of ``AD_NETWORKS``.
AD_NETWORK_ALIASES: dict[str, str] = {
    "adsense": "adsense", "google_adsense": "adsense", "googlesyndication": "adsense",
    "gpt": "doubleclick", "doubleclick": "doubleclick", "dfp": "doubleclick", "gam": "doubleclick",
    "google_ad_manager": "doubleclick", "admanager": "doubleclick",
    "amazon": "a9", "a9": "a9", "apstag": "a9",
    "taboola": "taboola", "outbrain": "outbrain", "mgid": "mgid", "revcontent": "revcontent",
    "criteo": "criteo", "medianet": "medianet", "media.net": "medianet",
}

#: Label of an ad slot when the page gave none.
DEFAULT_AD_LABEL = "Advertisement"

# --------------------------------------------------------------------------- embeds


@dataclass(frozen=True)
class EmbedProvider:
    """An embed provider's AMP component: the id is taken from the URL with ``patterns``
    (first group) and written to ``id_attr``; the box is ``layout="responsive"``."""

    component: str
    id_attr: str
    patterns: tuple[re.Pattern[str], ...]
    ratio: tuple[int, int]
    extra: dict[str, str] = field(default_factory=dict)
    #: Pass the whole URL instead of an id (amp-facebook ``data-href``).
    whole_url: bool = False
    #: Query parameter holding the real URL in plugin iframes (facebook.com/plugins/post.php?href=).
    url_param: str | None = None


def _rx(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


EMBED_PROVIDERS: dict[str, EmbedProvider] = {
    "youtube": EmbedProvider(
        "amp-youtube", "data-videoid",
        _rx(r"^https?://(?:[a-z0-9-]+\.)?youtube(?:-nocookie)?\.com/(?:embed/|v/|shorts/|live/|watch\?(?:.*&)?v=)(?!videoseries)([A-Za-z0-9_-]{11})(?![A-Za-z0-9_-])",
            r"^https?://youtu\.be/([A-Za-z0-9_-]{11})(?![A-Za-z0-9_-])"),
        (16, 9),
    ),
    "vimeo": EmbedProvider(
        "amp-vimeo", "data-videoid",
        _rx(r"^https?://(?:www\.|player\.)?vimeo\.com/(?:video/|channels/[^/]+/)?([0-9]{1,12})(?![0-9])"),
        (16, 9),
    ),
    "twitter": EmbedProvider(
        "amp-twitter", "data-tweetid",
        _rx(r"^https?://(?:(?:www|mobile)\.)?(?:twitter|x)\.com/[A-Za-z0-9_]{1,30}/status(?:es)?/([0-9]{1,25})(?![0-9])"),
        (375, 472),
    ),
    "instagram": EmbedProvider(
        "amp-instagram", "data-shortcode",
        _rx(r"^https?://(?:www\.)?instagram\.com/(?:[A-Za-z0-9_.]+/)?(?:p|reel|tv)/([A-Za-z0-9_-]{5,40})(?![A-Za-z0-9_-])"),
        (1, 1), extra={"data-captioned": ""},
    ),
    "facebook": EmbedProvider(
        "amp-facebook", "data-href",
        _rx(r"^(https://(?:www\.)?facebook\.com/[^\s\"'<>]+/(?:posts|videos)/[^\s\"'<>]+)$"),
        (552, 310), whole_url=True, url_param="href",
    ),
    "tiktok": EmbedProvider(
        "amp-tiktok", "data-src",
        _rx(r"^(https://(?:www\.)?tiktok\.com/@[A-Za-z0-9_.-]{1,40}/video/[0-9]{1,25})(?:[/?#]|$)"),
        (325, 575), whole_url=True,
    ),
    "reddit": EmbedProvider(
        "amp-reddit", "data-src",
        _rx(r"^(https://(?:www\.|old\.)?reddit\.com/r/[A-Za-z0-9_]{1,30}/comments/[A-Za-z0-9_/-]{1,200})(?:[?#]|$)"),
        (300, 400), extra={"data-embedtype": "post"}, whole_url=True,
    ),
    "dailymotion": EmbedProvider(
        "amp-dailymotion", "data-videoid",
        _rx(r"^https?://(?:www\.)?dailymotion\.com/(?:embed/)?video/([A-Za-z0-9]{5,20})(?![A-Za-z0-9])",
            r"^https?://dai\.ly/([A-Za-z0-9]{5,20})(?![A-Za-z0-9])"),
        (16, 9),
    ),
}

#: Players without a component of their own (SoundCloud, maps, charts): ``amp-iframe`` in
#: a 16:9 box, sandboxed — only on the provider's own hosts
#: (``extract/rules/embeds.SANDBOXED_IFRAME_HOSTS``); any other embed becomes a link.
IFRAME_RATIO = (16, 9)
IFRAME_SANDBOX = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"

#: Human name of a provider for link fallbacks ("View on YouTube").
PROVIDER_NAMES: dict[str, str] = {
    "youtube": "YouTube", "vimeo": "Vimeo", "twitter": "X (Twitter)", "instagram": "Instagram",
    "facebook": "Facebook", "tiktok": "TikTok", "soundcloud": "SoundCloud", "spotify": "Spotify",
    "reddit": "Reddit", "dailymotion": "Dailymotion", "imgur": "Imgur",
}

# --------------------------------------------------------------------------- related and CTAs

#: Heading of a related block that had none.
DEFAULT_RELATED_TITLE = "Related"
#: Label of a sponsored block.
SPONSORED_LABEL = "Sponsored"

#: CTA text when the page gave only a URL.
CTA_DEFAULT_TEXT: dict[str, str] = {
    "newsletter": "Sign up for the newsletter", "comments": "Join the discussion",
    "subscribe": "Subscribe", "share": "Share", "follow": "Follow us", "donate": "Donate",
    "app": "Get the app", "read_more": "Read more", "contact": "Contact us", "other": "Learn more",
}

# --------------------------------------------------------------------------- style

#: The whole ``<style amp-custom>``: a plain, readable article column.
CSS = """
:root{--fg:#1d1d1f;--muted:#5f6368;--accent:#0b57d0;--rule:#e2e4e8;--soft:#f5f6f8;--bg:#fff}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:18px/1.65 Georgia,Cambria,"Times New Roman",serif}
.sans,.site,.byline,.kicker,figcaption,.ad-label,.related,.cta,.source,table,.embed-link{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.site{border-bottom:1px solid var(--rule);padding:.8rem 1.25rem;font-size:.95rem;font-weight:700;letter-spacing:.02em}
.site a{color:var(--fg);text-decoration:none}
main{max-width:44rem;margin:0 auto;padding:1.75rem 1.25rem 3rem}
article>header{margin-bottom:1.5rem}
.kicker{color:var(--accent);font-size:.8rem;font-weight:700;letter-spacing:.06em;text-transform:uppercase;margin:0 0 .5rem}
h1{font-size:2.1rem;line-height:1.18;margin:0 0 .6rem;letter-spacing:-.01em}
h2,h3,h4,h5,h6{line-height:1.3;margin:2rem 0 .6rem}
h2{font-size:1.5rem}h3{font-size:1.25rem}h4,h5,h6{font-size:1.05rem}
.subtitle{font-size:1.2rem;color:var(--muted);margin:0 0 .9rem;line-height:1.45}
.byline{color:var(--muted);font-size:.9rem;margin:0}
.byline .author{color:var(--fg);font-weight:600}
p{margin:0 0 1.1rem}
a{color:var(--accent);text-underline-offset:.15em}
ul,ol{margin:0 0 1.1rem;padding-left:1.5rem}
li{margin:.25rem 0}
blockquote{margin:1.5rem 0;padding:.2rem 0 .2rem 1.1rem;border-left:4px solid var(--accent);color:#333;font-style:italic}
blockquote p{margin:0 0 .5rem}
blockquote footer{font-style:normal;font-size:.9rem;color:var(--muted)}
pre{background:var(--soft);border:1px solid var(--rule);border-radius:6px;padding:.9rem 1rem;overflow-x:auto;font-size:.85rem;line-height:1.5}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
hr{border:0;border-top:1px solid var(--rule);margin:2rem 0}
figure{margin:1.5rem 0}
figcaption{color:var(--muted);font-size:.85rem;line-height:1.45;margin-top:.45rem}
amp-img.contain img{object-fit:contain}
amp-img.cover img{object-fit:cover}
.lead{margin-top:0}
.table-wrap{overflow-x:auto;margin:1.5rem 0}
table{border-collapse:collapse;width:100%;font-size:.9rem;line-height:1.45}
caption{text-align:left;color:var(--muted);font-size:.85rem;padding-bottom:.4rem}
th,td{border-bottom:1px solid var(--rule);padding:.45rem .6rem;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600}
.embed{margin:1.5rem 0}
.embed-link{background:var(--soft);border:1px solid var(--rule);border-radius:6px;padding:.8rem 1rem;font-size:.95rem}
.ad{margin:2rem 0;text-align:center;clear:both}
.ad-label{display:block;color:var(--muted);font-size:.7rem;letter-spacing:.08em;text-transform:uppercase;margin-bottom:.35rem}
.ad amp-ad,.ad amp-embed{margin:0 auto}
.ad-placeholder{background:var(--soft);border:1px dashed #c4c7cc;border-radius:6px;padding:1.6rem 1rem}
.ad-placeholder .ad-label{margin:0}
.ad [fallback]{color:var(--muted);font-size:.8rem}
.related{margin:2.25rem 0;padding:1.1rem 1.25rem;background:var(--soft);border-radius:8px}
.related h2{font-size:1.05rem;margin:0 0 .6rem;text-transform:uppercase;letter-spacing:.05em}
.related ul{list-style:none;margin:0;padding:0}
.related li{display:flex;gap:.8rem;align-items:center;padding:.5rem 0;border-top:1px solid var(--rule);margin:0;font-size:.98rem;line-height:1.4}
.related li:first-child{border-top:0}
.related a{color:var(--fg);text-decoration:none;font-weight:600}
.related a:hover{color:var(--accent)}
.related amp-img{flex:none;border-radius:4px}
.sponsored-label{color:var(--muted);font-size:.7rem;font-weight:400;letter-spacing:.08em;margin-left:.5rem}
.cta{margin:1.75rem 0;font-size:.95rem}
.cta .button{display:inline-block;background:var(--accent);color:#fff;text-decoration:none;font-weight:600;padding:.55rem 1.1rem;border-radius:999px}
.cta-note{color:var(--muted);font-style:italic}
.outside{border-top:1px solid var(--rule);margin-top:2.5rem;padding-top:.5rem}
.source{max-width:44rem;margin:0 auto;padding:1rem 1.25rem 2.5rem;color:var(--muted);font-size:.85rem;border-top:1px solid var(--rule)}
.source a{color:var(--muted)}
@media (max-width:600px){body{font-size:17px}h1{font-size:1.7rem}main{padding-top:1.25rem}}
""".strip()
