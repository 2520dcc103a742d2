"""AMP writer: Document -> one AMP HTML page that passes the official AMP validator.

Page layout::

    site bar (site name)
    article header: section, h1 title, subtitle, byline with dates, lead image
    body blocks (amp_blocks.BLOCK_RENDERERS), with the ad slots, related blocks and
      CTAs re-inserted where they stood: ``before`` above the first block,
      ``inline``/``after`` right after the block whose id is ``position.after``
    page chrome placed ``outside`` the article, after it (``outside="end"``) or not at all
    source link

Knowledge (networks, embeds, CSS, boilerplate) is in ``amp_rules``; blocks in
``amp_blocks``; ads/related/CTAs in ``amp_chrome``. Nothing from the document
is trusted: URLs pass ``sanitize.safe_url``, inline HTML ``sanitize.clean_inline``,
everything else is escaped.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Literal

from ..errors import InputError
from ..model import AdSlot, CallToAction, Document, ImageBlock, Related
from . import amp_rules as rules
from .amp_blocks import Context, amp_img, esc, render_block, url
from .amp_chrome import (
    AdMarkup,
    amp_ad_element,
    render_ad,
    render_cta,
    render_related,
    resolve_ad,
)

AdPolicy = Literal["keep", "placeholder", "drop"]
OutsidePolicy = Literal["end", "drop"]
Chrome = AdSlot | Related | CallToAction

_LANG = re.compile(r"^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$")
# Characters HTML forbids in documents (C0 controls except whitespace, DEL, C1 controls,
# lone surrogates, non-characters): removed from the finished page.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
_KIND_ORDER = {AdSlot: 0, Related: 1, CallToAction: 2}


def to_amp(
    doc: Document,
    *,
    ads: AdPolicy = "keep",
    canonical_url: str | None = None,
    outside: OutsidePolicy = "end",
    auto_ads: bool | str = False,
    sticky_ad: bool = False,
) -> str:
    """Write ``doc`` as an AMP HTML page (a ``str``; encode as UTF-8).

    - ``ads``: ``keep`` (default) re-creates ad slots as ``amp-ad`` where the network
      is supported and configured and leaves the others out; ``placeholder`` writes
      every slot as a labelled placeholder; ``drop`` leaves them out. Sponsored
      recommendation widgets follow the same policy (``drop`` omits them).
    - ``canonical_url``: the ``link rel=canonical`` target. Default: the document's
      ``canonical_url``, then its ``url``; when neither is known the page declares
      itself canonical with a same-document reference (``href="#"``).
    - ``outside``: chrome found outside the article (sidebars, header, footer) goes
      after the article (``end``, default) or is left out (``drop``).
    - ``auto_ads``: add ``amp-auto-ads`` for AdSense; ``True`` uses the first AdSense
      slot's client, a string is the ``ca-pub-...`` client itself. Only with ``ads="keep"``.
    - ``sticky_ad``: add an ``amp-sticky-ad`` 320x50 banner made from the first slot AMP
      can re-create. Only with ``ads="keep"``.

    Raises :class:`syndicate.InputError` for an unknown option value or a hand-built
    Document whose fields have the wrong types.
    """
    if not isinstance(doc, Document):
        raise InputError(f"to_amp() takes a Document, not {type(doc).__name__}")
    if ads not in ("keep", "placeholder", "drop"):
        raise InputError(f"ads must be 'keep', 'placeholder' or 'drop', got {ads!r}")
    if outside not in ("end", "drop"):
        raise InputError(f"outside must be 'end' or 'drop', got {outside!r}")
    try:
        canonical = _canonical(doc, canonical_url)
        return _page(doc, canonical, ads, outside, auto_ads, sticky_ad)
    except InputError:
        raise
    except (AttributeError, TypeError, KeyError, ValueError) as exc:
        # A hand-built Document with wrongly typed fields (JSON input is schema-checked).
        raise InputError(f"not a well-formed Document ({exc}); check it with "
                         "syndicate.validate(doc)") from exc


def _page(doc: Document, canonical: str, ads: str, outside: str, auto_ads: bool | str,
          sticky_ad: bool) -> str:
    ctx = Context(base=doc.url or doc.canonical_url)

    widgets, consumed = _widgets(doc, ads)
    before, after_block, end, outside_items = _anchor(doc, consumed, outside)

    def chrome(items: list[Chrome]) -> str:
        return "".join(_render_chrome(item, ctx, ads, widgets) for item in items)

    title = _title(doc)
    parts = [_article_header(doc, title, ctx), chrome(before)]
    first_text = _first_text_block(doc)
    for block in doc.body:
        if block is not first_text or _plain(block) != title:  # title already in the h1
            parts.append(render_block(block, ctx))
        parts.append(chrome(after_block.get(block.id, [])))
    parts.append(chrome(end))
    article = f"<article>{''.join(parts)}</article>"
    more = chrome(outside_items)
    if more:
        article += f'<section class="outside" aria-label="More from the page">{more}</section>'

    top = ""
    if ads == "keep":
        top = _auto_ads(doc, ctx, auto_ads) + (_sticky(doc, ctx) if sticky_ad else "")

    site = doc.metadata.site_name if isinstance(doc.metadata.site_name, str) else None
    site_bar = f'<header class="site"><a href="{esc(canonical)}">{esc(site)}</a></header>' if site else ""
    source = _source_line(doc)
    body = f"<body>{top}{site_bar}<main>{article}</main>{source}</body>"
    head = _head(doc, title, canonical, ctx)
    lang = _language(doc)
    direction = ' dir="rtl"' if lang.split("-")[0].lower() in rules.RTL_LANGUAGES else ""
    page = f'<!doctype html>\n<html ⚡ lang="{esc(lang)}"{direction}>\n{head}\n{body}\n</html>\n'
    return _BAD_CHARS.sub("", page)


# --------------------------------------------------------------------------- placement


def _widgets(doc: Document, ads: str) -> tuple[dict[str, AdMarkup], set[int]]:
    """Recommendation widgets AMP can embed: network -> configured slot. The AdSlot that
    configures a sponsored Related block of the same provider is drawn there instead."""
    if ads != "keep":
        return {}, set()
    providers = {r.provider.lower() for r in doc.related if isinstance(r.provider, str)}
    widgets: dict[str, AdMarkup] = {}
    consumed: set[int] = set()
    for slot in doc.ads:
        markup = resolve_ad(slot)
        if markup is None or markup.network.element != "amp-embed":
            continue
        key = markup.network.amp_type
        if key in providers and key not in widgets:
            widgets[key] = markup
            consumed.add(id(slot))
    return widgets, consumed


def _anchor(doc: Document, consumed: set[int], outside: str):
    """Sort chrome into: before the body, after block id, end of the article, outside."""
    block_ids = {b.id for b in doc.body}
    before: list[Chrome] = []
    after_block: dict[str, list[Chrome]] = {}
    end: list[Chrome] = []
    outside_items: list[Chrome] = []
    items: list[Chrome] = [
        *(a for a in doc.ads if id(a) not in consumed), *doc.related, *doc.ctas,
    ]
    items = [x for _, x in sorted(enumerate(items), key=lambda p: _order_key(p[1], p[0]))]
    for item in items:
        pos = item.position
        placement = getattr(pos, "placement", "outside")
        anchor = getattr(pos, "after", None)
        if placement == "outside":
            if outside == "end":
                outside_items.append(item)
        elif placement == "before" or (placement == "inline" and anchor is None):
            before.append(item)
        elif anchor in block_ids:
            after_block.setdefault(anchor, []).append(item)
        else:
            end.append(item)
    return before, after_block, end, outside_items


def _order_key(item: Chrome, index: int) -> tuple[int, int, int]:
    """Document order where the locator tells it (``line:N``), else ads, related, CTAs."""
    loc = item.locator if isinstance(item.locator, str) else ""
    line = int(loc[5:]) if loc.startswith("line:") and loc[5:].isdigit() else 1 << 62
    return line, _KIND_ORDER.get(type(item), 3), index


def _render_chrome(item: Chrome, ctx: Context, ads: str, widgets: dict[str, AdMarkup]) -> str:
    if isinstance(item, AdSlot):
        return render_ad(item, ctx, ads)
    if isinstance(item, Related):
        provider = item.provider.lower() if isinstance(item.provider, str) else None
        if ads == "drop" and (item.sponsored or provider):
            return ""  # sponsored recommendations are ads
        return render_related(item, ctx, widget=widgets.get(provider or ""))
    if isinstance(item, CallToAction):
        return render_cta(item, ctx)
    return ""


# --------------------------------------------------------------------------- head and header


def _canonical(doc: Document, option: str | None) -> str:
    if option is not None:
        found = url(option, Context())
        if not found:
            raise InputError(f"canonical_url must be an absolute http(s) URL, got {option!r}")
        return found
    for candidate in (doc.canonical_url, doc.url):
        found = url(candidate, Context())
        if found:
            return found
    return "#"


def _language(doc: Document) -> str:
    lang = doc.metadata.language
    return lang if isinstance(lang, str) and _LANG.match(lang) else rules.UNKNOWN_LANGUAGE


def _plain(block) -> str:
    return " ".join(str(getattr(block, "text", "") or "").split())


def _first_text_block(doc: Document):
    """The first body block when it is text (it may repeat the title shown as h1)."""
    first = doc.body[0] if doc.body else None
    return first if getattr(first, "type", "") in ("heading", "paragraph") else None


#: Words of the first paragraph used as the title when nothing better is known.
TITLE_WORDS = 12


def _title(doc: Document) -> str:
    """metadata.title; else a heading opening the body; else the site name; else the
    first words of the text; else "Article"."""
    title = doc.metadata.title
    if isinstance(title, str) and title.strip():
        return " ".join(title.split())
    first = _first_text_block(doc)
    if first is not None and first.type == "heading" and _plain(first):
        return _plain(first)
    site = doc.metadata.site_name
    if isinstance(site, str) and site.strip():
        return " ".join(site.split())
    words = " ".join(b.plain_text() for b in doc.body[:3]).split()
    if words:
        return " ".join(words[:TITLE_WORDS]) + (" …" if len(words) > TITLE_WORDS else "")
    return "Article"


def _date(value: str | None) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None


def _time(value: str | None, prefix: str = "") -> str:
    when = _date(value)
    if when is None:
        return ""
    shown = f"{when:%B} {when.day}, {when.year}"
    return f'{prefix}<time datetime="{esc(value.strip())}">{esc(shown)}</time>'


def _lead_image(doc: Document, ctx: Context) -> str:
    image = doc.metadata.image
    if image is None:
        return ""
    src = url(image.src, ctx)
    if not src:
        return ""
    body_srcs = {url(b.src, ctx) for b in doc.body if isinstance(b, ImageBlock)}
    if src in body_srcs:
        return ""  # the body shows it already
    img = amp_img(src, image.alt or image.caption, image.width, image.height, ctx)
    caption = f"<figcaption>{esc(image.caption)}</figcaption>" if image.caption else ""
    return f'<figure class="lead">{img}{caption}</figure>'


def _article_header(doc: Document, title: str, ctx: Context) -> str:
    meta = doc.metadata
    parts = []
    if isinstance(meta.section, str) and meta.section.strip():
        parts.append(f'<p class="kicker">{esc(meta.section.strip())}</p>')
    parts.append(f"<h1>{esc(title)}</h1>")
    if isinstance(meta.subtitle, str) and meta.subtitle.strip():
        parts.append(f'<p class="subtitle">{esc(meta.subtitle.strip())}</p>')
    byline = []
    authors = [a.strip() for a in meta.authors if isinstance(a, str) and a.strip()]
    if authors:
        names = [f'<span class="author">{esc(a)}</span>' for a in authors]
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        byline.append(f"By {joined}")
    published = _time(meta.published)
    if published:
        byline.append(published)
    modified = _time(meta.modified, "Updated ")
    if modified and _date(meta.modified) != _date(meta.published):
        byline.append(modified)
    if byline:
        parts.append(f'<p class="byline">{" · ".join(byline)}</p>')
    return f"<header>{''.join(parts)}</header>{_lead_image(doc, ctx)}"


def _source_line(doc: Document) -> str:
    source = url(doc.url, Context()) or url(doc.canonical_url, Context())
    if not source:
        return ""
    site = doc.metadata.site_name if isinstance(doc.metadata.site_name, str) else ""
    shown = site.strip() or source
    return f'<footer class="source">Originally published at <a href="{esc(source)}">{esc(shown)}</a></footer>'


def json_ld(doc: Document, title: str, canonical: str, ctx: Context) -> str:
    """The ``NewsArticle`` JSON-LD, safe inside ``<script>`` (``<``, ``>``, ``&`` escaped)."""
    meta = doc.metadata
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title[:110],
    }
    if canonical != "#":
        data["mainEntityOfPage"] = {"@type": "WebPage", "@id": canonical}
    authors = [a.strip() for a in meta.authors if isinstance(a, str) and a.strip()]
    if authors:
        data["author"] = [{"@type": "Person", "name": a} for a in authors]
    for key, value in (("datePublished", meta.published), ("dateModified", meta.modified)):
        if _date(value) is not None:
            data[key] = value.strip()
    images = []
    if meta.image is not None and url(meta.image.src, ctx):
        images.append(url(meta.image.src, ctx))
    images += [url(b.src, ctx) for b in doc.body if isinstance(b, ImageBlock) and url(b.src, ctx)]
    if images:
        data["image"] = list(dict.fromkeys(images))[:3]
    if isinstance(meta.description, str) and meta.description.strip():
        data["description"] = meta.description.strip()
    if isinstance(meta.site_name, str) and meta.site_name.strip():
        data["publisher"] = {"@type": "Organization", "name": meta.site_name.strip()}
    if isinstance(meta.section, str) and meta.section.strip():
        data["articleSection"] = meta.section.strip()
    tags = [t for t in meta.tags if isinstance(t, str) and t.strip()]
    if tags:
        data["keywords"] = tags
    if isinstance(meta.language, str) and _LANG.match(meta.language):
        data["inLanguage"] = meta.language
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">{text}</script>'


def _head(doc: Document, title: str, canonical: str, ctx: Context) -> str:
    # Body and header are rendered first, so ctx.components lists what the page uses.
    scripts = [rules.RUNTIME_SCRIPT] + [
        f'<script async custom-element="{name}" '
        f'src="https://cdn.ampproject.org/v0/{name}-{rules.COMPONENT_VERSIONS[name]}.js"></script>'
        for name in sorted(ctx.components)
    ]
    desc = doc.metadata.description
    description = (f'<meta name="description" content="{esc(" ".join(desc.split()))}">'
                    if isinstance(desc, str) and desc.strip() else "")
    css = rules.CSS  # far below MAX_CSS_BYTES; the tests check it
    return "\n".join([
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<link rel="canonical" href="{esc(canonical)}">',
        '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">',
        *([description] if description else []),
        *scripts,
        json_ld(doc, title, canonical, ctx),
        f"<style amp-custom>{css}</style>",
        rules.BOILERPLATE,
        "</head>",
    ])


# --------------------------------------------------------------------------- optional ads


def _auto_ads(doc: Document, ctx: Context, option: bool | str) -> str:
    if option is False or option is None:
        return ""
    client = option if isinstance(option, str) else None
    if client is None:
        for slot in doc.ads:
            markup = resolve_ad(slot)
            if markup and markup.network.amp_type == "adsense":
                client = markup.attrs.get("data-ad-client")
                break
    if not client or not re.fullmatch(r"ca-pub-[0-9]{1,30}", client.strip()):
        return ""
    ctx.use("amp-auto-ads")
    return f'<amp-auto-ads type="adsense" data-ad-client="{esc(client.strip())}"></amp-auto-ads>'


def _sticky(doc: Document, ctx: Context) -> str:
    for slot in doc.ads:
        markup = resolve_ad(slot)
        if markup is None or markup.network.element != "amp-ad":
            continue
        ctx.use("amp-sticky-ad")
        ad = amp_ad_element(markup, ctx, size=rules.STICKY_AD_SIZE)
        return f'<amp-sticky-ad layout="nodisplay">{ad}</amp-sticky-ad>'
    return ""
