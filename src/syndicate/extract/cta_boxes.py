"""CTA boxes outside the body: what a small box (a prompt and a form, button or one or two
links) asks of the reader — newsletter, donate, subscribe, contact, app — judged by its
class, its prompt words, the URLs of its links and its size. Used by the region pass
(``regions.py``) and its form widgets (``region_widgets.py``).
"""

from __future__ import annotations

import re

from lxml import etree

from ..memo import memo
from . import ctas
from .chrome_util import norm, page_attributes, tag_of, text_content, text_stats, words
from .kind_shapes import choice_form
from .linklists import larger_than
from .message_fields import asks_message, message_kind
from .rules import chrome_patterns as chrome_rules
from .rules import regions as rules
from .rules.chrome_patterns import literal_search
from .rules.text_phrases import CONSENT_COOKIE
from .scripted_offers import lone_button, script_offer_box, scripted_action


def cta_box(el: etree._Element, tag: str, n_links: int, by_words: bool = True,
            action: bool = True, plain: set[etree._Element] | None = None,
            small: set[etree._Element] | None = None) -> str | None:
    """The CTA kind of a small box — a prompt and an action (form, button or link) — whose
    class or prompt says what it asks (newsletter, donate, subscribe, contact, app).
    ``action``: the box holds a form or a button (a link is one when it has one or two).
    ``plain``: a memo of the elements whose whole text names no kind and that hold no field,
    shared by the calls of one page walked top-down (an element inside one is such too);
    ``small``: likewise a memo of the elements found within a box's size (``_too_large``)."""
    if n_links > rules.MAX_BOX_LINKS or tag in NOT_BOX:
        return None
    # (class and id first tested apart for a CTA word, as class_kind does on both: the class
    # answer is cached, ids are mostly unique)
    kind = ctas.class_kind(f"{el.get(b'class') or ''} {el.get(b'id') or ''}".strip().lower()) if cta_class(el) else None
    if kind in ("share", "follow", "read_more", "comments"):
        kind = None
    if kind is None and not (action or n_links <= 2):
        return None
    # (``newsletter`` and ``_message_kind`` of a box whose words name no kind: asked once,
    # for the test below and the kind at the end)
    letter: bool | None = None
    asked: str | None = None
    # (inside a plain parent, which passed the size test below: ``el`` is smaller still)
    inside_plain = kind is None and plain is not None and el.getparent() in plain
    if not inside_plain and _too_large(el, small):
        return None  # (cheap, in C) a large region is no box
    if kind is None:
        if not by_words and (_menu_item(el) or _holds_menu_run(el)):
            return None  # a menu item (or a menu) is navigation, a button beside the menu is not
        if inside_plain:
            plain.add(el)  # (its text is part of its parent's: no stem there, none here)
            return _cta_box_stats(el, cta_url(el, n_links), by_words)
        text = norm(el.text_content()).lower()
        if next(el.iterdescendants("input"), None) is None and not _names_box(text):
            # (cheap) no stem in its whole text and no field: the prompt names no kind either
            if plain is not None:
                plain.add(el)
            return _cta_box_stats(el, cta_url(el, n_links), by_words)
        # (in a list of three or more links, one link's words name no box: an account menu
        # with "Subscriptions" among its entries)
        kind = _box_kind(prompt_text(el, links=n_links < 3)) or cta_url(el, n_links)
        if kind is None and n_links <= 1 and len(text) <= rules.MAX_BANNER_TEXT:
            kind = _box_kind(_shown_text(el, text))  # a banner (one link at most, a card's overlay): its text is the prompt
        if kind is None and (_DONATE_STEM(text) is not None or any_stem(text, rules.SUPPORT_GIFT_STEMS)) \
                and _support_target(el):
            kind = "donate"  # ("Become a Friend ... our annual donors" -> /support/: a help desk names no gift)
        if kind is None:
            letter = newsletter(el)
            if not letter:
                asked = _message_kind(el)
                if asked is None:
                    return None
        if kind == "other" and any_stem(text, CONSENT_COOKIE):
            return None  # a cookie dialog's settings ("... cookies collect feedback")
    if not _small_box(el, by_words):
        return None
    if kind in ("subscribe", "contact", None):
        if letter is None:  # (a kind named by the class: its field not tested yet)
            letter = newsletter(el)
            asked = None if letter else _message_kind(el)
        if letter:
            kind = "newsletter"
        elif asked is not None:
            kind = asked  # (an e-mail field beside a message: an address to answer to)
    if kind in ("newsletter", "subscribe") and choice_form(el):
        return None  # (a "Newsletter" choice of a filter form: ``kind_shapes``)
    return kind


def offer_box(el: etree._Element, tag: str, n_links: int, small: set[etree._Element] | None = None) -> bool:
    """A small box whose one action is a link styled as a button (class word ``btn``/
    ``button``/``cta`` or ``role=button``) with a short label asking to act ("Shop plants",
    "Get $5 off", "Learn more") and pointing to a page (a shop, a sign-up, a product page):
    an offer (CTA ``other``) whose words name no kind. Any other link of the box goes to
    the same page and names no story (a link in the box's blurb); a teaser card's "Learn
    more" to a story and a cookie notice's button are none. ``small``: ``cta_box``'s memo."""
    if not n_links <= 2 or tag in NOT_BOX or _too_large(el, small):
        return False
    if not n_links:  # (a box whose one action is a ``<button>``: "Download Now!")
        button = lone_button(el)
        return button is not None and _asks(norm(text_content(button))) and _small_box(el, True) \
            and not any_stem(norm(el.text_content()).lower(), CONSENT_COOKIE) and script_offer_box(el, [button])
    hrefs = page_attributes().hrefs  # (the page's link targets: a look-up, no copy out of lxml)
    links = [a for a in el.iter("a") if hrefs[a]]
    url = hrefs[links[0]].strip() if links else ""
    if not url or any(hrefs[a].strip() != url for a in links):
        return False
    # (no link styled as a button, as most boxes: no offer, whatever the tests below say)
    if not any(map(button_styled, links)):
        return False
    if url.startswith(chrome_rules.NO_PAGE_HREF) and not (
            url.startswith(chrome_rules.SCRIPT_HREF) and all(scripted_action(a) and button_styled(a) for a in links)
            and script_offer_box(el, links)):
        return False  # (a script's button: "Learn more" with ``href="#"``, as a real link)
    if ctas.share_or_follow(url) is not None or any_stem(url.partition("#")[2].lower(), rules.COMMENT_STEMS):
        return False  # (a jump to the comments: "Join the discussion")
    button = False
    for a in links:
        label = norm(text_content(a))
        # (a dash or an arrow is no word: "Join today – it's free", "Shop now →")
        n_words = sum(1 for w in label.split() if any(c.isalnum() for c in w))
        if button_styled(a) and 1 <= n_words <= rules.MAX_BUTTON_WORDS:
            if not asks_to_act(label) or (
                    (label.lower() + " ").startswith(rules.LEARN_MORE_VERBS) and story_slug(url)):
                return False  # no offer's words, or a teaser card's "Learn more" to a story
            button = True
        elif n_words > rules.TITLE_WORDS:
            return False  # a link naming a story: a teaser card
    if not button or not _small_box(el, True):
        return False
    return not any_stem(norm(el.text_content()).lower(), CONSENT_COOKIE)


def _too_large(el: etree._Element, small: set[etree._Element] | None) -> bool:
    """More than ``MAX_BOX_ELEMENTS`` elements below ``el``. ``small``: a memo of the elements
    found within that size, shared by the calls of one page walked top-down (an element
    inside one is within it too: its walk of up to 200 elements is spared)."""
    if small is None:
        return larger_than(el, rules.MAX_BOX_ELEMENTS)
    if el not in small and el.getparent() not in small and larger_than(el, rules.MAX_BOX_ELEMENTS):
        return True
    small.add(el)
    return False




def _asks(label: str) -> bool:
    """A ``<button>``'s label asks to act as a button-styled link's does (a few words)."""
    n_words = sum(1 for w in label.split() if any(c.isalnum() for c in w))
    return 1 <= n_words <= rules.MAX_BUTTON_WORDS and asks_to_act(label)


def asks_to_act(label: str) -> bool:
    """A button label that opens with an offer's verb (``rules.OFFER_VERBS``, matched as
    whole words: "Get started", "Jetzt bestellen")."""
    return (label.lower() + " ").startswith(rules.OFFER_VERBS)


def story_slug(url: str) -> bool:
    """The URL's last path segment is a slug of ``STORY_SLUG_WORDS``+ words: a story (or an
    author's page), which a teaser card's "Learn more" button points to, no offer."""
    path = url.split("?", 1)[0].split("#", 1)[0]
    if "//" in path:
        path = path.split("//", 1)[1].partition("/")[2]  # (the host is no segment)
    last = path.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0]  # (".html" aside)
    return sum(1 for w in _SLUG_SPLIT.split(last) if _LETTER.search(w)) >= rules.STORY_SLUG_WORDS


_SLUG_SPLIT = re.compile(r"[-_+]+")
_LETTER = re.compile(r"[^\W\d_]")


def button_styled(a: etree._Element) -> bool:
    """A link styled as a button (``role=button``, class word ``btn``/``button``/``cta``)."""
    if (a.get("role") or "").lower() == "button":
        return True
    cls = page_attributes().classes[a]  # (the page's names: a look-up, no copy out of lxml)
    return bool(cls) and _button_class(cls)


@memo(4096)
def _button_class(cls: str) -> bool:
    return any(w in rules.BUTTON_WORDS for n in cls.split() for w in words(n))


def _cta_box_stats(el: etree._Element, kind: str | None, by_words: bool) -> str | None:
    """``kind`` if ``el`` is small enough for a CTA box."""
    return kind if kind is not None and _small_box(el, by_words) else None


def _small_box(el: etree._Element, by_words: bool) -> bool:
    """Little text, no long paragraph (in a menu: a button's text)."""
    stats = text_stats(el, max_elements=rules.MAX_BOX_ELEMENTS)
    if stats.truncated or stats.chars > rules.MAX_BOX_TEXT or stats.longest_p > chrome_rules.MAX_CTA_PARAGRAPH:
        return False
    return by_words or stats.chars <= rules.MAX_MENU_BUTTON_TEXT  # (in a menu a card is no button)


def _support_target(el: etree._Element) -> bool:
    """A link of ``el`` to a page named support ("/support/", "/supporters"): with a donation
    word in the box, the site's page for gifts (alone, a product's help desk)."""
    for a in el.iter("a"):
        href = a.get("href")
        if href and any(h in href.lower() for h in rules.SUPPORT_PATH_HINTS) and not rules.SUPPORT_PATH_WORDS.isdisjoint(
                _path_words(href.lower().partition("?")[0].partition("#")[0])):
            return True
    return False


def bare(el: etree._Element) -> bool:
    """A box that is only a short button or link text (no prompt sentence beside it)."""
    return len(norm(el.text_content())) <= rules.MAX_MENU_BUTTON_TEXT


BOX_TAGS = frozenset({"div", "section", "aside", "center"})


def cta_url(el: etree._Element, n_links: int) -> str | None:
    """The CTA kind the one to three links of a box point to (``/subscribe``, ``/donate``...)."""
    if n_links > 3:
        return None
    hrefs = page_attributes().hrefs  # (the page's link targets: a look-up, no copy out of lxml)
    for a in el.iter("a"):
        kind = _url_kind(hrefs[a] or "")
        if kind is not None:
            return kind
    return None


@memo(16384)
def _url_kind(href: str) -> str | None:
    """The CTA kind a link's URL points to (cached: boxes nest, pages repeat links)."""
    href = href.lower() + "/"  # (a stem "/demo/" matches ".../demo", not "/democrats")
    if _ANY_URL_STEM(href) is None:
        return None  # (most links: one search rules out every kind)
    for kind, stems in _CTA_URL_PATTERNS:
        if stems.search(href):
            return kind
    return None


def url_kind(href: str) -> str | None:
    """The CTA kind a link's URL points to (``/subscribe``, ``/donate``...), if any."""
    return _url_kind(href)


#: ``rules.CTA_URL_STEMS`` as one pattern per kind (any stem anywhere in the URL), and all
#: of them as one (grouped by first character: ``literal_search``).
_CTA_URL_PATTERNS = tuple((kind, literal_search(stems)) for kind, stems in rules.CTA_URL_STEMS)
_ANY_URL_STEM = literal_search(tuple(dict.fromkeys(s for _, stems in rules.CTA_URL_STEMS for s in stems))).search


def cta_class(el: etree._Element) -> bool:
    # (class and id searched apart: the class is cached, ids are mostly unique; read from
    # the page's names, no copy out of lxml)
    page = page_attributes()
    cls, eid = page.classes[el], page.ids[el]
    return bool(cls and _cta_hint(cls)) or bool(eid and chrome_rules.CTA_ANY_CLASS.search(eid.lower()))


@memo(16384)
def _cta_hint(hint: str) -> bool:
    return bool(chrome_rules.CTA_ANY_CLASS.search(hint.lower()))


#: Never a CTA box (``cta_box`` answers None at once: callers may skip it).
NOT_BOX = frozenset({"ul", "ol", "p", "span", "li", "table", "tbody", "dl", "header", "footer", "nav", "main"})


def input_types(el: etree._Element) -> set[str]:
    """The ``type`` of every ``<input>`` in ``el``, lower case ("" for none given)."""
    return {(i.get("type") or "").lower() for i in el.iter("input")}


def newsletter(el: etree._Element) -> bool:
    """An e-mail field (in no form asking for a message: ``asks_message``), or the
    newsletter named anywhere in the box's text."""
    types = input_types(el)
    if "password" in types:
        return False  # a login form
    if "email" in types:
        return not asks_message(el)  # (a contact or comment form asks an address to answer to)
    text = norm(el.text_content()[:600]).lower()
    return _BOX_KIND_SEARCHES[0][1](text) is not None  # (the newsletter stems)


def _message_kind(el: etree._Element) -> str | None:
    """``contact`` or ``comments`` for a box whose e-mail field sits in a form asking for a
    message (``message_fields``), else None."""
    types = input_types(el)
    if "email" not in types or "password" in types or not asks_message(el):
        return None
    return message_kind(el, any_stem(prompt_text(el), rules.COMMENT_STEMS))


def _menu_item(el: etree._Element) -> bool:
    node: etree._Element | None = el
    for _ in range(4):
        if node is None:
            return False
        if tag_of(node) in ("li", "ul", "ol", "menu"):
            return True
        node = node.getparent()
    return False


def _holds_menu_run(el: etree._Element) -> bool:
    """``el`` holds a list of ``MENU_RUN_ENTRIES`` or more entries with a link each: a
    menu's run of links ("Newsletter | Archive | Login" beside a search form), no box."""
    for lst in el.iter("ul", "ol", "menu"):
        if len(lst) < rules.MENU_RUN_ENTRIES:
            continue  # (too few children for a run)
        n = 0
        for li in lst.iterchildren("li"):
            if next((a for a in li.iter("a") if a.get(b"href")), None) is not None:
                n += 1
                if n >= rules.MENU_RUN_ENTRIES:
                    return True
    return False


_PROMPT_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "button", "label", "legend")


def prompt_text(el: etree._Element, links: bool = True) -> str:
    """The box's headings, emphasis and button/link texts (not its body copy), lower-cased;
    ``links=False``: without link texts (emphasis inside a link aside too)."""
    parts = []
    # (a node below a link: one above ``el`` covers all of them; else one is looked for
    # between the node and ``el``, not up to the root)
    if links or next(el.iterancestors("a"), None) is None:  # (the climb's tag test in C)
        for node in el.iter(*_PROMPT_TAGS, "a") if links else el.iter(*_PROMPT_TAGS):
            if not links and node is not el and _in_link(node, el):
                continue
            text = norm(text_content(node))
            if text and len(text) <= 120:
                parts.append(text)
    for node in el.iter("input"):
        if (node.get("type") or "").lower() in ("submit", "button", "email"):
            parts.append(node.get("value") or node.get("placeholder") or "")
    return " | ".join(parts).lower()[:600]


#: The text of a box outside its drop-down entries (``<option>``).
_SHOWN_TEXT = etree.XPath(".//text()[not(ancestor::option)]")


def _shown_text(el: etree._Element, text: str) -> str:
    """``text`` (``el``'s whole text, normalised, lower case) without the entries of its
    drop-down lists: a search form's category ``<select>`` ("... Kalender, Gutscheine") is
    no prompt the reader sees."""
    if next(el.iter("option"), None) is None:
        return text
    return norm(" ".join(_SHOWN_TEXT(el))).lower()


def _in_link(node: etree._Element, top: etree._Element) -> bool:
    """An ``<a>`` above ``node`` up to ``top`` (included)."""
    for a in node.iterancestors():
        if tag_of(a) == "a":
            return True
        if a is top:
            return False
    return False


def box_kind_of(text: str) -> str | None:
    """The CTA kind the stems in ``text`` (lower case) name, first kind first."""
    return _box_kind(text)


@memo(4096)
def _names_box(text: str) -> bool:
    """A stem of ``rules.CTA_BOX_STEMS`` in ``text`` (cached: a box and the wrappers around it
    have one text, each asked of it)."""
    return _ANY_BOX_STEM(text) is not None


@memo(4096)
def _box_kind(text: str) -> str | None:
    """(cached: a box and its wrappers have one prompt)"""
    if not text or _ANY_BOX_STEM(text) is None:
        return None  # (most texts: one search rules out every kind)
    for kind, search in _BOX_KIND_SEARCHES:
        if search(text) is not None:
            return kind
    return None


def any_stem(text: str, stems: tuple[str, ...]) -> bool:
    """A stem anywhere in ``text`` (substring tests in C: far faster than one regex of
    alternatives, which tries every stem at every position)."""
    for stem in stems:
        if stem in text:
            return True
    return False


#: All of ``rules.CTA_BOX_STEMS`` (a box whose text has none is no box by its words), as one
#: search grouped by first character (twice as fast as ``any_stem`` over 120-odd stems).
_ALL_BOX_STEMS = tuple(dict.fromkeys(s for _, stems in rules.CTA_BOX_STEMS for s in stems))
_ANY_BOX_STEM = literal_search(_ALL_BOX_STEMS).search
#: ``rules.CTA_BOX_STEMS`` as one such search per kind, in table order.
_BOX_KIND_SEARCHES = tuple((kind, literal_search(stems).search) for kind, stems in rules.CTA_BOX_STEMS)
#: The donation stems alone.
_DONATE_STEM = dict(_BOX_KIND_SEARCHES)["donate"]
#: The words of a link target's path.
_path_words = re.compile(r"[a-z0-9]+").findall
