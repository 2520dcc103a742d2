"""One CTA per widget, and rows that ask nothing (the region pass's last CTA step, used by
``regions.py``).

- A CTA found by its words alone on a *prompt* — a heading or blurb holding no link, form,
  field or button ("Subscribe", "smava.de Newsletter", "Get the latest articles delivered
  to your inbox") — is the title of a widget whose action stands beside it: the smallest
  ancestor (``PROMPT_WIDGET_CLIMB`` levels up at most, outside the article's text) that holds an
  action and is still a box's size is the CTA. The other CTAs found inside that box (its
  form, its link row) are parts of the same widget: one item.
- A page's legal row is no call to action: a box whose links all name legal pages
  (privacy, imprint, terms, "Do not sell or share my personal information") or whose
  text outside links is a copyright line, holding no form (a footer's "© 2025 X | Contact |
  Website feedback", "Datenschutz | Kontakt / Impressum"). A bar of social links keeps its
  place (a follow bar beside the copyright line is a follow bar).

Works on the found CTAs and their ancestors only (no walk of the page).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from itertools import islice
from urllib.parse import urlsplit

from lxml import etree

from ..model import CallToAction
from . import ctas
from .chrome import Found
from .chrome_guards import outer_wrapper
from .chrome_util import norm, tag_of, text_content, text_stats, words
from .comment_sections import text_outside_links
from .cta_boxes import box_kind_of, url_kind
from .element_hints import HEADINGS
from .linklists import larger_than
from .rules import regions as rules
from .rules import widgets as widget_rules
from .rules.chrome_patterns import literal_search
from .rules.cta_forms import NEWSLETTER_STEMS

#: Elements that are an action of a widget (its button, field, form or a link).
_ACTIONS = ("a", "form", "input", "button", "textarea", "select", "iframe")
#: Kinds found by structure (a bar of networks, a comment section or its counter), never a
#: prompt of a box, nor merged into one.
_APART = frozenset({"share", "follow", "comments"})
#: Sign-ups that a comment section holds as its own parts ("Notify me of new replies").
_SIGN_UPS = frozenset({"newsletter", "subscribe"})
#: Never a widget around a prompt: the page's regions and the article's own containers.
_NEVER_WIDGET = frozenset({
    "html", "body", "main", "article", "header", "footer", "aside", "nav", "blockquote",
    "figure", "td", "tr", "table", "tbody", "ul", "ol", "dl", "form",
})


def one_per_widget(found: Sequence[Found], body_line: Collection[etree._Element], base: str | None) -> list[Found]:
    """``found`` with each prompt-only CTA grown to its widget (the CTAs inside it merged in)
    and without the legal rows (module doc). ``body_line``: the article's containers and
    their ancestors (a widget never takes in the article)."""
    cta_els = {f.element: f for f in found if isinstance(f.item, CallToAction)}
    if not cta_els:
        return list(found)
    # (an ad slot, a related block or a bar of networks inside: two widgets, none grows)
    others = {f.element for f in found if not isinstance(f.item, CallToAction) or f.item.kind in _APART}
    grown: dict[int, etree._Element] = {}
    for el, f in cta_els.items():
        if f.item.kind not in _APART and _prompt_only(el):
            box = _widget(el, body_line, others)
            if box is not None and cta_els.keys().isdisjoint(box.iterancestors()) \
                    and others.isdisjoint(box.iter()):
                grown[id(f)] = box
    boxes = set(grown.values())
    # (two prompts of one widget grown to nested boxes: the outer one is the widget)
    grown = {k: b for k, b in grown.items() if boxes.isdisjoint(b.iterancestors())}
    boxes = set(grown.values())
    threads = [e for e, f in cta_els.items() if f.item.kind == "comments"]
    parts = {id(f) for e, f in cta_els.items()
             if f.item.kind in _SIGN_UPS and _comment_part(grown.get(id(f), e), threads)} if threads else set()
    out: list[Found] = []
    done: set[etree._Element] = set()
    for f in found:
        item = f.item
        if not isinstance(item, CallToAction):
            out.append(f)
            continue
        if id(f) in parts:
            continue  # (a part of a comment section's widget)
        box = grown.get(id(f))
        if box is None:
            if boxes and not boxes.isdisjoint(f.element.iterancestors()):
                continue  # a part of a widget another CTA grew to
            if _overlay_comments(f.element, item.kind):
                continue
            if item.kind in _SIGN_UPS and _account_part(f.element):
                continue
            # (a row of links is small: a large box is none, found out in C)
            if not larger_than(f.element, widget_rules.MAX_ROW_ELEMENTS) and (
                    _legal_row(f.element, item.kind) or _menu_item(f.element, item.kind, body_line)):
                continue
            out.append(f)
            continue
        if box in done:
            continue
        done.add(box)
        kind = item.kind
        if kind in _SIGN_UPS and _account_part(box):
            continue  # an account step's box ("Forgot your password? Enter your e-mail address")
        if any(g.item.kind == "newsletter" for e, g in cta_els.items() if e is not f.element and box in e.iterancestors()):
            kind = "newsletter"  # (its form asks for an e-mail address)
        new = ctas.build_cta(box, kind, base)
        item.kind, item.text, item.url = new.kind, new.text or item.text, new.url or item.url
        out.append(Found(box, item))
    return out


def _account_part(el: etree._Element) -> bool:
    """``el`` holds or stands in a form of an account step (register, log in, recover a
    password: ``ctas.account_step``): its e-mail field and prompt sign no one up."""
    if any(ctas.account_step(form.get("action")) for form in el.iter("form")):
        return True
    # (a bare prompt beside the form, naming no newsletter: the form of its box, one or two
    # levels up; a link beside a log-in form, "Subscribe", is a call of its own)
    beside = _prompt_only(el) and not any(
        w.startswith(NEWSLETTER_STEMS) for w in words(norm(text_content(el)).lower()))
    for depth, anc in enumerate(islice(el.iterancestors(), widget_rules.PROMPT_WIDGET_CLIMB)):
        if anc.tag == "form":
            return ctas.account_step(anc.get("action"))
        if beside and depth < 2 and tag_of(anc) not in _NEVER_WIDGET and not larger_than(
                anc, rules.MAX_BOX_ELEMENTS) and any(
                ctas.account_step(form.get("action")) for form in anc.iter("form")):
            return True
    return False


def _prompt_only(el: etree._Element) -> bool:
    """A short text with no action of its own (a heading, a blurb, a label): phrasing
    inside at most, no blocks (a box of blocks whose form a script fills is its own widget)."""
    if tag_of(el) in _ACTIONS or next(el.iter(*_ACTIONS), None) is not None:
        return False
    if any(isinstance(c.tag, str) and tag_of(c) not in _PHRASING for c in el.iterdescendants()):
        return False
    n = len(norm(text_content(el)))
    return 2 <= n <= widget_rules.MAX_WIDGET_PROMPT


def _widget(el: etree._Element, body_line: Collection[etree._Element],
            others: Collection[etree._Element]) -> etree._Element | None:
    """The box the prompt ``el`` titles: its first ancestor holding more than the prompt
    (wrappers of the prompt alone are climbed), when that box holds an action and is a
    box's size. A box holding no action (its form filled by a script) is the prompt's own:
    none is looked for further up (a sidebar's other widgets are no part of it)."""
    node = el
    for parent in islice(el.iterancestors(), widget_rules.PROMPT_WIDGET_CLIMB):
        if tag_of(parent) in _NEVER_WIDGET or parent in body_line or parent in others:
            return None
        if tag_of(parent) in ("a", "button"):
            return parent  # (the label of a link or button: the link is the widget)
        if sum(1 for c in parent if isinstance(c.tag, str) and tag_of(c) not in _NOT_CONTENT) <= 1 \
                and not norm(parent.text) and not norm(node.tail):
            node = parent  # (a wrapper of the prompt alone)
            continue
        if next(parent.iter(*_ACTIONS), None) is None:
            return None
        stats = text_stats(parent, max_elements=rules.MAX_BOX_ELEMENTS)
        if stats.truncated or stats.chars > rules.MAX_BOX_TEXT or stats.links > rules.MAX_BOX_LINKS:
            return None
        if any(h is not el and el not in h.iterancestors() for h in parent.iter(*HEADINGS)):
            return None  # (a second heading: a column of several parts, an address above)
        return outer_wrapper(parent, lambda x: tag_of(x) in _NEVER_WIDGET or x in body_line or x in others)
    return None


_PHRASING = frozenset({
    "span", "strong", "b", "em", "i", "u", "small", "br", "sup", "sub", "abbr", "mark", "font", "img", "svg",
    "path", "use", "g", "circle", "rect", "picture", "source",
})
_NOT_CONTENT = frozenset({"script", "style", "noscript", "template", "br"})


def _comment_part(el: etree._Element, threads: Sequence[etree._Element]) -> bool:
    """``el`` stands in a comment section (an ancestor named so, ``COMMENT_PART_CLIMB``
    levels up at most) that holds a comments CTA: a part of that widget (its "Notify me of
    replies" subscription, its e-mail field), no sign-up of its own."""
    if not threads:
        return False
    for node in islice(el.iterancestors(), widget_rules.COMMENT_PART_CLIMB):
        if tag_of(node) in _NEVER_WIDGET:
            return False
        if _comment_section(node):
            return any(t is node or node in t.iterancestors() or t in node.iterancestors() for t in threads)
    return False


def _menu_item(el: etree._Element, kind: str, body_line: Collection[etree._Element]) -> bool:
    """``el`` is one plain link of a list of plain links ("Advertising | Client Library |
    Newsletter signup", paragraphs or buttons of one link each): the entry holding it (the
    link and its wrappers holding that link alone, a few levels up) has
    ``MIN_MENU_SIBLINGS`` or more siblings of its tag, each one short link whose label
    and URL name no CTA kind, outside the article's text. A pair of buttons ("Sign in |
    Subscribe") is no menu, nor links in a sentence."""
    if kind not in rules.MENU_ENTRY_KINDS:
        return False
    entry = el
    for step in range(widget_rules.MENU_ITEM_CLIMB + 1):
        if step:
            parent = entry.getparent()
            if parent is None or tag_of(parent) in _NEVER_WIDGET or _n_links(parent, 2) != 1:
                break
            entry = parent
        elif _n_links(entry, 2) != 1:
            return False
        parent = entry.getparent()
        if parent is None or any(a in body_line and tag_of(a) not in ("html", "body")
                                 for a in islice(entry.iterancestors(), widget_rules.MENU_ITEM_CLIMB)):
            return False  # (links in or beside the article's text, a listicle's buttons: no menu)
        if len(parent) < widget_rules.MIN_MENU_SIBLINGS + 1:
            continue
        if len(norm(text_content(entry))) > rules.MAX_MENU_BUTTON_TEXT:
            return False
        tag, plain = entry.tag, 0
        own = next((a.get("href") or "" for a in entry.iter("a") if a.get("href")), "")
        for sib in parent:
            if sib is entry or sib.tag != tag:
                continue
            links = [a for a in islice(sib.iter("a"), 2) if a.get("href")]
            if len(links) != 1:
                continue
            label = norm(text_content(sib)).lower()
            href = links[0].get("href") or ""
            if not label or len(label) > rules.MAX_MENU_BUTTON_TEXT or box_kind_of(label) \
                    or url_kind(href) or not _same_site(href, own):
                continue  # (a CTA, a phone number, a profile elsewhere: a row of actions)
            plain += 1
        if plain >= widget_rules.MIN_MENU_SIBLINGS:
            # (links in a sentence, a bio with its links: no list of links; read last, it
            # costs, and a list's wider levels hold this text too, so none of them passes)
            return len(norm(text_outside_links(parent))) <= widget_rules.MAX_MENU_LOOSE
    return False


def _same_site(href: str, own: str) -> bool:
    """``href`` is a page of the site ``own`` (a link) points into: a relative link, or
    one to the same host."""
    host = urlsplit(href).netloc
    if not host:
        return not href.startswith(("tel:", "mailto:", "javascript:", "#"))
    return host == urlsplit(own).netloc


def _n_links(el: etree._Element, limit: int) -> int:
    return sum(1 for a in islice(el.iter("a"), limit) if a.get("href"))


def _overlay_comments(el: etree._Element, kind: str) -> bool:
    """A comment box inside a page-level overlay the page hides (a child of ``<body>`` with
    an inline ``display: none``: a photo viewer's own comments, a lightbox): no comment
    section of the article."""
    if kind != "comments":
        return False
    for node in islice(el.iterancestors(), widget_rules.OVERLAY_CLIMB):
        parent = node.getparent()
        if parent is None:
            return False
        if tag_of(parent) == "body":
            return _HIDDEN_STYLE.search(node.get("style") or "") is not None
    return False


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none")


def _comment_section(el: etree._Element) -> bool:
    """A class or id naming a comment section (its words, not a counter's or a link's)."""
    for name in f"{el.get('class') or ''} {el.get('id') or ''}".split():
        ws = set(words(name))
        if ws & rules.COMMENT_SECTION_WORDS and not ws & rules.COMMENT_NOT_SECTION_WORDS:
            return True
    return False


def _legal_row(el: etree._Element, kind: str) -> bool:
    """A row of legal links or a copyright line, holding no form (module doc)."""
    text = norm(text_content(el))
    if len(text) > widget_rules.MAX_LEGAL_ROW:
        return False
    lowered = text.lower()
    # (a legal label or a copyright mark is a piece of the row's text: a text holding no
    # stem nor mark, most CTAs, is ruled out by one search before any walk)
    if _LEGAL_OR_MARK(lowered) is None:
        return False
    if next(el.iter("form", "input", "textarea"), None) is not None:
        return False
    links = [a for a in islice(el.iter("a"), rules.MAX_BOX_LINKS + 1) if a.get("href")]
    if not links or len(links) > rules.MAX_BOX_LINKS:
        return False
    if kind in ("share", "follow") and any(ctas.share_or_follow(a.get("href") or "") for a in links):
        return False  # a bar of networks (with the copyright line beside it)
    loose = None  # (the text outside the links, read only when needed: it costs)
    if all(legal_label(norm(text_content(a)).lower()) for a in links):
        loose = norm(text_outside_links(el)).lower()
        if len(loose) <= widget_rules.MAX_LEGAL_LOOSE:
            return True  # (a sign-up's consent line, "I agree to the Privacy Policy", is more)
    if not any(w in lowered for w in widget_rules.COPYRIGHT_MARKS):
        return False  # (none in the whole text: none outside its links)
    if loose is None:
        loose = norm(text_outside_links(el)).lower()
    return bool(loose) and any(w in loose for w in widget_rules.COPYRIGHT_MARKS)


def legal_label(label: str) -> bool:
    """A link label naming a legal page: a stem of several words anywhere, a one-word stem
    opening a word ("AGB", not "Tagblatt")."""
    return bool(label) and _LEGAL_SEARCH(label) is not None


_LEGAL_SEARCH = re.compile("|".join(
    re.escape(s) if " " in s else r"\b" + re.escape(s) for s in widget_rules.LEGAL_LINK_STEMS)).search
#: Any legal stem (unanchored) or copyright mark: every row ``_legal_row`` keeps holds one
#: in its lower-cased text.
_LEGAL_OR_MARK = literal_search(widget_rules.LEGAL_LINK_STEMS + widget_rules.COPYRIGHT_MARKS).search
