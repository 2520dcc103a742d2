"""Share and follow bars: a bar of links to social networks, or of share controls that carry
no link (buttons, ``<a>`` without ``href``, labelled icons) naming two networks."""

from __future__ import annotations

from lxml import etree

from ..memo import memo
from . import ctas
from .bar_text import beside_bar, channel_link, unseen_chars
from .chrome_util import href_links, norm, text_content, text_stats, words
from .cta_rows import icon_hint
from .follow_rows import MIN_PEOPLE_ROW, people_row, profile_address
from .rules import chrome_patterns as chrome_rules
from .rules import regions as rules
from .rules.bar_text import MIN_NETWORKS_WITH_STRAY
from .rules.chrome_patterns import literal_search


def social_bar(el: etree._Element) -> str | None:
    """``share``/``follow`` if ``el`` is a bar of links to social networks: 2+ of them, most
    of its links, little other text (an e-mail, RSS or newsletter link may stand among them;
    in a row of bare icons, more of them: ``rules.MIN_ICON_BAR_SOCIAL``)."""
    if el.tag in _PAGE_REGIONS:
        return None  # (a header holding the logo, a menu and the icons: the bar is inside it)
    links = href_links(el, chrome_rules.MAX_BAR_LINKS + 1)
    if len(links) < 2 or len(links) > chrome_rules.MAX_BAR_LINKS:
        return None
    kinds = [ctas.share_or_follow(a.get("href") or "") for a in links]
    social = [k for k in kinds if k]
    if len(social) < 2 or len(social) < rules.MIN_ICON_BAR_SOCIAL * len(links):
        return None
    stats = text_stats(el, max_elements=300)
    if stats.truncated:
        return None
    chars, link_chars = stats.chars, stats.link_chars
    if chars - link_chars > chrome_rules.MAX_BAR_LOOSE_TEXT or link_chars > 40 * len(links):
        # (text a reader does not see is no text: screen-reader labels, a hidden copy of the
        # page's address; counted only when the bar would fail without it)
        unseen, unseen_links = unseen_chars(el)
        chars, link_chars = max(0, chars - unseen), max(0, link_chars - unseen_links)
    if chars - link_chars > chrome_rules.MAX_BAR_LOOSE_TEXT:
        return None
    profiles = [profile_address(a.get("href") or "") for a, k in zip(links, kinds, strict=True) if k]
    if len(social) < 0.6 * len(links) and link_chars and 2 * chars >= link_chars \
            and not _controls_beside(links, kinds, profiles):
        # (a row of bare icons may mix in more of the site's own: podcast, push, e-mail; an
        # icon's SVG title is link text, not visible text)
        return None
    if link_chars > 40 * len(links):
        return None  # (long link texts: stories)
    if len(social) >= MIN_PEOPLE_ROW and "share" not in social and people_row(profiles):
        return None
    return max(("share", "follow"), key=social.count)



def _controls_beside(links: list[etree._Element], kinds: list[str | None],
                     profiles: list[tuple[str, str]]) -> bool:
    """Every link of a bar that goes to no network is one of its e-mail, feed, print or
    comment links (``bar_text.beside_bar``), a bare icon, or a link to another channel of
    the site ("Newsletters", "RSS", "Android App": ``bar_text.channel_link``): no page link
    with words of its own ("Subscribe" beside the icons: a menu row). A column naming three
    networks or more may hold one such link besides ("More platforms"; ``profiles``: the
    network links' ``profile_address``)."""
    strays = 0
    for a, k in zip(links, kinds, strict=True):
        if k or beside_bar(a.get("href") or ""):
            continue
        text = norm(text_content(a))
        if len(text) < 3 or channel_link(text):
            continue
        strays += 1
        if strays > 1:
            return False
    return not strays or len({host for host, _ in profiles}) >= MIN_NETWORKS_WITH_STRAY


#: Page regions never taken as a bar themselves.
_PAGE_REGIONS = frozenset({"body", "main", "article", "header", "footer"})


def page_link_beside(el: etree._Element, bar: etree._Element) -> bool:
    """``el`` holds, beside its child ``bar``, a link to a page with words of its own ("Submit
    a press release", "Privacy policy", the author's name) or a picture of a page (a logo, an
    app-store badge: words in its ``alt``, or bigger than an icon): ``el`` is more than the
    bar. An icon link, a control (``#``, ``javascript:``) or a link naming a network or e-mail
    is the bar's own stray (RSS, print, newsletter icons)."""
    inner = set(bar.iter("a"))
    for i, a in enumerate(el.iter("a")):
        if i > chrome_rules.MAX_BAR_LINKS * 3:
            return False
        href = a.get("href")
        if a in inner or not href or href[:11].lower().startswith(chrome_rules.NO_PAGE_HREF):
            continue
        if len(norm(text_content(a))) >= 3:
            if network(a) is None:
                return True
        elif _page_picture(a):
            return True
    return False


def _page_picture(a: etree._Element) -> bool:
    """A link without words showing a picture of a page: the picture's ``alt`` has words
    naming no network ("Download on the App Store", the site's name on its logo), or its
    declared size is more than an icon's (an e-paper's cover)."""
    img = next(a.iter("img"), None)
    if img is None:
        return False
    alt = norm(img.get("alt") or "")
    if len(alt) >= 3:
        return _network_named(alt) is None and network(a) is None
    return any(_size(img.get(d)) > rules.MAX_ICON_SIZE for d in ("width", "height"))


def _size(value: str | None) -> int:
    """A declared pixel size ("28", "80px"); 0 when none or not a number."""
    digits = (value or "").strip().lower().removesuffix("px")
    return int(digits) if digits.isdigit() else 0


#: Share controls that carry no link: buttons, share elements, ``<a>`` without ``href``,
#: icons labelled for screen readers.
#: (Buttons and links are found by the page's other loops; these are the rest.)
def labelled_controls(root: etree._Element) -> list[etree._Element]:
    """``span`` and ``li`` elements with an ``aria-label`` or ``title``, ``div role=button``,
    in document order (one tag-filtered walk: faster than the XPath union of three scans)."""
    return [x for x in root.iter("span", "li", "div") if labelled_control(x)]


def labelled_control(x: etree._Element) -> bool:
    """``labelled_controls``' test of one ``span``, ``li`` or ``div``. (``link_walk.LinkWalk.count_links``
    writes it out, its hottest loop: a change here goes there too.)"""
    if x.tag == "div":
        return x.get(b"role") == "button"
    return x.get(b"aria-label") is not None or x.get(b"title") is not None


def scripted_link(a: etree._Element) -> bool:
    """An ``<a>`` without ``href`` that a script makes a control: it has words and a
    ``data-*`` attribute or ``role=button`` (a bare ``<a name>`` anchor has neither)."""
    if a.get(b"role") != "button" and not any(k.startswith("data-") for k in a.attrib):
        return False
    return bool((a.text or "").strip() or len(a))


_SHARE_CONTROLS_BELOW = etree.XPath(
    ".//button | .//amp-social-share | .//a[not(@href) or @href='' or starts-with(@href, '#') or "
    "starts-with(@href, 'javascript:')] | .//span[@aria-label or @title] | "
    ".//li[@aria-label or @title] | .//div[@role='button']"
)


def network(x: etree._Element) -> str | None:
    """The social network (or e-mail) a share control names by its class, id, type,
    labels, ``data-*`` values or short text."""
    parts = [v for k, v in x.items() if k in _HINT_ATTRIBUTES or k.startswith("data-")]
    text = text_content(x)
    if len(text) > 40:
        text = norm(text)  # (an indented icon-and-label link: "\n\t\t<svg/>\n\t\tTwitter\n")
    if len(text) <= 40:
        parts.append(text)
    if len(x) and not text.strip():
        parts.append(icon_hint(x))  # an icon-only control: the icon's class names it
    return _network_named(" ".join([p for p in parts if len(p) <= 60]))


_HINT_ATTRIBUTES = frozenset({"class", "id", "type", "aria-label", "title"})


#: (a word is a piece of the lower-cased hint: a hint holding no network word as text names none)
_NETWORK_TEXT = literal_search(sorted(rules.NETWORK_WORDS)).search


@memo(16384)
def _network_named(hint: str) -> str | None:
    if _NETWORK_TEXT(hint.lower()) is None:
        return None
    for name in hint.split():
        for w in words(name):
            if w in rules.NETWORK_WORDS:
                return w
    return None


def button_bar(el: etree._Element, n_buttons: int, n_links: int, n_social: int) -> bool:
    """A bar of share buttons without links: 2+ networks named (not only e-mail), most of
    its controls, little other text."""
    if n_buttons + n_social < 0.6 * (n_buttons + n_links) or n_buttons > chrome_rules.MAX_BAR_LINKS:
        return False
    if next(el.iter("h1"), None) is not None:
        return False  # (the story's title above its share buttons: the bar is below it)
    named = {w for x in _SHARE_CONTROLS_BELOW(el) if (w := network(x)) is not None}
    if len(named - rules.MAIL_WORDS) < 2:
        return False
    stats = text_stats(el, max_elements=300)
    return not stats.truncated and stats.chars <= chrome_rules.MAX_BAR_LOOSE_TEXT + 40 * (n_buttons + n_links)
