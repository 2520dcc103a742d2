"""Conversion buttons outside the body: a link styled as a button ("Mitglied werden",
"Get in touch", "Jetzt spenden") in the header, a menu, a footer or a side column,
whose TARGET is a conversion page (a contact, membership, donation, sign-up page or an
app store). Its kind comes from the target, not the label: the label is the site's own
wording, the target's path words are few and alike across sites.

Navigation is a region, not a mask: such a button in a menu is still a CTA (placed
``outside``); a plain menu entry (a link not styled as a button) stays navigation, and so
does a "Register" beside "Log in" (the account's pair), while a "Get started" or "Book a
demo" beside it asks for the product (``asks_trial``) and stays a CTA.
The region pass (``link_walk.LinkWalk.count_links``) collects the page's button-styled links in
its one walk over the links; this module judges those few.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain, islice
from urllib.parse import urlsplit

from lxml import etree

from ..memo import memo
from ..sanitize import safe_url
from .chrome import Found
from .chrome_util import (
    class_or_id_named,
    href_links,
    norm,
    tag_of,
    text_stats,
    url_words,
    words,
)
from .contact_lines import directory, page_free, reach_kind
from .cta_boxes import box_kind_of
from .ctas import build_cta, share_or_follow
from .linklists import host_of, href_parts, on_site, same_site
from .menu_entries import plain_menu_entry
from .own_funnels import funnel_target, maybe_funnel
from .region_widgets import NEVER, dropdown_named
from .rules import conversion as rules
from .rules import nav_buttons as nav_rules
from .rules.chrome_patterns import NO_PAGE_HREF, literal_search
from .rules.regions import LEARN_MORE_VERBS, MENU_ROLES

#: First characters of the targets ``reach_kind`` may accept (``tel:``, ``mailto:``, a path).
_REACH_FIRST = frozenset("tTmM/")


def styled_as_button(value: str) -> bool:
    """A class/id value with a word naming a button or a call to action (a value holding
    none of the words as text is ruled out by one search)."""
    if _BUTTON_TEXT(value.lower()) is None:
        return False
    return any(w in rules.BUTTON_WORDS for n in value.split() for w in words(n))


#: ``styled_as_button`` of the class/id values seen (the region pass asks it of every
#: link: a dict lookup is cheaper than a cached call); emptied when it grows past a limit.
STYLED: dict[str, bool] = {}


def remember_styled(value: str) -> bool:
    """``styled_as_button(value)``, kept in ``STYLED``."""
    if len(STYLED) >= rules.STYLED_MEMO:
        STYLED.clear()
    answer = STYLED[value] = styled_as_button(value)
    return answer


def styled_value(value: str) -> bool:
    """``styled_as_button(value)``, from ``STYLED`` when the value was judged before."""
    answer = STYLED.get(value)
    return remember_styled(value) if answer is None else answer


_BUTTON_TEXT = literal_search(sorted(rules.BUTTON_WORDS)).search


def opens_page(href: str) -> bool:
    """``href`` (stripped) leads to a page: no in-page anchor, bare query, script, mail or
    phone link."""
    return bool(href) and href[0] not in "#?" and not href[:11].lower().startswith(NO_PAGE_HREF)


@memo(8192)
def target_kind(href: str) -> str | None:
    """The CTA kind of the page ``href`` points to (``rules.CONVERSION_WORDS`` among the
    words of its host labels and path segments, a segment's words also joined), if it is a
    conversion page. A segment of many words is an article's slug: its words name a story."""
    href = href.strip()
    if not opens_page(href):
        return None
    if share_or_follow(href) is not None:
        return None  # a share or profile link: the share/follow bars' job
    parts = href_parts(href)
    if parts is None:
        return None
    host = (parts.hostname or "").lower()
    if on_site(host, rules.APP_HOSTS):
        return "app"
    if on_site(host, rules.DONATION_HOSTS):
        return "donate"
    words_ = [w for w in (host.split(".")[:-2] if host else []) if w != "www"]
    for segment in parts.path.lower().split("/"):
        tokens = url_words(segment)
        if len(tokens) > rules.MAX_SEGMENT_WORDS:
            continue  # an article's slug ("should-you-sign-up-for-community-solar")
        words_.extend(tokens)
        words_.extend(a + b for a, b in zip(tokens, tokens[1:], strict=False))
        if len(tokens) > 2:
            words_.append("".join(tokens))  # ("faire-un-don")
    if not rules.NOT_CONVERSION_WORDS.isdisjoint(words_):
        return None
    for w in words_:
        kind = rules.CONVERSION_WORDS.get(w)
        if kind is not None:
            return kind
    return None


def label_kind(a: etree._Element, href: str, label: str | None = None) -> str | None:
    """The CTA kind a button's short label names (``rules.LABEL_KINDS``: "Subscribe",
    "Suscríbase", "Newsletter", "Unterstützen"; ``other`` for a trial or demo, "Get started",
    "Essai gratuit", unless the button is a card deep in a menu's panel), for a button to a
    page whose target names none ("shop.example.com/en/", "/subscribers"); a log-in target
    or label is none. ``label``: ``link_label(a)``, when the caller has read it."""
    if not href or href[:11].lower().startswith(NO_PAGE_HREF):
        return None
    label = link_label(a) if label is None else label
    if not label or len(label.split()) > rules.MAX_KIND_LABEL_WORDS or len(label) > rules.MAX_LABEL_CHARS:
        return None
    kind = box_kind_of(label.lower())
    if kind is None and trial_label(label) and not panel_card(a):
        kind = "other"  # ("Get started" to the app's home, "Jetzt testen")
    elif kind not in rules.LABEL_KINDS:
        return None
    if login_link(href, label) or share_or_follow(href) is not None:
        return None
    if kind == "app" and rules.APP_LABEL_WORDS.isdisjoint(label.lower().split()):
        return None  # ("Start your application": a stem inside a longer word)
    return kind


def asks(label: str) -> bool:
    """A short label that asks ("Sign up", "Book with us", "Get a custom report", "Angelkarten
    kaufen": ``rules.ASK_FIRST_WORDS``, ``ASK_ANY_WORDS``; one word only ``ASK_ALONE_WORDS``),
    no log-in, help, download or consent label (``NOT_ASK_WORDS``): set look-ups only, asked
    first of every button naming no kind (most fail here)."""
    ws = label.lower().split()
    if not ws or len(ws) > rules.MAX_ASK_WORDS:
        return False
    if not (ws[0] in rules.ASK_FIRST_WORDS if len(ws) > 1 else ws[0] in rules.ASK_ALONE_WORDS) \
            and rules.ASK_ANY_WORDS.isdisjoint(ws[1:]):
        return False
    return rules.NOT_ASK_WORDS.isdisjoint(ws)


def ask_kind(a: etree._Element, href: str, label: str, hosts: frozenset[str]) -> str | None:
    """``other`` for a button whose target and label name no kind but whose label ``asks``
    (its ``label``, given: the caller has read it), or which stands in a header or menu
    (``nav_place``) with a shown label of a few words naming no tool (``nav_label``:
    "Download FREE", "Connect with an Advisor"), to a page of the site (``hosts``) that
    is no story, standing apart from any menu (no entry of a run of like entries): the
    site's own ask."""
    if not opens_page(href) or "sponsored" in (a.get("rel") or "").lower():
        return None  # (a jump or script; an affiliate's link: the partner's offer, no ask of the site)
    funnel = not asks(label)
    if funnel and not funnel_ask(href, label, hosts) and not (
            nav_label(label) and shown_label(a) and nav_place(a) and not beside_ask(a)):
        return None
    if login_link(href, label) or not own_page(href, hosts):
        return None
    aside = False  # (a funnel's button in a side column, even one inside ``<main>``)
    for depth, x in enumerate(a.iterancestors()):
        aside = aside or funnel and x.tag == "aside"
        if x.tag in rules.ASK_NEVER_IN and not aside \
                or depth < rules.ASK_CLIMB and class_or_id_named(x, rules.ASK_AUTHOR_WORDS):
            return None
    if plain_menu_entry(a, True) or panel_card(a):
        return None  # (an entry of a menu run, a card of a menu's panel)
    return "other"


def nav_label(label: str) -> bool:
    """A button's label that may ask in a header or menu whatever its words ("Download FREE",
    "Connect with an Advisor", "Find a Mover"): ``MIN_NAV_ASK_WORDS`` to ``MAX_ASK_WORDS``
    words with letters, none of ``NAV_NOT_ASK_WORDS`` (a log-in, a search, a cart, a menu,
    a language, help). A one-word label names a section ("Blog", "Shop"): none."""
    low = label.lower()
    ws = low.split()
    return rules.MIN_NAV_ASK_WORDS <= len(ws) <= rules.MAX_ASK_WORDS and rules.NAV_NOT_ASK_WORDS.isdisjoint(ws) \
        and any(map(str.isalpha, label)) and not (low + " ").startswith(LEARN_MORE_VERBS)


def shown_label(a: etree._Element) -> bool:
    """``a`` shows words (an icon's ``title`` names a tool: "Acceda o regístrese"), its first
    words no "learn more" verb (spans glued: "ExploreOur Visit Options")."""
    first = next((t for t in a.itertext() if t.strip()), None)
    return first is not None and not (first.strip().lower() + " ").startswith(LEARN_MORE_VERBS)


def nav_place(a: etree._Element) -> bool:
    """``a`` stands in a header or menu: an ancestor within ``NAV_BUTTON_CLIMB`` levels is a
    ``<header>``, ``<nav>``, ``<menu>`` or named by a word of ``NAV_AREA_WORDS``, with no
    footer below it (``nav_buttons.in_navigation``'s place, no item or body read); ``a`` no
    menu's own button (its class/id a word of ``NAV_AREA_WORDS``), the area no story's header
    (``_headline_in``: "Articles by Juliette" beside the headline), and below it no list entry (a menu's entry or its drop-down's card: the menu rules'), no panel
    shown on demand (``PANEL_WORDS``: a cart drawer's "Continue shopping", a mega menu's
    "All stories") and no box of the page's content (``CONTENT_WORDS``: a story's own
    header, "fic-header" in "page-content")."""
    if class_or_id_named(a, nav_rules.NAV_AREA_WORDS):
        return False  # (a menu's own button: "nav-menu-button", a section's entry)
    named = False
    for x in islice(a.iterancestors(), nav_rules.NAV_BUTTON_CLIMB):
        tag = tag_of(x)
        if tag in NEVER:
            continue
        if tag in ("footer", "li") or class_or_id_named(x, _NAV_NOT_PLACE_WORDS):
            return False  # (a footer's, a menu entry's, a panel's or the content's own header)
        if not named and (tag in nav_rules.NAV_TAGS or class_or_id_named(x, nav_rules.NAV_AREA_WORDS)):
            if _headline_in(x):
                return False  # (the story's own header: its headline and byline links)
            named = True
    return named


def beside_ask(a: etree._Element) -> bool:
    """Another ask stands beside ``a`` (within ``BAR_CLIMB`` levels, a group of at most
    ``MAX_BAR_LINKS`` links): a phone or e-mail link, or another button-styled link that is
    no log-in. Such a bar is the bar rules' (``nav_buttons.ask_bars``, ``header_bars``: one
    CTA on the bar, convention 4), no lone header button's."""
    for _, links in _small_groups(a, nav_rules.BAR_CLIMB, nav_rules.MAX_BAR_LINKS):
        for x in links:
            if x is a:
                continue
            href = (x.get("href") or "").strip()
            if href[:4].lower() in ("tel:", "mail"):
                return True
            value = x.get("class")
            if value and styled_value(value) and not login_link(href, link_label(x)):
                return True
    return False


def _small_groups(a: etree._Element, climb: int, max_links: int) -> Iterator[tuple[etree._Element, list[etree._Element]]]:
    """``a``'s ancestors, nearest first, at most ``climb`` of them, with their links, while
    one holds at most ``max_links`` links and is no page region (``NEVER``): the groups
    ``a`` stands in."""
    node = a.getparent()
    for _ in range(climb):
        if node is None or tag_of(node) in NEVER:
            return
        links = href_links(node, max_links + 1)
        if len(links) > max_links:
            return
        yield node, links
        node = node.getparent()


def _headline_in(area: etree._Element) -> bool:
    """``area`` holds an ``<h1>`` of ``MIN_HEADLINE_WORDS`` words or more: a story's header
    (a site's header holds its name at most: "<h1><a>Harbour Times</a></h1>")."""
    return any(len(h.text_content().split()) >= nav_rules.MIN_HEADLINE_WORDS for h in area.iter("h1"))


_NAV_NOT_PLACE_WORDS = nav_rules.FOOTER_WORDS | nav_rules.PANEL_WORDS | nav_rules.CONTENT_WORDS


def funnel_ask(href: str, label: str, hosts: frozenset[str]) -> bool:
    """A short label (at most ``MAX_ASK_WORDS`` words, none of ``NOT_ASK_WORDS``: no log-in,
    help or file; words, no icon glyph) naming nothing, on a button to the site's own funnel
    (``own_funnels``: "Reservation" to booking.example.sg, "Quick Apply" to /apply/)."""
    ws = label.lower().split()
    return 0 < len(ws) <= rules.MAX_ASK_WORDS and rules.NOT_ASK_WORDS.isdisjoint(ws) \
        and any(map(str.isalpha, label)) and funnel_target(href, hosts)


def own_page(href: str, hosts: frozenset[str]) -> bool:
    """``href`` opens a page of the site (``hosts``: relative, or its host one of the site's
    names) that is neither a story (a path segment of more than ``MAX_SEGMENT_WORDS`` words)
    nor a log-in, help or listing page (``NOT_CONVERSION_WORDS``)."""
    parts = href_parts(href)
    if parts is None:
        return False
    if parts.scheme and parts.scheme not in ("http", "https") or parts.fragment:
        return False  # (a place on a page: a jump or a script's popup)
    host = host_of(parts.netloc) if parts.netloc else ""
    if host and not same_site(host, hosts):
        return False
    for segment in parts.path.lower().split("/"):
        tokens = url_words(segment)
        if len(tokens) > rules.MAX_SEGMENT_WORDS or not rules.NOT_CONVERSION_WORDS.isdisjoint(tokens):
            return False
    return True


def trial_label(label: str) -> bool:
    """A button label asking for a trial or a demo ("Get started", "Book a demo",
    "Kostenlos testen": ``rules.TRIAL_LABELS``, whole words)."""
    return (norm(label).lower() + " ").startswith(_TRIAL_LABELS)


_TRIAL_LABELS = tuple(p + " " for p in rules.TRIAL_LABELS)


def asks_trial(a: etree._Element, label: str) -> bool:
    """``a`` asks for a product's trial or demo: its label (``trial_label``), a word of its
    target's path or of its own class/id (``rules.TRIAL_WORDS``: "request-demo",
    ``id="start_trial_nav_cta"``). Such a button beside a log-in is the product's funnel,
    no account navigation."""
    if trial_label(label):
        return True
    href = (a.get("href") or "").strip()
    try:
        path = urlsplit(href).path.lower() if opens_page(href) else ""
    except ValueError:
        path = ""
    tokens = url_words(path)
    if not rules.TRIAL_WORDS.isdisjoint(tokens) or not rules.TRIAL_WORDS.isdisjoint(
            x + y for x, y in zip(tokens, tokens[1:], strict=False)):
        return True
    return class_or_id_named(a, rules.TRIAL_WORDS)


def panel_card(a: etree._Element) -> bool:
    """``a`` stands deep inside a navigation menu (``<nav>``, ``<menu>``, ``role=navigation``/
    ``menu``/``menubar`` at least ``PANEL_DEPTH`` levels up, linking ``DROPDOWN_LINKS`` pages
    or more): a card of the panel a menu entry unfolds, no button of the bar."""
    for depth, node in enumerate(islice(a.iterancestors(), rules.PANEL_CLIMB), 1):
        tag = tag_of(node)
        if tag in ("body", "html"):
            return False
        if depth < rules.PANEL_DEPTH or not (
                tag in ("nav", "menu") or (node.get("role") or "").lower() in MENU_ROLES):
            continue
        urls = {x.get("href") for x in islice(node.iter("a"), 4 * rules.DROPDOWN_LINKS) if x.get("href")}
        if len(urls) >= rules.DROPDOWN_LINKS:
            return True
    return False


def link_label(a: etree._Element) -> str:
    """A link's visible words, else its ``aria-label`` or ``title`` (an icon button)."""
    text = norm(a.text_content())
    return text or norm(a.get("aria-label") or a.get("title") or "")


def conversion_links(
    candidates: Iterable[etree._Element], body: set[etree._Element], found: set[etree._Element],
    base: str | None, reach: bool = False, ask: bool = False,
    kindless: list[tuple[etree._Element, str, str]] | None = None,
) -> list[Found]:
    """The conversion buttons among ``candidates`` (button-styled links, document order)
    standing outside the body blocks ``body`` and outside the items already ``found``;
    then (``reach``: only these) the buttons writing or calling the site (``mailto:``,
    ``tel:``: ``contact_lines``), judged apart: they make no plan grid, and many of them
    are a directory's entries.

    A target the page's buttons repeat (a mobile menu's copy of the header button) is
    judged by its copies standing on their own (not entries of a list) if any, else by
    its first copy."""
    copies: dict[str, list[etree._Element]] = {}
    kinds: dict[str, str] = {}
    reachable: list[etree._Element] = []  # (the ``mailto:``/``tel:`` buttons: judged after)
    for a in candidates:
        href = (a.get("href") or "").strip()
        if ask or reach:
            kind = "other" if ask else reach_kind(href)  # (``ask``: ``ask_links``' buttons)
        elif (kind := target_kind(href)) is None:
            label = link_label(a) if kindless is not None and opens_page(href) else None
            kind = label_kind(a, href, label)
            if kind is None and label and (asks(label) or maybe_funnel(href) or nav_label(label)):
                kindless.append((a, href, label))  # (``ask_links``: judged after the offer boxes)
        if kind is None and not reach and href[:1] in _REACH_FIRST and reach_kind(href):
            reachable.append(a)
        if kind is not None:
            # (copies compared as absolute URLs: "/contact" and "https://site/contact")
            url = safe_url(href, base) or href
            copies.setdefault(url, []).append(a)
            kinds.setdefault(url, kind)
    out: list[Found] = []
    if not copies or (reach and directory(copies)):
        return conversion_links(reachable, body, found, base, reach=True) if reachable else out
    boxes: set[etree._Element] = set()
    # Elements a few levels above the prompts found without their button (an item holding
    # no link: a sign-up prompt found by its words): a button beside one is that widget's.
    near = {x for f in found if tag_of(f) not in ("a", "button") and next(f.iter("a"), None) is None
            for x in islice(f.iterancestors(), rules.WIDGET_CLIMB)}
    for url, links in copies.items():
        kind = kinds[url]
        # Every copy standing on its own (not a list entry, not in an overlay) is a widget
        # of its own (the header's "Donate" and the footer's, a post's promo boxes): each is
        # judged, so a copy the later filters drop (a menu entry) leaves the others. Else
        # the first copy that passes.
        ranked = sorted(((_copy_rank(a), a) for a in links), key=_first) if len(links) > 1 else [(0, links[0])]
        kept: list[etree._Element] = []
        for rank, a in ranked:
            if kept and rank:
                break  # (a list entry's or an overlay's copy only when no other passed)
            if kept and not _another_widget(a, kept):
                continue
            hit = _button(a, kind or "other", body, found, near, base, reach)
            if hit is None:
                continue
            kept.append(a)
            if hit.element not in boxes:
                boxes.add(hit.element)  # (two buttons of one band: one CTA)
                out.append(hit)
            if rank:
                break
    if reach:
        return out
    out = _without_grids(out)
    if reachable:
        out += conversion_links(reachable, body, found | {f.element for f in out}, base, reach=True)
    return out


def menu_look(a: etree._Element) -> bool:
    """``a``, a link drawn as a button by its utility classes alone (weaker evidence than a
    class word), is an entry of a menu: a card of a menu's panel (``panel_card``,
    ``in_dropdown``) or an entry of a menu list (``plain_menu_entry``)."""
    return panel_card(a) or in_dropdown(a) or plain_menu_entry(a)


def ask_links(
    candidates: list[tuple[etree._Element, str, str]], body: set[etree._Element], found: set[etree._Element],
    base: str | None, hosts: frozenset[str],
) -> list[Found]:
    """The buttons among ``candidates`` ((button, target, label): button-styled links whose
    target and label name no kind but whose label ``asks``: ``conversion_links``'
    ``kindless``) asking for a page of the site (``ask_kind``), judged as conversion buttons
    are, after the offer boxes (a box pitching the button is reported whole: its button is
    no CTA of its own)."""
    asking = [a for a, href, label in candidates if ask_kind(a, href, label, hosts) is not None]
    return conversion_links(asking, body, found, base, ask=True) if asking else []


def _another_widget(a: etree._Element, kept: list[etree._Element]) -> bool:
    """``a``, a further copy of a button ``kept`` holds, is a widget of its own: not a second
    copy in the page header (the mobile header's copy of the desktop one) and no twin (the
    same box around it: a device variant of one promo box)."""
    if _in_header(a) and any(_in_header(k) for k in kept):
        return False
    box = _twin_box(a)
    return box is None or all(_twin_box(k) != box for k in kept)


def _in_header(a: etree._Element) -> bool:
    """``a`` stands in the page header or a navigation bar."""
    for x in a.iterancestors():
        if tag_of(x) in _HEADER_TAGS or (x.get("role") or "").lower() in _HEADER_ROLES:
            return True
    return False


def _twin_box(a: etree._Element) -> str | None:
    """The text of the box ``TWIN_CLIMB`` levels above ``a`` when it adds a pitch to the
    button's label (two copies in boxes of one pitch are one promo shown twice; two boxes
    holding the bare button say nothing of it)."""
    node = a
    for _ in range(rules.TWIN_CLIMB):
        node = node.getparent()
        if node is None or tag_of(node) in NEVER:
            return None
    stats = text_stats(node, max_elements=rules.MAX_BAND_ELEMENTS)
    if stats.truncated:
        return None
    text = norm(node.text_content())
    return text if len(text) > len(norm(a.text_content())) else None


#: Where a page header's copies stand.
_HEADER_TAGS = frozenset({"header", "nav"})
_HEADER_ROLES = frozenset({"banner", "navigation"})


def _copy_rank(a: etree._Element) -> int:
    """0 for a copy standing on its own, 1 in a list entry, 2 in an overlay or modal."""
    for x in islice(a.iterancestors(), rules.OVERLAY_CLIMB):
        if class_or_id_named(x, rules.OVERLAY_WORDS):
            return 2
    return 1 if tag_of(a.getparent()) == "li" else 0


def _without_grids(found: list[Found]) -> list[Found]:
    """Without the buttons of a plan or pricing grid: ``GRID_BUTTONS`` or more conversion
    buttons within ``GRID_CLIMB`` levels of one element are the page's own offer, no
    chrome."""
    if len(found) < rules.GRID_BUTTONS:
        return found
    counts: dict[etree._Element, int] = {}
    for f in found:
        for x in islice(f.element.iterancestors(), rules.GRID_CLIMB):
            counts[x] = counts.get(x, 0) + 1
    grids = {x for x, n in counts.items() if n >= rules.GRID_BUTTONS}
    if not grids:
        return found
    return [f for f in found if not any(x in grids for x in islice(f.element.iterancestors(), rules.GRID_CLIMB))]


def _button(a: etree._Element, kind: str, body: set[etree._Element], found: set[etree._Element],
            near: set[etree._Element], base: str | None, reach: bool = False) -> Found | None:
    label = link_label(a)
    if not label or len(label) > rules.MAX_LABEL_CHARS or len(label.split()) > rules.MAX_LABEL_WORDS:
        return None
    if a in found or a in body or not _standing(a, body, found) \
            or (_account_pair(a) and not asks_trial(a, label)) or in_dropdown(a):
        return None
    if not found.isdisjoint(a.iterdescendants()):
        return None  # (a box inside the link was found already: a newsletter card)
    if any(x in near and len(href_links(x, rules.MAX_BAND_LINKS + 1)) <= rules.MAX_BAND_LINKS
           for x in islice(a.iterancestors(), rules.WIDGET_CLIMB)):
        return None  # the button of a widget found by its prompt
    box = _band(a, body, found)
    if reach and not page_free(box, a):
        box = a  # (a phone button beside "Pay online", "Request a quote": its own widget)
    return Found(box, build_cta(box, kind, base))


def _standing(a: etree._Element, body: set[etree._Element], found: set[etree._Element]) -> bool:
    """No ancestor of ``a`` is a body block, an item already found or a form (a log-in
    form's "Not a member? Sign up")."""
    for x in a.iterancestors():
        if x in body or x in found or x.tag == "form":
            return False
    return True


def _account_pair(a: etree._Element) -> bool:
    """``a`` stands beside a log-in link or button ("Log in | Register"), or in a box
    named an account or log-in panel: account navigation."""
    for x in islice(a.iterancestors(), rules.ACCOUNT_CLIMB):
        if class_or_id_named(x, rules.ACCOUNT_WORDS):
            return True
    for node, links in _small_groups(a, rules.PAIR_CLIMB, rules.MAX_PAIR_LINKS):
        if any(x is not a and login_link(x.get("href") or "", norm(x.text_content()))
               for x in chain(links, node.iter("button"))):
            return True
    return False


@memo(4096)
def login_link(href: str, label: str) -> bool:
    """A link or button to log in (or out): its label or its target's path words say so."""
    try:
        path = urlsplit(href).path if href[:1] in "/h" else ""
    except ValueError:  # (a malformed address: its label alone)
        path = ""
    ws = url_words(path.lower()) + label.lower().split()
    return any(w in rules.LOGIN_WORDS for w in ws + [a + b for a, b in zip(ws, ws[1:], strict=False)])


def in_dropdown(a: etree._Element) -> bool:
    """``a`` is a card of a dropdown menu's panel (an ancestor a few levels up named a
    dropdown/mega menu, linking ``DROPDOWN_LINKS`` pages or more): a menu's offer card."""
    for node in islice(a.iterancestors(), rules.DROPDOWN_CLIMB):
        if tag_of(node) in NEVER:
            return False
        if not dropdown_named(node):
            continue
        urls = {x.get("href") for x in islice(node.iter("a"), 4 * rules.DROPDOWN_LINKS) if x.get("href")}
        if len(urls) >= rules.DROPDOWN_LINKS:
            return True
    return False


def _band(a: etree._Element, body: set[etree._Element], found: set[etree._Element]) -> etree._Element:
    """The page-wide strip ``a`` closes: an ancestor (a few levels up, few links, nothing
    found inside) standing right under ``<body>``, the page header or footer, whose text adds
    a pitch of some words to the button ("Uncover proof of our impact... [Contact us]"
    above the menu); else ``a`` itself. A box inside the page's columns is not grown: its
    other links and text are the column's."""
    label = len(norm(a.text_content()).split())
    node = a.getparent()
    for _ in range(rules.BAND_CLIMB):
        if node is None or tag_of(node) in NEVER or tag_of(node) in _NOT_BAND:
            return a
        if len(href_links(node, rules.MAX_BAND_LINKS + 1)) > rules.MAX_BAND_LINKS:
            return a
        stats = text_stats(node, max_elements=rules.MAX_BAND_ELEMENTS)
        if stats.truncated or stats.chars > rules.MAX_BAND_CHARS:
            return a
        parent = node.getparent()
        if parent is not None and tag_of(parent) in _PAGE_PARTS:
            pitched = len(norm(node.text_content()).split()) - label >= rules.MIN_PITCH_WORDS
            inside = any(x in body or x in found for x in node.iter())
            return node if pitched and not inside else a
        node = parent
    return a


#: Elements a band never is (a band stands in them).
_NOT_BAND = frozenset({"header", "footer", "nav", "aside", "ul", "ol", "li", "main", "article", "form"})
#: Where a page-wide strip stands: right under the page or its header or footer.
_PAGE_PARTS = frozenset({"body", "header", "footer"})


def _first(pair: tuple[int, etree._Element]) -> int:
    """A ranked copy's rank (copies of one rank stay in document order)."""
    return pair[0]
