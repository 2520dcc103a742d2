"""Calls to action: newsletter signups, comment prompts, subscribe/paywall prompts, share and
follow bars, donate, app download, "read more" / "continue reading" links.

Found three ways during the chrome pass (``extract/chrome.py``):

- by class/id (``rules/chrome_patterns.CTA_CLASSES``): a newsletter box, a paywall prompt, a
  share bar... when the element holds little text;
- by the visible text of a short element or link (``rules/phrases.CTA_PHRASES``): "Tell us
  your opinion in the comments.", "Read more", "Subscribe now";
- by the links themselves: a run of share links (``SHARE_HREF``) or of links to the
  publisher's social profiles (``FOLLOW_HREF``) is a share or follow bar; a form asking for
  an e-mail address is a newsletter signup.
"""

from __future__ import annotations

import re
from itertools import islice

from lxml import etree

from ..memo import memo
from ..model import CallToAction
from ..sanitize import netloc_end, safe_url
from .bar_kinds import bar_kind
from .chrome_util import (
    href_links,
    norm,
    page_attributes,
    tag_of,
    text_content,
    text_stats,
    visible_text,
    words,
)
from .follow_rows import ASIDE, people_row, profile_address, row_aside
from .rules import chrome_patterns as rules
from .rules import cta_forms as form_rules
from .rules.chat_launchers import CHAT_HREF
from .share_widgets import scripted_share_box
from .widget_split import action_button, form_beside, holds_control

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6", "legend", "label", "strong", "b", "p")
_PROMPT_TAGS = (("h1", "h2", "h3", "h4", "h5", "h6", "legend"), ("strong", "b", "p"), ("label",))
_MAX_TEXT = 200
#: Ancestors never taken as a share/follow bar or CTA box: the page or article itself.
_NEVER_BOX = frozenset({
    "html", "body", "main", "article", "blockquote", "figure", "p", "td", "tr", "table",
    "header", "footer", "aside", "nav",  # page regions: the bar is inside them
})


@memo(16384)
def class_kind(hint: str) -> str | None:
    """The CTA kind a lower-cased ``class id`` string names, if any."""
    if not hint or not rules.CTA_KIND_LETTERS.search(hint):
        return None  # (most strings: the letters of no kind, one search for all nine)
    if not rules.CTA_ANY_CLASS.search(hint) or rules.CTA_EXCLUDE.search(hint):
        return None
    if rules.TRACKING_HINT.search(hint):
        hint = without_tracking(hint)  # ("gtm_footer_newsletter": an analytics label, no widget)
        if not rules.CTA_ANY_CLASS.search(hint):
            return None
    for kind, search, check in rules.CTA_CLASSES:
        if search.search(hint) and check.search(hint):
            return kind
    return None


def without_tracking(hint: str) -> str:
    """A lower-cased ``class id`` string without its tag-manager/analytics tokens
    (``rules.TRACKING_TOKEN``)."""
    return rules.TRACKING_TOKEN.sub(" ", hint)


def small_box(el: etree._Element, kind: str) -> bool:
    """A CTA box holds little text and no body-length paragraph; a share/follow bar is mostly
    links (or icons) with a short prompt."""
    stats = text_stats(el, max_elements=600)
    if stats.truncated or stats.chars > rules.MAX_CTA_TEXT or stats.longest_p > rules.MAX_CTA_PARAGRAPH:
        return False
    if kind in ("share", "follow"):
        return stats.chars - stats.link_chars <= rules.MAX_BAR_LOOSE_TEXT and (
            stats.links > 0 or _has_buttons(el) or kind == "share" and scripted_share_box(el, stats.chars))
    return True


def count_only(el: etree._Element) -> bool:
    """``el`` holds no link and shows a number alone: a share or follower counter beside a
    bar ("<i icon-share> 828"), nothing to press."""
    stats = text_stats(el, max_elements=30)
    if stats.truncated or stats.links or stats.chars > 20:
        return False
    return bool(_COUNT.match(norm(text_content(el))))


#: A number alone, as counters show it ("828", "1.6K", "12,400"; no date "19.11.2021").
_COUNT = re.compile(r"^\d{1,3}(?:[.,]\d{3})*(?:[.,]\d)?\s?[kKmM]?$")


def _has_buttons(el: etree._Element) -> bool:
    return any(True for _ in el.iter("button", "svg", "i", "img"))


def with_prompt(el: etree._Element) -> etree._Element:
    """``el``'s parent when all the parent holds besides ``el`` is a short prompt ("Social
    Share", "Follow us"): the prompt belongs to the CTA, not to the body."""
    parent = el.getparent()
    if parent is None or tag_of(parent) in _NEVER_BOX or len(parent) > 6:
        return el
    loose = len(norm(parent.text))
    for child in parent:
        loose += len(norm(child.tail))
        if child is el or tag_of(child) in ("script", "style", ""):
            continue
        if len(child) > 2 or child.tag not in _HEADINGS + ("span", "div", "h", "em", "i"):
            return el
        if any(a.get("href") for a in child.iter("a")):
            return el  # a second link beside it (a "Donate" button by a sign-up button): no prompt
        if holds_control(child) or action_button(child):
            return el  # a sign-up form, field or button beside the bar: a widget of its own, no prompt
        loose += len(norm(text_content(child)))
    return parent if 0 < loose <= rules.MAX_PROMPT_CHARS else el


@memo(16384)
def share_or_follow(href: str) -> str | None:
    """``share`` for a link sharing the page on a network, ``follow`` for a link to a profile.
    Cached: pages repeat their links (menus, footers, share bars), and the chrome pass, the
    region pass and the share-bar test each ask of the same links."""
    if href[:1].isspace() or href[-1:].isspace():
        href = href.strip()  # (a browser drops the blanks around a link: " https://twitter.com/x ")
    if href[:1] in ("/", "#", "?") and not href.startswith("//"):
        # a link into the site itself: a share button by its query only
        return _query_share(href) if "share=" in href else None
    if href.startswith("//"):
        href = "https:" + href  # a protocol-relative link to a profile ("//twitter.com/x")
    return _network_link(href) or (_query_share(href) if "share=" in href else None)


def _query_share(href: str) -> str | None:
    """``share`` for a link to a page whose query names a network to share it on (Jetpack's
    ``/my-post/?share=facebook``, ``#print?share=print``): a script shares the page, no page
    loads. The page's own address, so no network host marks it. (Asked only of a link
    holding "share=".)"""
    m = rules.SHARE_QUERY.search(href)
    if m is None:
        return None
    name = m.group(1).lower()
    name = name[len("jetpack-"):] if name.startswith("jetpack-") else name
    return "share" if name.partition("-")[0] in rules.SHARE_QUERY_TARGETS else None


#: ``rules.SHARE_HREF`` (all lower case) for lower-cased ASCII links.
_SHARE_HREF_LOWER = re.compile(rules.SHARE_HREF.pattern).search
assert rules.SHARE_HREF.pattern == rules.SHARE_HREF.pattern.lower()


def _network_link(whole: str) -> str | None:
    """``share_or_follow`` of a link out of the site (its first 300 characters read, the
    whole for an address in its query: a long text may stand before it)."""
    href = whole[:300]
    low = href.lower()
    if not rules.SOCIAL_HREF_HINT.search(low):
        return None
    if "phone=" in low and CHAT_HREF.search(low):
        return None  # (WhatsApp's "send?phone=<the site's number>": a chat with the site, no page shared)
    # (an ASCII link: its lower case searched without IGNORECASE, which tries every
    # alternative at every position; the same answer, four times faster)
    if (_SHARE_HREF_LOWER(low) if href.isascii() else rules.SHARE_HREF.search(href)) \
            or rules.MORE_SHARE_HREF.search(low):
        return "share"
    m = rules.FOLLOW_HREF.match(href)
    if m is not None and (m.group(1) is None or _profile_query(href, m.group(1))) \
            and _first_segment(href)[1] not in rules.NETWORK_OWN_PAGES:
        return "follow"
    q = whole.find("?")
    if q > 0 and rules.QUERY_ADDRESS.search(whole, q) is not None and _shares_address(whole, q):
        return "share"
    return None


def _first_segment(href: str) -> tuple[str, str]:
    """(host without "www.", first path segment), lower case, of an absolute link."""
    start = href.find("//") + 2
    end = netloc_end(href, start)
    host = href[start:end].rpartition("@")[2].partition(":")[0].lower()
    segment = href[end + 1:].partition("?")[0].partition("/")[0].lower() if href[end:end + 1] == "/" else ""
    return host.removeprefix("www."), segment


def _shares_address(href: str, q: int) -> bool:
    """A link to a network (``rules.SOCIAL_HREF_HINT`` in its host) whose query from ``q`` carries
    the address of another site (``rules.QUERY_HOST``): a share endpoint the tables do not
    name. An address of the network itself is a log-in's or a consent wall's return ("/login?
    session_redirect=https%3A%2F%2Fde.linkedin.com%2Fpulse…"); a link shim or a search carries
    one too (``rules.ADDRESS_PAGES``)."""
    host, segment = _first_segment(href)
    if not rules.SOCIAL_HREF_HINT.search(host) or segment in rules.ADDRESS_PAGES:
        return False
    m = rules.QUERY_HOST.search(href, q)
    if m is None:
        return False
    shared = m.group(1).lower().replace("%2e", ".")
    return _brand(shared) != _brand(host)


def _brand(host: str) -> str:
    """The name of a host under its suffix, roughly ("de.linkedin.com" and "linkedin.com":
    "linkedin"): enough to tell a network's own address from another site's."""
    labels = [x for x in host.split(".") if x]
    return labels[-2] if len(labels) >= 2 else host


def _profile_query(href: str, query: str) -> bool:
    """A profile link's query beyond the usual tracking names (``rules.FOLLOW_HREF``'s group
    1) still leaves it a profile link: it carries no address (a redirect's target) and
    follows no page of the network's own (``rules.NETWORK_PAGES``: "watch?v=" is a video)."""
    if rules.QUERY_ADDRESS.search(query):
        return False
    start = href.find("/", href.find("//") + 2) + 1
    segment = href[start:].partition("?")[0].partition("/")[0].lower()
    return segment not in rules.NETWORK_PAGES


def bar_of_link(a: etree._Element, kind: str) -> etree._Element | None:
    """The share/follow bar a social link belongs to: the largest ancestor (a few levels up)
    whose links are all social links, at least two of them, with little other text."""
    best = None
    node = a
    for _ in range(rules.BAR_CLIMB):
        parent = node.getparent()
        if parent is None or tag_of(parent) in _NEVER_BOX:
            break
        # At most MAX_BAR_LINKS + 1 looked at: a region with thousands of links costs no more.
        links = href_links(parent, rules.MAX_BAR_LINKS + 1)
        if len(links) > rules.MAX_BAR_LINKS:
            break
        kinds = _row_kinds(links)
        if kinds is None:
            break
        stats = text_stats(parent, max_elements=300)
        if stats.truncated or stats.chars - stats.link_chars > rules.MAX_BAR_LOOSE_TEXT:
            break
        if best is not None and _bars_apart(parent):
            break  # two bars side by side (two businesses' follow lists): each is one
        if form_beside(parent, node):
            break  # a sign-up form beside the bar (a footer column's icons and form): two widgets
        if len(links) - kinds.count(ASIDE) >= 2:
            best = parent
        node = parent
    if best is None:
        return None
    hrefs = [x.get("href") or "" for x in best.iter("a") if x.get("href")]
    kinds = [share_or_follow(h) for h in hrefs]
    if kinds.count(kind) * 2 < len(kinds):
        return None
    if kind == "follow" and people_row([profile_address(h) for h, k in zip(hrefs, kinds, strict=True) if k == "follow"]):
        return None  # (contributors' avatars: people, no follow bar)
    return best


def _row_kinds(links: list[etree._Element]) -> list[str] | None:
    """``share_or_follow`` of each link, None at the first that is neither (a feed or mail
    link beside the profiles is part of the row: ``row_aside``)."""
    kinds = []
    hrefs = page_attributes().hrefs  # (the page's link targets: a look-up, no copy out of lxml)
    for x in links:
        href = hrefs[x] or ""
        kind = share_or_follow(href) or row_aside(href)
        if kind is None:
            return None
        kinds.append(kind)
    return kinds


def _bars_apart(el: etree._Element) -> bool:
    """Two or more children of ``el`` each holding 2+ links (a bar each)."""
    n = 0
    for child in el:
        if len(href_links(child, 3)) >= 2:
            n += 1
            if n >= 2:
                return True
    return False


def email_form(el: etree._Element) -> bool:
    """A form asking for an e-mail address (a newsletter signup), not a login or comment form."""
    inputs = list(el.iter("input"))
    if not any((i.get("type") or "").lower() == "email" or _EMAIL_NAME.search((i.get("name") or "").lower())
               for i in inputs):
        return False
    if any((i.get("type") or "").lower() in ("password", "search") for i in inputs) or any(True for _ in el.iter("textarea")):
        return False  # (a log-in, a comment form; a search form with an anti-spam "email" trap)
    if (el.get("role") or "").lower() == "search":
        return False
    return len(inputs) <= 8 and not account_step(el.get("action"))


def account_step(action: str | None) -> bool:
    """A form ``action`` whose path names an account step (register, log in, reset a
    password) and no newsletter: its e-mail field signs no one up (``rules/cta_forms``)."""
    if not action:
        return False
    return _account_path(action)


@memo(4096)
def _account_path(action: str) -> bool:
    """``account_step`` of a non-empty action (cached: a site's pages repeat their forms)."""
    path = action.split("?", 1)[0].split("#", 1)[0]
    names = words(path)
    names += tuple(a + b for a, b in zip(names, names[1:], strict=False))  # "sign-in", "log_in"
    if any(n.startswith(form_rules.NEWSLETTER_STEMS) for n in names):
        return False
    return any(n in form_rules.ACCOUNT_WORDS or n.startswith(form_rules.ACCOUNT_STEMS) for n in names)


#: A field name asking for an e-mail address ("email", "e_mail_adresse", "e-mail").
_EMAIL_NAME = re.compile(r"e[-_]?mail")


def build_cta(el: etree._Element, kind: str, base: str | None) -> CallToAction:
    """Describe the CTA ``el``: its prompt (a heading or its short visible text) and its URL
    (the link itself, the first link inside, or the form's action)."""
    if kind in _BAR_KINDS:
        kind = kind_of_links(el, kind)
    return CallToAction(id="", kind=kind, text=_prompt(el) or None, url=_url(el, kind, base))  # type: ignore[arg-type]


#: The two kinds of a bar of network links, each the other's opposite.
_BAR_KINDS = {"share": "follow", "follow": "share"}


def kind_of_links(el: etree._Element, kind: str) -> str:
    """The kind of a share/follow bar as its links say it: a bar named ``kind`` (by a class
    word, a prompt, icons named by network) whose network links are all of the other kind,
    two or more of them, is of that kind ("Footer-share" holding links to the site's
    profiles is a follow bar; "social-icons" holding ``sharer.php?u=`` links a share bar).
    A link's URL says what it does; a class word only names the box."""
    other = _BAR_KINDS[kind]
    n = 0
    for a in islice(el.iter("a"), rules.MAX_BAR_LINKS + 1):
        href = a.get("href")
        if not href:
            continue
        got = share_or_follow(href)
        if got == kind:
            return kind
        n += got == other
    return other if n >= 2 else bar_kind(el, kind)  # (no link decides: the bar's lead and tools)


def _prompt(el: etree._Element) -> str:
    if tag_of(el) in ("a", "button"):
        return norm(text_content(el))[:_MAX_TEXT]
    # Headings first, then emphasis and paragraphs, then form labels (often only "E-mail").
    for tags in _PROMPT_TAGS:
        for node in el.iter(*tags):
            text = norm(text_content(node))
            if 2 <= len(text) <= _MAX_TEXT:
                return text
    text = visible_text(el, limit=_MAX_TEXT)
    return text[:_MAX_TEXT].rstrip()


def in_link_list(el: etree._Element) -> bool:
    """``el`` (a link) is one item of a menu or link list: its list or block holds several
    other links. Such an item ("Newsletter", "Kontakt" in a footer menu) is navigation."""
    node = el
    for _ in range(3):
        parent = node.getparent()
        if parent is None:
            return False
        if tag_of(parent) in ("ul", "ol", "nav", "menu", "div", "p", "td"):
            # A menu is links and little else; a region holding the article is no menu.
            stats = text_stats(parent, max_elements=rules.MENU_MAX_ELEMENTS)
            return (not stats.truncated and stats.links >= rules.MENU_LINKS
                    and stats.link_chars >= 0.6 * stats.chars)
        node = parent
    return False


def _url(el: etree._Element, kind: str, base: str | None) -> str | None:
    if tag_of(el) == "a":
        return safe_url(el.get("href"), base)
    if tag_of(el) == "form":
        return safe_url(el.get("action"), base)
    if kind in ("share", "follow"):
        return None  # a bar of several links: no single URL
    for a in el.iter("a"):
        url = safe_url(a.get("href"), base)
        if url:
            return url
    for form in el.iter("form"):
        return safe_url(form.get("action"), base)
    return None


def text_kind(tag: str, kind: str) -> str | None:
    """The CTA kind of a short element whose whole text is a ``kind`` prompt, if it is a CTA
    by itself ("Read more", "Tell us your opinion in the comments.")."""
    if kind in ("share", "follow", "contact") and tag not in ("a", "button"):
        # "Share" / "Follow us" as a bare label is the prompt of its bar, found by its links.
        return None
    return kind
