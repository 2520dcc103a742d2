"""Links of an author's box: no call to action of the page.

A byline's tooltip, an "about the author" box or a list of a story's authors holds the
author's name (a link to the author's page or profile), often a picture and a short bio,
and around them links the CTA steps read as asks: the bio's "Read more" expander, "More
about <name>", the site's editorial-policy link classed "learn more", the author's own
profiles (LinkedIn, Instagram) read as a follow bar. They speak of the author, not for the
page: the gold leaves author bios out (x413, x493).

Told apart by structure first: the CTA stands in a box (the CTA's element or one of its
``AUTHOR_CLIMB`` nearest ancestors, ``MAX_AUTHOR_BOX`` characters at most, never the page's
own header, footer or menus) that holds a link naming the author: by the page's author
names (metadata), by ``rel``/``itemprop`` "author", or leading to an author's page of the
site (``/author/jane-doe``); and the box is an author's box by the author's picture beside
a short bio, or by a byline or bio word in its names or those between it and the CTA or
the name link (``rules/author_boxes.py``; the words are extra evidence, matched as words of
a token). A follow CTA stays when it asks in words (a "Follow" button or link, a prompt of
its own: "Follow Author", "Dann folge uns auf:"; the gold labels these, and leaves bare
profile icons of a bio out or ``amb``), and when all its profiles are the site's own (the
handles of a follow bar found outside any author's box) in a box with no bio (a byline row
repeating the site's icons).

Runs once per page on the CTAs found, and only when a "Read more" or follow CTA is among them
(a handful): a climb of a few levels from each and a walk of the small boxes met.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice
from urllib.parse import urlsplit

from lxml import etree

from ..model import CallToAction
from .chrome import Found
from .chrome_text import classify_short
from .chrome_util import class_or_id_named, norm, tag_of, text_content, visible_text, words
from .ctas import share_or_follow
from .linklists import host_of
from .rules import author_boxes as rules

#: Never an author's box: the page, the article.
_NEVER = frozenset({"html", "body", "main", "article"})
#: Elements holding the article: a header or footer inside one is the story's.
_CONTENT = ("main", "article")
#: A path segment of an author's page and the segment after it (a lower-cased address).
_AUTHOR_PATH = re.compile(r"/(?:" + "|".join(sorted(rules.AUTHOR_PATH_WORDS)) + r")/[^/?#]").search
#: A name ends at the end of the link's words or at a character that is no letter or digit.
_NAME_END = re.compile(r"[\w]")


def without_author_asks(found: list[Found], authors: Sequence[str], base: str | None) -> list[Found]:
    """``found`` less the "Read more" and follow CTAs that are links of an author's box
    (module doc). ``authors``: the page's author names (metadata); ``base``: its address."""
    asks = [f for f in found if type(f.item) is CallToAction and f.item.kind in rules.ASK_KINDS]
    if not asks:
        return found
    page = _Boxes(authors, base)
    site: set[str] | None = None
    gone: set[int] = set()
    for f in asks:
        if _in_page_chrome(f.element):
            continue  # (most follow bars: the header's, the footer's)
        follow = f.item.kind == "follow"
        if follow:
            profiles = _profiles(f.element)
            if not profiles or _asks_in_words(f.element):
                continue  # (a "Follow" button, a prompt of its own: an ask to follow, labelled so)
        box = page.box_of(f.element)
        if box is None:
            continue
        if follow:
            if site is None:
                site = set().union(*(_profiles(g.element) for g in asks
                                     if g.item.kind == "follow" and page.box_of(g.element) is None))
            if profiles <= site and not _bio(box, f.element):
                continue  # (the site's own icons in a byline row)
        gone.add(id(f))
    if not gone:
        return found
    return [f for f in found if id(f) not in gone]


class _Boxes:
    """The author's boxes of one page: its author names and host, and what was read of its
    links and CTAs (a link is met again at each level climbed)."""

    def __init__(self, authors: Sequence[str], base: str | None) -> None:
        self.names = tuple(n for n in (norm(a).casefold() for a in authors) if n)
        self.host = host_of(base or "")
        self._naming: dict[etree._Element, bool] = {}
        self._boxes: dict[etree._Element, etree._Element | None] = {}

    def box_of(self, el: etree._Element) -> etree._Element | None:
        """The author's box ``el`` stands in (``el`` or one of its nearest ancestors), or None.
        Nothing in a menu or in the page's own header or footer is (the site's logo and name)."""
        if el not in self._boxes:
            self._boxes[el] = self._climb(el)
        return self._boxes[el]

    def _climb(self, el: etree._Element) -> etree._Element | None:
        if _in_page_chrome(el) or _page_chrome(el):
            return None
        path: list[etree._Element] = []  # (el and the ancestors small enough for a box)
        node: etree._Element | None = el
        for _ in range(rules.AUTHOR_CLIMB + 1):
            if node is None or tag_of(node) in _NEVER:
                break
            if next(islice(node.iter(), rules.MAX_BOX_NODES, None), None) is not None:
                break  # (a column or the page around the box: never read whole)
            text = text_content(node)
            if len(text) > rules.MAX_AUTHOR_BOX and len(norm(text)) > rules.MAX_AUTHOR_BOX:
                break  # (the column or the article around the box)
            path.append(node)
            node = node.getparent()
        if not path:
            return None
        # (the links naming the author, read once in the largest box, each at the lowest
        # level of the climb that holds it)
        level = {n: i for i, n in enumerate(path)}
        named: list[tuple[int, etree._Element]] = [(i, n) for i, n in enumerate(path) if _prop(n)]
        for a in path[-1].iter("a"):
            if self._names(a):
                x: etree._Element | None = a
                while x is not None and x not in level:
                    x = x.getparent()
                if x is not None:
                    named.append((level[x], a))
        if not named:
            return None
        for i, box in enumerate(path):
            links = [a for at, a in named if at <= i]
            if links and (_marked(el, box) or any(_marked(a, box) for a in links) or self._portrait(box, el)):
                return box
        return None

    def _names(self, a: etree._Element) -> bool:
        """The link ``a`` names the author: marked ``rel``/``itemprop`` "author", leading to an
        author's page of the site, or saying (or picturing) one of the page's author names."""
        said = self._naming.get(a)
        if said is None:
            href = a.get("href")
            said = self._naming[a] = bool(href) and (_prop(a) or _author_page(href, self.host) or bool(
                self.names) and _says_name(a, self.names))
        return said

    def _portrait(self, box: etree._Element, el: etree._Element) -> bool:
        """``box`` shows the author's picture (its text names the author, or it stands in a
        link to the author's page) beside a short bio (``_bio``)."""
        for img in box.iter("img"):
            alt = img.get("alt")
            if alt and any(n in norm(alt).casefold() for n in self.names):
                break
            link = next(img.iterancestors("a"), None)
            if link is not None and (_prop(link) or _author_page(link.get("href") or "", self.host)):
                break
        else:
            return False
        return _bio(box, el)


def _in_page_chrome(el: etree._Element) -> bool:
    """``el`` stands in a menu, or in the page's header or footer (one outside the article)."""
    for a in el.iterancestors("nav", "header", "footer"):
        if a.tag == "nav" or next(a.iterancestors(*_CONTENT), None) is None:
            return True
    return False


def _page_chrome(node: etree._Element) -> bool:
    """``node`` is a menu, or the page's header or footer (one outside the article)."""
    tag = tag_of(node)
    if tag == "nav":
        return True
    return tag in ("header", "footer") and not any(tag_of(a) in _CONTENT for a in node.iterancestors())


def _prop(el: etree._Element) -> bool:
    """``el``'s ``rel`` or ``itemprop`` names the author."""
    rel, prop = el.get("rel"), el.get("itemprop")
    if not rel and not prop:
        return False
    return not rules.AUTHOR_PROPS.isdisjoint(f"{rel or ''} {prop or ''}".lower().split())


def _author_page(href: str, host: str) -> bool:
    """``href`` leads to an author's page of the site (``host``): a path segment of
    ``AUTHOR_PATH_WORDS`` followed by one more segment (the person's). (A profile on a network
    or a directory, ``/in/jane``, ``/profile/acme``, is another site's page.)"""
    if _AUTHOR_PATH(href.lower()) is None:
        return False
    netloc = urlsplit(href.strip()).netloc
    return not netloc or netloc.lower().removeprefix("www.") == host


def _says_name(a: etree._Element, names: tuple[str, ...]) -> bool:
    """The link's words open with an author's name ("Joakim Edin Research & Development"), or
    its title or picture's text is the name. A link to the site's home is its logo or name
    (an author named as the site)."""
    text = norm(text_content(a)).casefold()
    for name in names:
        if text.startswith(name):
            if _path(a.get("href") or "") in ("", "/"):
                return False
            if not _NAME_END.match(text[len(name):len(name) + 1]):
                return True
            # (the name's and the role's boxes glued in the text: "CortiAI platform")
            shown = visible_text(a, rules.MAX_AUTHOR_BOX).casefold()
            if not _NAME_END.match(shown[len(name):len(name) + 1]):
                return True
    title = a.get("title")
    if not title and not len(a):
        return False
    labels = [title] + [img.get("alt") for img in islice(a.iter("img"), 2)]
    if not any(label and norm(label).casefold() in names for label in labels):
        return False
    return _path(a.get("href") or "") not in ("", "/")


def _path(href: str) -> str:
    """The path of an address, without its query and fragment ("" for "#top")."""
    h = href.strip()
    if "//" in h[:8]:
        h = h.split("//", 1)[1]
        h = h[h.find("/"):] if "/" in h else ""
    return h.split("?", 1)[0].split("#", 1)[0]


def _marked(el: etree._Element, box: etree._Element) -> bool:
    """``box``, ``el`` (the CTA, or the link naming the author) or an element between them is
    named as a byline or an author's box (class, id or a page's own tag name:
    ``<contrib-full-bio>``)."""
    node: etree._Element | None = el
    while node is not None:
        if class_or_id_named(node, rules.AUTHOR_WORDS) or "-" in tag_of(node) and not rules.AUTHOR_WORDS.isdisjoint(
                words(tag_of(node))):
            return True
        if node is box:
            return False
        node = node.getparent()
    return False


def _bio(box: etree._Element, el: etree._Element) -> bool:
    """``box`` holds ``MIN_BIO_CHARS`` of text outside its links and outside the CTA ``el``
    (a bio, a role line; a prompt of the CTA's own is none)."""
    return _own_chars(box) - (_own_chars(el) if el is not box else 0) >= rules.MIN_BIO_CHARS


def _own_chars(el: etree._Element) -> int:
    """Characters of ``el``'s text outside its links."""
    return len(norm(text_content(el))) - sum(len(norm(text_content(a))) for a in el.iter("a"))


def _asks_in_words(el: etree._Element) -> bool:
    """The follow CTA ``el`` asks in words: a prompt of its own beside its links ("Dann folge
    uns auf:", "Follow me"), or a link or button saying an ask ("follow", "Folgen")."""
    own = norm(text_content(el))
    for a in el.iter("a"):
        label = norm(text_content(a))
        if label:
            own = own.replace(label, " ", 1)
    own = norm(own)
    if len(own) >= rules.MIN_PROMPT_CHARS or own and _says_ask(own):
        return True
    return any(_says_ask(norm(text_content(node))) for node in el.iter("a", "button"))


def _says_ask(text: str) -> bool:
    """``text`` is a short label of an ask ("Follow", "Suivre", "Follow me")."""
    if not text or len(text) > rules.MAX_ASK_CHARS:
        return False
    found = classify_short(text)
    return found is not None and found[0] == "cta"


def _profiles(el: etree._Element) -> set[str]:
    """The profile handles ``el`` links (network host and path, lower case)."""
    out: set[str] = set()
    for a in el.iter("a"):
        href = a.get("href")
        if href and share_or_follow(href) == "follow":
            out.add(_handle(href))
    return out


def _handle(href: str) -> str:
    """A profile link's network and path, the way two bars of one site write it alike."""
    h = href.strip().lower()
    h = h.split("//", 1)[1] if "//" in h[:8] else h
    h = h.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    host, _, path = h.partition("/")
    host = host.removeprefix("www.").removeprefix("m.")
    return f"{rules.HOST_ALIASES.get(host, host)}/{path}"
