"""Ad slots, related blocks and calls to action -> AMP HTML.

Ads follow a policy: ``keep`` writes ``amp-ad``/``amp-embed`` for networks in
``amp_rules.AD_NETWORKS`` whose required configuration the slot carries and leaves
the rest out (a stack of empty boxes helps no reader); ``placeholder`` writes every
slot as a labelled placeholder;
``drop`` nothing. A slot is never written as markup AMP would reject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import AdSlot, CallToAction, Related
from . import amp_rules as rules
from .amp_blocks import Context, esc, url

_ATTR_NAME = re.compile(r"^data-[a-z0-9_-]{1,60}$")
_URL_JUNK = re.compile(r"[\x00-\x20\x7f-\x9f]+")
_UNSAFE_VALUE = re.compile(r"(?:java|vb|live)script:|^data:", re.IGNORECASE)
_TOKEN = re.compile(r"[^a-z0-9_.-]+")
MAX_VALUE_LENGTH = 2000
MAX_AD_SIDE = 3000


@dataclass
class AdMarkup:
    """An ad slot resolved against its network: the element and its attributes."""

    network: rules.AdNetwork
    attrs: dict[str, str]
    sizes: list[tuple[int, int]]


def network_of(slot: AdSlot) -> rules.AdNetwork | None:
    """The AMP network spec for the slot's ``network`` (aliases allowed), or None."""
    if not isinstance(slot.network, str):
        return None
    key = rules.AD_NETWORK_ALIASES.get(slot.network.strip().lower())
    return rules.AD_NETWORKS.get(key) if key else None


def _attr_name(key: object) -> str | None:
    if not isinstance(key, str):
        return None
    name = key.strip().lower().replace(" ", "")
    if not name.startswith("data-"):
        name = "data-" + name
    return name if _ATTR_NAME.match(name) else None


def _attr_value(value: object) -> str | None:
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        return None
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", str(value)).strip()
    if not text or len(text) > MAX_VALUE_LENGTH or _UNSAFE_VALUE.search(_URL_JUNK.sub("", text)):
        return None
    return text


def _allowed(name: str, network: rules.AdNetwork) -> bool:
    for pattern in network.passthrough:
        pattern = pattern.lower()
        if pattern.endswith("*") and name.startswith(pattern[:-1]) or name == pattern:
            return True
    return False


def _sizes(slot: AdSlot) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for size in slot.sizes or []:
        if not isinstance(size, (list, tuple)) or len(size) != 2:
            continue
        w, h = size
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (w, h)):
            continue
        if rules.MIN_AD_SIDE <= w <= MAX_AD_SIDE and rules.MIN_AD_SIDE <= h <= MAX_AD_SIDE:
            if (w, h) not in out:
                out.append((w, h))
    return out


def resolve_ad(slot: AdSlot) -> AdMarkup | None:
    """The slot's network and ``data-*`` attributes, or None when AMP cannot re-create it."""
    network = network_of(slot)
    if network is None:
        return None
    attrs: dict[str, str] = {}
    for key, value in (slot.attributes or {}).items():
        name, val = _attr_name(key), _attr_value(value)
        if name and val is not None and _allowed(name, network):
            attrs[name] = val
    # The model's own fields win over copies in attributes.
    for field_value, attr in ((slot.unit, network.unit_attr), (slot.client, network.client_attr)):
        val = _attr_value(field_value)
        if attr and val is not None:
            attrs[attr] = val
    for name, value in network.defaults.items():
        attrs.setdefault(name, value)
    if any(name not in attrs for name in network.required):
        return None
    if network.required_any and not any(
        n.startswith(prefix) for n in attrs for prefix in network.required_any
    ):
        return None
    return AdMarkup(network, attrs, _sizes(slot))


def _layout(markup: AdMarkup, size: tuple[int, int] | None) -> tuple[str, dict[str, str]]:
    """Sizing attributes: fixed at the first size; responsive for widgets; fixed-height
    (full width, DEFAULT_AD_HEIGHT) when the sizes are unknown."""
    extra: dict[str, str] = {}
    net = markup.network
    sizes = [size] if size else markup.sizes
    if net.responsive_ratio and (net.element == "amp-embed" or not sizes):
        w, h = net.responsive_ratio
        return f'width="{w}" height="{h}" layout="responsive"', extra
    if not sizes:
        return f'height="{rules.DEFAULT_AD_HEIGHT}" layout="fixed-height"', extra
    w, h = sizes[0]
    rest = sizes[1:]
    if net.multi_size and rest:
        extra["data-multi-size"] = ",".join(f"{a}x{b}" for a, b in rest)
        # AMP drops multi-sizes under 2/3 of the primary size unless told not to validate.
        if any(a < w * 2 / 3 or b < h * 2 / 3 for a, b in rest):
            extra["data-multi-size-validation"] = "false"
    return f'width="{w}" height="{h}" layout="fixed"', extra


def amp_ad_element(markup: AdMarkup, ctx: Context, *, size: tuple[int, int] | None = None) -> str:
    """The ``amp-ad``/``amp-embed`` element of a resolved slot."""
    ctx.use("amp-ad")  # amp-embed ships in the amp-ad extension
    sizing, extra = _layout(markup, size)
    attrs = {**markup.attrs, **extra}
    if size is not None:
        attrs.pop("data-multi-size", None)
        attrs.pop("data-multi-size-validation", None)
    rendered = "".join(f' {name}="{esc(value)}"' for name, value in attrs.items())
    el = markup.network.element
    return f'<{el} {sizing} type="{esc(markup.network.amp_type)}"{rendered}></{el}>'


def _label(slot: AdSlot) -> str:
    label = slot.label.strip() if isinstance(slot.label, str) else ""
    return label[:80] if label else rules.DEFAULT_AD_LABEL


def placeholder(slot: AdSlot, ctx: Context) -> str:
    """A labelled empty box where the slot stood."""
    net = _TOKEN.sub("", slot.network.lower())[:40] if isinstance(slot.network, str) else ""
    data = f' data-ad-network="{net}"' if net else ""
    return (f'<aside class="ad ad-placeholder"{ctx.id_attr(slot.id)}{data}>'
            f'<span class="ad-label">{esc(_label(slot))}</span></aside>')


def render_ad(slot: AdSlot, ctx: Context, policy: str) -> str:
    """One slot under ``policy`` (keep | placeholder | drop)."""
    if policy == "drop":
        return ""
    if policy == "placeholder":
        return placeholder(slot, ctx)
    markup = resolve_ad(slot)
    if markup is None:  # keep: a slot AMP cannot show is left out, not an empty box
        return ""
    return (f'<aside class="ad"{ctx.id_attr(slot.id)}><span class="ad-label">{esc(_label(slot))}'
            f"</span>{amp_ad_element(markup, ctx)}</aside>")


def render_related(rel: Related, ctx: Context, *, widget: AdMarkup | None = None) -> str:
    """A related block: the recommendation widget itself when ``widget`` is given
    (``amp-embed``), else its links as a list under its heading."""
    title = rel.title.strip() if isinstance(rel.title, str) and rel.title.strip() else ""
    sponsored = rel.sponsored or bool(rel.provider)
    label = f'<span class="sponsored-label">{esc(rules.SPONSORED_LABEL)}</span>' if sponsored else ""
    heading = f"<h2>{esc(title or rules.DEFAULT_RELATED_TITLE)}{label}</h2>"
    if widget is not None:
        return (f'<aside class="related related-widget"{ctx.id_attr(rel.id)}>{heading}'
                f"{amp_ad_element(widget, ctx)}</aside>")
    items = []
    for item in rel.items:
        link = url(item.url, ctx)
        text = item.title.strip() if isinstance(item.title, str) else ""
        if not text and link:
            text = link
        if not text:
            continue
        thumb = ""
        image = url(item.image, ctx)
        if image:
            w, h = rules.THUMB_SIZE
            thumb = (f'<amp-img src="{esc(image)}" alt="" width="{w}" height="{h}" '
                     f'layout="fixed" class="cover"></amp-img>')
        body = f'<a href="{esc(link)}">{esc(text)}</a>' if link else esc(text)
        items.append(f"<li>{thumb}<span>{body}</span></li>")
    if not items:
        return ""
    rel_attr = ' data-sponsored="true"' if sponsored else ""
    return (f'<aside class="related"{ctx.id_attr(rel.id)}{rel_attr}>{heading}'
            f"<ul>{''.join(items)}</ul></aside>")


def render_cta(cta: CallToAction, ctx: Context) -> str:
    """A call to action where it stood: a link (button-like when short), or its text."""
    kind = cta.kind if cta.kind in rules.CTA_DEFAULT_TEXT else "other"
    text = cta.text.strip() if isinstance(cta.text, str) else ""
    link = url(cta.url, ctx)
    if link:
        text = text or rules.CTA_DEFAULT_TEXT[kind]
        cls = "button" if len(text) <= 60 else "cta-link"
        return (f'<p class="cta cta-{kind}"{ctx.id_attr(cta.id)}>'
                f'<a class="{cls}" href="{esc(link)}">{esc(text)}</a></p>')
    if not text:
        return ""
    return f'<p class="cta cta-{kind} cta-note"{ctx.id_attr(cta.id)}>{esc(text)}</p>'
