"""Menu entries styled as buttons: navigation is a region, not a mask. A list entry or a
wrapper (``<li class="btn">``, ``<span class="header-button">``, a ``<button>`` around
a link) that the page styles as a button and that holds one short link, standing in a
header, a menu or a footer beside entries that are not buttons, is a CTA placed
``outside`` ("Suscríbase" closing the nav bar, "Free Advising Session" at the end of the
main menu) when its target or its label names what it asks: a subscription, a
newsletter, a donation, a contact or app page, or (by the target only) a demo, trial or
sign-up page. A plain entry among the section links stays navigation, and so does a
list of entries that are all buttons (a row of pills), an entry of a submenu, a log-in
link, and a sign-up beside a log-in (account navigation; a trial or demo beside one is the
product's funnel: ``conversion_links.asks_trial``).

``conversion_links`` judges links whose own class names a button; this module judges
the links whose holder does (the region pass collects the holders in its one walk).
Structure first (a button-styled holder of one link, its place, its siblings), words
(``conversion`` target words, ``cta_boxes`` label stems) only for the kind.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import islice

from lxml import etree

from ..sanitize import safe_url
from .chrome import Found
from .chrome_util import class_or_id_named, href_links, norm, tag_of, words
from .conversion_links import (
    asks,
    asks_trial,
    beside_ask,
    label_kind,
    link_label,
    login_link,
    opens_page,
    own_page,
    styled_as_button,
    target_kind,
    trial_label,
)
from .cta_boxes import box_kind_of
from .ctas import build_cta, share_or_follow
from .element_hints import style_hides
from .entry_asks import entry_ask, entry_words
from .menu_entries import link_set_apart, plain_menu_entry
from .region_widgets import NEVER
from .rules import conversion as conversion_rules
from .rules import entry_asks as entry_rules
from .rules import nav_buttons as nav_rules
from .rules import regions as rules
from .rules.chrome_patterns import NO_PAGE_HREF, SCRIPT_HREF, literal_search
from .rules.conversion import ASK_NEVER_IN

#: Class/id words of a panel shown only on demand (a copy there is the second choice).
_HIDDEN_WORDS = conversion_rules.OVERLAY_WORDS | conversion_rules.DROPDOWN_WORDS | nav_rules.OFF_CANVAS_WORDS
#: Characters splitting a target's path into words (as ``conversion_links`` reads targets).


def styled_holder(el: etree._Element) -> bool:
    """``el`` is styled as a button: a ``<button>``, ``role=button``, or a class/id word
    ``btn``/``button``/``cta``."""
    if tag_of(el) == "button" or (el.get("role") or "").lower() == "button":
        return True
    value = f"{el.get('class') or ''} {el.get('id') or ''}".strip()
    return bool(value) and styled_as_button(value)


def nav_buttons(holders: Iterable[etree._Element], links: Iterable[etree._Element],
                found: Sequence[Found], body: set[etree._Element], base: str | None,
                hosts: frozenset[str] = frozenset()) -> list[Found]:
    """The CTAs among ``holders`` (button-styled list entries, wrappers and ``<button>``
    elements, document order) and ``links`` (the page's links: ``named_links``) standing
    outside the body blocks ``body`` and the items ``found`` already.

    Copies of one CTA (one target, or one label of one kind: the hamburger menu's
    "Subscribe" beside the bar's) are one: the first copy outside an overlay or dropdown.
    A holder copying a CTA found by other rules in the header or menu (its target, outside
    an overlay, mobile copy or dropdown) is none; a copy elsewhere stays (a site's header
    and footer buttons are two CTAs), and so does a link named by its class (its class
    says which copy the site means)."""
    taken = {f.element for f in found}
    seen: set[object] = set()
    out = _holders(holders, taken, body, base, seen, found, hosts) if holders else []
    taken.update(f.element for f in out)
    out.extend(_named_links(links, taken, body, base, seen))
    return out


def _holders(holders: Iterable[etree._Element], found: set[etree._Element], body: set[etree._Element],
             base: str | None, seen: set[object], items: Sequence[Found], hosts: frozenset[str]) -> list[Found]:
    """The button-styled holders standing apart, one per target (``nav_buttons``), none to
    the target of a header or menu CTA among ``items`` (found by other rules)."""
    best: list[tuple[int, etree._Element, str]] = []
    group: dict[object, int] = {}
    shown: set[str] | None = None
    for h in holders:
        judged = _judge(h, body, found, hosts)
        if judged is None:
            continue
        kind, href, label = judged
        if shown is None:  # (read once a holder passes: most pages have none)
            shown = _shown(items)
        keys = (safe_url(href, base) or href if href else ("", label.lower()), (kind, label.lower()))
        if keys[0] in shown:
            continue  # (a copy of a header or menu CTA found already)
        rank = _overlay_rank(h)
        i = next((group[k] for k in keys if k in group), None)
        if i is None:
            i = len(best)
            best.append((rank, h, kind))
        elif rank < best[i][0]:
            best[i] = (rank, h, kind)
        for k in keys:
            group.setdefault(k, i)
    seen.update(group)
    chosen = {h for _, h, _ in best}
    # (a <button> inside a reported entry: one CTA, the entry)
    return [Found(h, build_cta(h, kind, base)) for _, h, kind in best
            if not any(x in chosen for x in h.iterancestors())]


def _shown(items: Sequence[Found]) -> set[str]:
    """The targets of the header and menu CTAs among ``items``, visible copies only (none
    in an overlay, mobile copy or dropdown)."""
    out: set[str] = set()
    for f in items:
        url = getattr(f.item, "url", None)
        if url and getattr(f.item, "kind", None) and in_navigation(f.element, set(), set()) \
                and not _overlay_rank(f.element, own=True):
            out.add(url)
    return out


def _asks(a: etree._Element) -> tuple[str, str, str] | None:
    """``(kind, target, label)`` of a link to a page whose short label or target names a
    CTA kind, no log-in (what both kinds of entry need of their one link)."""
    href = (a.get("href") or "").strip()
    if not href or href[:11].lower().startswith(NO_PAGE_HREF):
        return None
    label = link_label(a)
    if not label or len(label) > conversion_rules.MAX_LABEL_CHARS \
            or len(label.split()) > conversion_rules.MAX_LABEL_WORDS:
        return None
    kind = target_kind(href) or label_kind(a, href)
    if kind is None or login_link(href, label):
        return None
    return kind, href, label


def _judge(h: etree._Element, body: set[etree._Element], found: set[etree._Element],
           hosts: frozenset[str] = frozenset()) -> tuple[str, str, str] | None:
    """``(kind, target, label)`` of a button-styled holder ``h`` standing apart in navigation."""
    links = href_links(h, 2)
    if len(links) > 1:
        return None
    if h in found or h in body or not in_navigation(h, body, found):
        return None  # (its place first: most holders stand in the article, no menu)
    if not links or (links[0].get("href") or "").lstrip()[:11].lower().startswith(SCRIPT_HREF):
        return _script_ask(h, found)
    a = links[0]
    asked = _asks(a) or (entry_ask(a, hosts) if hosts else None)
    if asked is None or len(norm(h.text_content())) > rules.MAX_MENU_BUTTON_TEXT:
        return None  # (a card or a prompt beside the link: no button)
    kind, href, label = asked
    if _one_of_more(h, found):
        return None
    if kind == "other" and beside_login(h) and not asks_trial(a, label) \
            and entry_rules.FREE_WORDS.isdisjoint(label.lower().split()):
        return None  # "Sign up" beside "Log in": account navigation ("Start for free": a trial)
    if tag_of(h) not in _ENTRY_TAGS and beside_ask(a):
        return None  # (a wrapper beside a phone link or another button: a bar, the bar rules')
    return kind, href, label


def _script_ask(h: etree._Element, found: set[etree._Element]) -> tuple[str, str, str] | None:
    """``(kind, "", label)`` of a button-styled entry ``h`` holding one control and no link
    to a page (an ``<a>`` without a target or to "#", a ``<button>``: a script opens its
    form) whose label asks ("Get A Demo" opening a sales form, "Book Now" opening a
    scheduler: ``trial_label``, ``asks``: ``other``) or names a kind ("SUBSCRIBE" opening the
    newsletter's modal: ``cta_boxes`` stems, ``LABEL_KINDS``), standing apart like an entry
    with a target (no submenu's entry, no row of buttons, no log-in beside a sign-up)."""
    controls = list(islice(h.iter("a", "button"), 2))
    if len(controls) != 1:
        return None  # (one control; ``_judge`` found it links no page: "#", "javascript:" or none)
    label = link_label(controls[0])
    if entry_words(label) is None or login_link("", label):
        return None
    kind = "other" if trial_label(label) or asks(label) else box_kind_of(label.lower())
    if kind is None or kind != "other" and kind not in conversion_rules.LABEL_KINDS:
        return None  # (a script's tool: a menu, a search; a label naming a kind: "Subscribe")
    if _one_of_more(h, found):
        return None
    if kind == "other" and beside_login(h) and not trial_label(label) \
            or tag_of(h) not in _ENTRY_TAGS and beside_ask(controls[0]):
        return None
    return kind, "", label


def _one_of_more(h: etree._Element, found: set[etree._Element]) -> bool:
    """``h`` holds an item found already, is a submenu's entry or one of a row of buttons:
    no entry standing apart."""
    return any(x in found for x in h.iterdescendants()) or _submenu_entry(h) or _row_of_buttons(h)


#: Holders that are a menu's own entries (a list entry, a ``<button>``); any other wrapper
#: beside another ask is a bar's part (``header_bars``, ``ask_bars``: one CTA on the bar).
_ENTRY_TAGS = frozenset({"li", "button"})


def in_navigation(h: etree._Element, body: set[etree._Element], found: set[etree._Element]) -> bool:
    """An ancestor of ``h`` within ``NAV_BUTTON_CLIMB`` levels is a header or menu
    (``<nav>``, ``<header>``, ``<menu>`` or a class/id word of ``nav_rules.NAV_AREA_WORDS``),
    with no footer below it, and none up to the root is a body block, an item found or a
    form."""
    named = False
    for i, x in enumerate(h.iterancestors()):
        if x in body or x in found or tag_of(x) == "form":
            return False
        tag = tag_of(x)
        if i < nav_rules.NAV_BUTTON_CLIMB and tag not in NEVER:  # (the page's own class names no part)
            if tag == "footer" or class_or_id_named(x, nav_rules.FOOTER_WORDS):
                return False  # (a footer's links: its menus' own rules)
            named = named or tag in nav_rules.NAV_TAGS or class_or_id_named(x, nav_rules.NAV_AREA_WORDS)
    return named



def _submenu_entry(h: etree._Element) -> bool:
    """``h`` stands in a list entry a few levels up (an entry of a dropdown's submenu), or in
    a box named as a drop-down's panel (``PANEL_WORDS``: "submenu", "dropdown", "flyout")
    within ``NAV_BUTTON_CLIMB`` levels below the list or menu holding it (a panel's
    last entry drawn as a button: "Pay Dues" closing a "field--name-field-submenu" of plain
    entries; a name above the menu's own list is its layout's: "nav-menu--dropdown-tablet")."""
    panel = True
    for i, x in enumerate(islice(h.iterancestors(), nav_rules.NAV_BUTTON_CLIMB)):
        tag = tag_of(x)
        if 0 < i < nav_rules.NAV_BUTTON_LIST_CLIMB and tag == "li":
            return True
        if tag in _MENU_TAGS:
            panel = False
        elif panel and tag not in NEVER and class_or_id_named(x, nav_rules.PANEL_WORDS):
            return True
        if not panel and i >= nav_rules.NAV_BUTTON_LIST_CLIMB - 1:
            return False  # (no list entry above is read any more, no panel name counts)
    return False


_MENU_TAGS = nav_rules.NAV_TAGS | {"ul", "ol"}


def _row_of_buttons(h: etree._Element) -> bool:
    """``h`` is an entry of a list whose entries are mostly buttons too (a row of pills, a
    menu styling every entry as a button): not set apart from the others."""
    parent = h.getparent()
    if parent is None or tag_of(h) != "li":
        return False
    styled = others = 0
    for x in parent.iterchildren("li"):
        if x is h:
            continue
        others += 1
        if styled_holder(x):
            styled += 1
    return styled > nav_rules.MAX_STYLED_SIBLINGS and styled * 2 >= others


def beside_login(h: etree._Element) -> bool:
    """A log-in link or button stands beside ``h`` (within ``PAIR_CLIMB`` levels holding at
    most ``MAX_PAIR_LINKS`` links)."""
    node = h.getparent()
    for _ in range(conversion_rules.PAIR_CLIMB):
        if node is None:
            return False
        links = href_links(node, conversion_rules.MAX_PAIR_LINKS + 1)
        if len(links) > conversion_rules.MAX_PAIR_LINKS:
            return False
        for x in (*links, *node.iter("button")):
            if h not in x.iterancestors() and x is not h and login_link(x.get("href") or "", norm(x.text_content())):
                return True
        node = node.getparent()
    return False


def _overlay_rank(h: etree._Element, own: bool = False) -> int:
    """1 for a copy in an overlay, modal, mobile menu or dropdown panel (a class/id word of
    ``OVERLAY_WORDS`` or ``DROPDOWN_WORDS`` a few levels up; ``own``: or on ``h``), else 0:
    the page's visible copy is the CTA."""
    words = _HIDDEN_WORDS
    return int((own and class_or_id_named(h, words))
               or any(class_or_id_named(x, words) for x in islice(h.iterancestors(), conversion_rules.OVERLAY_CLIMB)))


def _named_links(links: Iterable[etree._Element], found: set[etree._Element], body: set[etree._Element],
                 base: str | None, seen: set[object]) -> list[Found]:
    """Links whose own class or id names what they ask (a whole word of
    ``nav_rules.NAMED_LINK_KINDS``' conversion words: ``abo``, ``nav_subscribe``,
    ``header-donation``), confirmed by their target or label, standing in a small group
    of a header or menu (a "Subscribe" beside "Sign in"): CTAs. An entry named so in a
    run of section links ("menu__item--newsletters" among 20 entries) stays navigation."""
    out: list[Found] = []
    for a in links:
        named = _named_kind(a.get("class") or "") or _named_kind(a.get("id") or "")
        if named is None:
            continue
        judged = _judge_named(a, named, body, found)
        if judged is None:
            continue
        kind, href, label = judged
        keys = (safe_url(href, base) or href, (kind, label.lower()))
        if any(k in seen for k in keys):
            continue  # (a copy of a holder or link reported)
        seen.update(keys)
        out.append(Found(a, build_cta(a, kind, base)))
    return out


#: Flags of the class/id values of links seen by the region pass (``BUTTON``: styled as a
#: button, ``conversion_links``' candidates; ``NAMED``: naming a CTA kind, ``named_links``),
#: and whether the class values of list entries seen are styled as buttons: the pass asks
#: them of every link and entry (a dict lookup is cheaper than a call). Emptied when they
#: grow past a limit.
LINK_FLAGS: dict[str, int] = {}
ENTRY_STYLED: dict[str, bool] = {}
BUTTON, NAMED = 1, 2


def remember_link(value: str) -> int:
    """The flags of a link's class/id ``value``, kept in ``LINK_FLAGS``."""
    if len(LINK_FLAGS) >= conversion_rules.STYLED_MEMO:
        LINK_FLAGS.clear()
    flags = LINK_FLAGS[value] = (BUTTON if styled_class(value) else 0) | (NAMED if _named_kind(value) else 0)
    return flags


def remember_entry(value: str) -> bool:
    """Whether a list entry's class ``value`` is styled as a button, kept in ``ENTRY_STYLED``."""
    if len(ENTRY_STYLED) >= conversion_rules.STYLED_MEMO:
        ENTRY_STYLED.clear()
    answer = ENTRY_STYLED[value] = styled_class(value)
    return answer


def styled_class(value: str) -> bool:
    """``styled_as_button``, after a test for its words as text (in C: most values fail)."""
    low = value.lower()
    return ("btn" in low or "button" in low or "cta" in low) and styled_as_button(value)


_NAMED_WORDS = {w: k for w, k in conversion_rules.CONVERSION_WORDS.items() if k in nav_rules.NAMED_LINK_KINDS}
#: (each word ``_named_kind`` reads is a piece of the lower-cased value: a value holding none
#: of the words as text names none, told by one search in C)
_NAMED_TEXT = literal_search(sorted(_NAMED_WORDS)).search


def _named_kind(value: str) -> str | None:
    """The CTA kind a whole word of a class/id value names (``_NAMED_WORDS``; words split at
    spaces, ``-`` and ``_``, and a token with capitals at camelCase too: "aboshopSwitch" is
    "abo shop switch"; the region pass asks it once per new value)."""
    low = value.lower()
    if _NAMED_TEXT(low) is None:
        return None  # (most values)
    # (two str.replace calls scan in C, where str.translate looks each character up in a
    # dict; and one set test, in C, rules out most values before a loop over their words)
    ws = low.replace("-", " ").replace("_", " ").split()
    if not _NAMED_WORDS.keys().isdisjoint(ws):
        return next(_NAMED_WORDS[w] for w in ws if w in _NAMED_WORDS)
    if low != value:
        for tok in value.split():
            if not tok.islower():
                for w in words(tok):
                    kind = _NAMED_WORDS.get(w)
                    if kind is not None:
                        return kind
    return None


def _judge_named(a: etree._Element, named: str, body: set[etree._Element],
                 found: set[etree._Element]) -> tuple[str, str, str] | None:
    """``(kind, target, label)`` of a link named ``named`` by its class, standing apart."""
    asked = _asks(a)
    if asked is None:
        return None
    kind, href, label = asked
    if kind != named and not {kind, named} <= _SIGN_UP_KINDS:
        return None  # the class and the target disagree: no evidence
    if a in found or a in body or any(x in found for x in a.iterdescendants()):
        return None
    if not in_navigation(a, body, found) or plain_menu_entry(a, True):
        return None  # (a class naming what every entry is, "ExpandedNav_newsletters__W83ni": a menu's)
    if not _small_group(a) and not link_set_apart(a):
        return None  # (a long menu's entry, unless its link alone is styled apart)
    return kind, href, label


#: Kinds a class word and a target may swap (a "subscribe" link to the newsletters page).
_SIGN_UP_KINDS = frozenset({"subscribe", "newsletter"})


def _small_group(a: etree._Element) -> bool:
    """The nearest ancestor of ``a`` holding another page link holds at most
    ``MAX_GROUP_LINKS`` page links: a small group ("Subscribe | Sign in"), not a menu's run."""
    for x in islice(a.iterancestors(), nav_rules.NAV_BUTTON_CLIMB):
        if tag_of(x) in ("body", "html"):
            return False
        n = sum(1 for y in islice(x.iter("a"), 4 * nav_rules.MAX_GROUP_LINKS) if _page_link(y))
        if n >= 2:
            return n <= nav_rules.MAX_GROUP_LINKS
    return False


def _page_link(a: etree._Element) -> bool:
    href = (a.get("href") or "").strip()
    return bool(href) and not href[:11].lower().startswith(NO_PAGE_HREF)


def ask_bars(seeds: Iterable[etree._Element], found: Sequence[Found], body: set[etree._Element],
             base: str | None, hosts: frozenset[str]) -> list[Found]:
    """Header and menu bars asking with no kind (convention 4: one CTA on the bar): a
    button-styled link among ``seeds`` (document order) whose visible label asks (``asks``,
    ``trial_label``: "Book a Demo", "Get Started", "Hire Professionals") to a script ("#") or a
    page of the site (``hosts``) that is no story (``own_page``), no log-in, beside
    another control in a small group (``_bar_group``: a log-in, a phone link, a language
    ``<button>``, a second ask) standing in a header or menu (``in_navigation``), outside
    the page's article, the body blocks ``body``, the items ``found``, a drop-down's panel
    and an overlay: one ``other`` CTA on the group. A group holding an item found already is
    that item's (a "Subscribe" bar); a sign-up beside a log-in is the account's door
    (``_account_door``). A ``<button>`` asks nothing by itself here: it runs a script (a
    form's submit, a menu), and an icon's ``aria-label`` names a tool ("Shop Checkout").

    Copies of one ask (one label) are one bar: the first standing outside a ``<nav>`` if
    any (a ``<nav>`` holding the bar beside the menu is the collapsed menu's copy), else
    the first."""
    taken: set[etree._Element] | None = None  # (the items' elements: read once a label asks)
    judged: set[etree._Element] = set()
    bars: dict[str, tuple[etree._Element, bool, str]] = {}  # (label: the group, whether in a <nav>, the ask's target)
    for a in seeds:
        text = a.text_content()
        ws = text.lower().split()
        # (a set test in C rules out most seeds before ``asks`` and ``trial_label``: an icon,
        # its aria-label naming a tool, or a label whose words name no ask)
        if not ws or _ASK_WORDS.isdisjoint(ws) and ws[0] not in _TRIAL_FIRST:
            continue
        label = norm(text)
        if len(label) > conversion_rules.MAX_LABEL_CHARS or not (asks(label) or trial_label(label)):
            continue
        if taken is None:
            taken = {f.element for f in found}
        if a in taken:
            continue
        key = label.lower()
        href = (a.get("href") or "").strip()
        if login_link(href, label) or key in bars and not bars[key][1]:
            continue  # (a log-in; a copy of a bar kept)
        if opens_page(href) and not own_page(href, hosts) or "sponsored" in (a.get("rel") or "").lower():
            continue  # (another site's page, a story, a help page: no ask of the site; an affiliate's offer)
        group = _bar_group(a)
        if group is None or group in judged:
            continue
        judged.add(group)
        if group in taken or not taken.isdisjoint(group.iter()) or in_panel(group) \
                or _account_door(group, a, key) or like_run(group, a) or menu_row(group) \
                or not in_navigation(group, body, taken):
            continue
        in_nav = next(group.iterancestors("nav"), None) is not None
        if key not in bars or not in_nav:
            bars[key] = (group, in_nav, href)
    out: list[Found] = []
    groups: set[etree._Element] = set()
    for group, _, href in bars.values():
        if group in groups:
            continue
        groups.add(group)
        cta = build_cta(group, "other", base)
        if opens_page(href):  # (the bar's URL is its ask's page, not its first link: a log-in)
            cta.url = safe_url(href, base) or cta.url
        out.append(Found(group, cta))
    return out


#: Words one of which an asking label holds (``asks``), and first words of the trial labels.
_ASK_WORDS = conversion_rules.ASK_FIRST_WORDS | conversion_rules.ASK_ANY_WORDS | conversion_rules.ASK_ALONE_WORDS
_TRIAL_FIRST = frozenset(p.split()[0] for p in conversion_rules.TRIAL_LABELS)


def _bar_group(a: etree._Element) -> etree._Element | None:
    """The nearest ancestor of ``a`` (``BAR_CLIMB`` levels at most) whose children hold
    ``MIN_BAR_ITEMS`` controls or more: ``None`` when it holds more than ``MAX_BAR_ITEMS``
    or ``MAX_BAR_LINKS`` links (a menu, no bar), or none is met below the page's parts."""
    node = a.getparent()
    for _ in range(nav_rules.BAR_CLIMB):
        if node is None or tag_of(node) in _NOT_BAR:
            return None
        items = sum(1 for c in node if bar_item(c))
        if items >= nav_rules.MIN_BAR_ITEMS:
            if items > nav_rules.MAX_BAR_ITEMS or len(href_links(node, nav_rules.MAX_BAR_LINKS + 1)) \
                    > nav_rules.MAX_BAR_LINKS:
                return None
            return node
        node = node.getparent()
    return None


#: Where a bar's climb ends: the page's parts hold more than one bar.
_NOT_BAR = NEVER | {"header", "nav", "footer", "aside", "article", "form"}


def bar_item(c: etree._Element) -> bool:
    """A child of a bar that is or holds a control (a link with a target, a ``<button>``);
    a drop-down's panel (a list or a ``role=menu`` box) is none."""
    tag = tag_of(c)
    if tag == "button" or tag == "a" and c.get("href") is not None:
        return True
    if tag in ("ul", "ol", "nav") or (c.get("role") or "").lower() in nav_rules.PANEL_ROLES:
        return False
    return next((x for x in c.iter("a", "button") if tag_of(x) == "button" or x.get("href") is not None), None) \
        is not None


def _account_door(group: etree._Element, a: etree._Element, label: str) -> bool:
    """The ask ``a`` (``label``, lower case) is a sign-up (its first word one of
    ``ACCOUNT_ASK_WORDS``: "Sign up", "Join now", "Registrieren") and a log-in stands in its
    ``group``: the account's door ("Log in | Sign up"), navigation (as ``conversion_links``
    reads a "Register" beside "Log in")."""
    if label.split()[0] not in nav_rules.ACCOUNT_ASK_WORDS:
        return False
    return any(x is not a and login_link(x.get("href") or "", link_label(x))
               for x in group.iter("a", "button"))


def menu_row(group: etree._Element) -> bool:
    """``group`` is a menu or the header's row around one, no bar: a list holding
    ``MENU_PLAIN_ENTRIES`` entries or more that are plain page links (a section menu ending
    in a button: ``nav_buttons``' entries), a shown list of ``MENU_ENTRIES`` entries or more
    inside it (a drop-down's panel, hidden or named so, is none), or a profile or share link
    (a follow bar's, its own rules')."""
    plain = 0
    for x in group.iter("a", "ul", "ol"):
        tag = tag_of(x)
        if tag == "a":
            href = (x.get("href") or "").strip()
            if href and share_or_follow(href) is not None:
                return True
            parent = x.getparent()
            if tag_of(group) in ("ul", "ol") and parent is not None and parent.getparent() is group \
                    and tag_of(parent) == "li" and opens_page(href) and not styled_holder(x) \
                    and not styled_holder(parent):
                plain += 1
        elif x is not group and sum(1 for c in x if tag_of(c) == "li") >= nav_rules.MENU_ENTRIES \
                and (x.get("role") or "").lower() not in nav_rules.PANEL_ROLES \
                and not style_hides(x.get("style") or "") and not class_or_id_named(x, nav_rules.PANEL_WORDS):
            return True
    return plain >= nav_rules.MENU_PLAIN_ENTRIES


def like_run(group: etree._Element, a: etree._Element) -> bool:
    """``a`` is one of ``LIKE_RUN`` links or more of ``group`` styled alike (one class value):
    a row of like entries ("Shop men", "Shop women", "Shop kids"), a menu, no bar
    (``header_bars`` asks it of a bar and of an action-named link's parent)."""
    cls = a.get("class")
    return sum(1 for x in group.iter("a") if x.get("class") == cls) >= nav_rules.LIKE_RUN


def in_panel(group: etree._Element) -> bool:
    """``group`` stands in a drop-down's panel or an overlay (an ancestor within
    ``OVERLAY_CLIMB`` levels named by ``PANEL_WORDS``, a ``<dialog>``): a menu's card or a
    popup's buttons, no bar of the page (a class naming the mobile layout names no panel);
    in a list entry below the nearest ``<nav>`` or ``<header>`` (a menu entry's panel);
    or in the article (``ASK_NEVER_IN``: ``<main>``, ``<article>``, a ``<template>``; a ``<header>``
    right inside ``<main>`` is the page's)."""
    in_menu = True  # (below the nearest <nav>/<header>: a list entry above is a menu entry's)
    child = group
    for i, x in enumerate(group.iterancestors()):
        tag = tag_of(x)
        if tag in ASK_NEVER_IN and not (tag == "main" and tag_of(child) == "header"):
            return True  # (the article's own buttons: its text's, no bar of the page; a page
            # wrapped whole in <main> keeps its header as the page's)
        child = x
        if tag in ("nav", "header"):
            in_menu = False
        elif tag == "li" and in_menu:
            return True  # (a card of a menu entry's panel)
        if tag in NEVER or i >= conversion_rules.OVERLAY_CLIMB:
            continue
        if tag == "dialog" or class_or_id_named(x, nav_rules.PANEL_WORDS):
            return True
    return False
