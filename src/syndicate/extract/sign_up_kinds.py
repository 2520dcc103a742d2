"""``subscribe`` or ``newsletter``: what a "Subscribe" widget signs the reader up to.

The rules that find CTAs name a widget ``subscribe`` by its word ("Subscribe", "Abonnieren",
"Suscríbete", a ``subscribe`` class) — and the word says neither a paid subscription nor an
e-mail list. Once every CTA of the page is found, each ``subscribe`` is settled by evidence
(``rules/paid_offers``):

1. a region too big to be one widget, a log-in box (a password field), a feed or a video
   channel keeps its kind;
2. a paid offer in the widget — a price, "paid", a paywall box — keeps it ``subscribe``;
3. an e-mail sign-up in the widget — an e-mail field, a form or link of a mailing platform,
   a newsletter target or newsletter words — makes it ``newsletter``;
4. offer words (plan, trial, Abo, membership...) or a target in a shop/offers/checkout path
   keep it ``subscribe``;
5. a heading's box, or the dialog a button opens, holding an e-mail sign-up makes it
   ``newsletter``;
6. a bare "Subscribe" stays ``subscribe`` unless nothing on the page sells (no widget of
   steps 2 and 4) and the page's e-mail sign-up posts to the newsletter platform the site is
   hosted on (Substack, Ghost, WordPress.com): then ``newsletter``. (A news site's bare
   "Subscribe" beside a Mailchimp list is left alone.)

Only pages with a ``subscribe`` CTA pay for it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from itertools import islice

from lxml import etree

from ..memo import memo
from ..model import CallToAction
from .chrome_util import tag_of, text_content, text_stats, words
from .classtokens import ClassMatcher
from .linklists import on_site
from .rules import paid_offers as R

_PAYWALL = ClassMatcher(word=R.PAYWALL_CLASS_WORDS)
_MAILING_CLASS = ClassMatcher(word=R.MAILING_CLASS_WORDS)
_WORD = re.compile(r"\w+")
#: A heading's box is its widget: its neighbourhood is read (a form under "Subscribe").
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "legend"})

PAID, MAILING, KEEP = "paid", "mailing", "keep"
#: The ids in a box (one walk in C).
_IDS = etree.XPath("descendant-or-self::*/@id")


def settle_sign_up_kinds(found: Sequence[object], root: etree._Element) -> None:
    """Give every ``subscribe`` CTA of ``found`` (chrome ``Found`` items) the kind its evidence
    says, ``subscribe`` or ``newsletter`` (in place)."""
    widgets = [f for f in found if type(f.item) is CallToAction and f.item.kind == "subscribe"]  # type: ignore[attr-defined]
    if not widgets:
        return
    bare = []
    page_sells = False
    for f in widgets:
        el = f.report if f.report is not None else f.element  # type: ignore[attr-defined]
        said = widget_evidence(el, f.item.url)  # type: ignore[attr-defined]
        if said == MAILING:
            f.item.kind = "newsletter"  # type: ignore[attr-defined]
        elif said == PAID:
            page_sells = True
        elif said is None:
            bare.append(f)
    if not bare or page_sells:
        return
    if any(_platform_sign_up(f) for f in found if type(f.item) is CallToAction and f.item.kind == "newsletter"):  # type: ignore[attr-defined]
        for f in bare:  # (the page's e-mail sign-up is a mailing platform's, and nothing sells)
            f.item.kind = "newsletter"  # type: ignore[attr-defined]


def _platform_sign_up(f: object) -> bool:
    """``f`` (a chrome ``Found`` newsletter CTA) holds a form posting to the sign-up of the
    newsletter platform the site is hosted on (Substack's "/api/v1/free", Ghost's portal,
    WordPress.com's): the publication is a newsletter. (A form posting to a mailing service,
    Mailchimp's, says only that the site also keeps a list.)"""
    el = f.report if f.report is not None else f.element  # type: ignore[attr-defined]
    return any(any(p in (form.get("action") or "").lower() for p in R.MAILING_PATHS)
               for form in islice(el.iter("form"), 3))


class _Scan:
    """One pass over a widget's first ``MAX_WIDGET_NODES`` elements: its links and form
    actions, and whether it holds a password field, an e-mail field, a mailing form."""

    __slots__ = ("targets", "password", "email", "mailing", "whole")

    def __init__(self, box: etree._Element) -> None:
        self.targets: list[str] = []
        self.password = self.email = self.mailing = False
        self.whole = sum(1 for _ in islice(box.iter(), R.MAX_WIDGET_NODES + 1)) <= R.MAX_WIDGET_NODES
        if not self.whole:
            return
        # (the lxml walks filter by tag in C: only links, forms, fields and boxes reach Python)
        for node in box.iter("a", "form"):
            target = node.get("href" if node.tag == "a" else "action")
            if target and len(self.targets) < 10:
                self.targets.append(target)
            if node.tag == "form" and target and _mailing_target(target):
                self.mailing = True
        for node in box.iter("input"):
            kind = (node.get("type") or "").lower()
            if kind == "password":
                self.password = True
            elif kind == "email" or "mail" in (node.get("name") or "").lower():
                self.email = True
        if not self.mailing:  # (a platform's form or its mount, named by its class or id)
            self.mailing = any(_MAILING_CLASS.search(node.get("class")) for node in box.iter("form")) or any(
                _MAILING_CLASS.search(str(name)) for name in _IDS(box))

    def sign_up(self) -> bool:
        """A mailing form, or an e-mail field without a password."""
        return self.mailing or (self.email and not self.password)


def widget_evidence(el: etree._Element, url: str | None) -> str | None:
    """``PAID`` or ``MAILING`` as the widget ``el`` (its CTA target ``url``) says, ``KEEP``
    when it is another thing (a log-in box, a feed, a region too big to be one widget), else
    None."""
    scan = _Scan(el)
    if not scan.whole:
        return KEEP  # (a region, not a sign-up widget: its kind is left as found)
    text = text_content(el)
    if R.PRICE.search(text) or _in_paywall(el):
        return PAID
    if scan.password:
        return KEEP  # (a log-in box: it signs in, neither a plan nor an e-mail list)
    targets = ([url] if url else []) + scan.targets
    if any(_other_channel(t) for t in targets[:2]):
        return KEEP  # (a feed, a video channel: neither a plan nor an e-mail list)
    names = _folded_words(text)
    if scan.sign_up() or any(_mailing_target(t) for t in targets) or _says_newsletter(names):
        return MAILING
    if _says(names, R.OFFER_WORDS, R.OFFER_PAIRS, R.OFFER_STEMS) or any(paid_target(t) for t in targets):
        return PAID
    if _mailing_structure(el):
        return MAILING
    return None


def _in_paywall(el: etree._Element) -> bool:
    node: etree._Element | None = el
    for _ in range(R.PAYWALL_CLIMB):
        if node is None:
            return False
        if _PAYWALL.search(node.get("class")) or _PAYWALL.search(node.get("id")):
            return True
        node = node.getparent()
    return False


def _mailing_structure(el: etree._Element) -> bool:
    """An e-mail field (no password) or a mailing platform's form in ``el``, in its small
    neighbourhood (a heading's box) or in the dialog it opens."""
    for box in _neighbourhood(el):
        if box is not el:
            scan = _Scan(box)
            if scan.whole and (scan.sign_up() or any(_mailing_target(t) for t in scan.targets)):
                return True
    return False


def _neighbourhood(el: etree._Element) -> Iterable[etree._Element]:
    yield el
    for attr in R.OPENER_ATTRS:
        target = el.get(attr) or next((n.get(attr) for n in islice(el.iter(), 1, 6) if n.get(attr)), None)
        if target:
            name = target.lstrip("#")
            if name and name.replace("-", "").replace("_", "").isalnum():
                hit = el.getroottree().getroot().xpath("//*[@id=$n]", n=name)
                if hit:
                    yield hit[0]
            break
    node = el
    if tag_of(el) not in _HEADING_TAGS:
        return  # (a box or a button of its own: its neighbours are other widgets)
    for _ in range(R.NEIGHBOUR_CLIMB):
        parent = node.getparent()
        if parent is None or tag_of(parent) in ("body", "html", "main", "article", "header", "footer", "nav"):
            return
        stats = text_stats(parent, max_elements=R.NEIGHBOUR_MAX_ELEMENTS)
        if stats.truncated or stats.chars > R.NEIGHBOUR_MAX_CHARS:
            return
        yield parent
        node = parent


@memo(4096)
def _platform_target(href: str) -> bool:
    """A link or form action to a mailing platform (``rules.MAILING_HOSTS``/``MAILING_PATHS``)."""
    low = href.lower()
    host = _host(low)
    if on_site(host, R.MAILING_HOSTS):
        return True
    return any(p in low for p in R.MAILING_PATHS)


@memo(4096)
def _mailing_target(href: str) -> bool:
    """A link or form action to a mailing platform, or to a newsletter page ("/newsletter",
    "/join-our-mailing-list/", "ps-newsletters-signup")."""
    if _platform_target(href):
        return True
    return _says_newsletter(words(href.lower().split("?", 1)[0]))


@memo(4096)
def _other_channel(href: str) -> bool:
    """A link to a feed ("/feed/", "/feeds/.../comments/default", "rss") or to a video or
    news channel ("youtube.com", "news.google.com"): another way of following the site."""
    low = href.lower()
    host = _host(low)
    if on_site(host, R.CHANNEL_HOSTS):
        return True
    return any(n in R.FEED_PATH_WORDS for n in words(low.split("?", 1)[0]))


@memo(8192)
def paid_target(href: str) -> bool:
    """A link to a shop, an offers/plans/checkout page or a subscription ("abo.site.de",
    "/subscription/", "/service/abo-angebote/"), and to no newsletter page."""
    low = href.lower()
    if not ("/" in low or "." in low):
        return False
    host = _host(low)
    if host and host.split(".", 1)[0] in R.PAID_HOST_LABELS and host.count(".") >= 2:
        return True
    start = low.find("/", low.find("//") + 2) if "//" in low else 0
    path = low[start:].split("?", 1)[0].split("#", 1)[0] if start >= 0 else ""
    names = words(path)
    if "app" in names or "apps" in names:
        return False  # (an app store's page)
    if not any(n in R.PAID_PATH_WORDS or n.startswith(R.PAID_PATH_STEMS) for n in names):
        return False
    return not _says_newsletter(names) and "blog" not in names


def _host(low: str) -> str:
    if low.startswith("//"):
        rest = low[2:]
    elif low.startswith(("http://", "https://")):
        rest = low.split("//", 1)[1]
    else:
        return ""
    return rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0].split(":", 1)[0]


def _folded_words(text: str) -> tuple[str, ...]:
    """The words of ``text``, case-folded, accents dropped ("S’abonner dès" -> s, abonner, des)."""
    if text.isascii():
        return tuple(_WORD.findall(text.lower()))
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return tuple(_WORD.findall(folded))


def _says_newsletter(names: Sequence[str]) -> bool:
    """``names`` (words in order) name a newsletter (a word or a pair of words)."""
    return _says(names, R.NEWSLETTER_WORDS, R.NEWSLETTER_PAIRS, ())


def _says(names: Sequence[str], whole: frozenset[str], pairs: frozenset[tuple[str, str]], stems: tuple[str, ...]) -> bool:
    if any(n in whole for n in names):
        return True
    if stems and any(n.startswith(stems) for n in names):
        return True
    return any(p in pairs for p in zip(names, names[1:], strict=False))
