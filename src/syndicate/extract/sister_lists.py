"""Story lists of a sister site: a widget listing another site's articles ("Touch Arcade"
in a footer, an RSS widget of a partner blog, "Relevant forum posts" beside a story).

``linklists.measure`` counts only links into the page's own site as article links, so a
region whose story links all go to one other site reads as a list of no article at all and
nothing below it is judged a related block. Here the same structure is read on the other
site: three or more links to article paths of ONE other host, each with a headline-length
text, and most of the region's links among them (a blogroll links home pages, a press list
several newspapers, a feed of posts one network: none of them is such a list).
"""

from __future__ import annotations

from collections import Counter

from lxml import etree

from .chrome_util import page_attributes
from .ctas import share_or_follow
from .element_hints import HEADINGS
from .linklists import article_path, on_site, split_link
from .rules import regions as rules


def sister_list(el: etree._Element, hosts: frozenset[str], memo: dict[etree._Element, str]) -> bool:
    """``el`` lists stories of one other site (see the module's docstring). ``memo``: each
    link's ``_story_host``, shared by the calls of one page (nested regions hold the same links)."""
    stories: Counter[str] = Counter()
    ends: Counter[str] = Counter()  # last path segments: stories have each their own
    seen: set[str] = set()
    other = 0  # distinct targets that are no such story (the widget's heading link to the site)
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href in seen or href[0] == "#":
            continue
        seen.add(href)
        host = _story_host(a, href, hosts, memo)
        if not host:
            other += 1
            continue
        stories[host] += 1
        ends[href.split("?")[0].rstrip("/").rsplit("/", 1)[-1]] += 1
    if not stories:
        return False
    n = stories.most_common(1)[0][1]
    # (one site: a second host's stories make a press list or a link roundup; one last
    # segment shared by most links is a template's pages: "/<sign>-horoscope/2020-10-19")
    return n >= rules.MIN_SISTER_STORIES and n == stories.total() \
        and n >= rules.MIN_ARTICLE_SHARE * (n + other) and 2 * ends.most_common(1)[0][1] <= n


def many_sister_stories(el: etree._Element, hosts: frozenset[str], memo: dict[etree._Element, str]) -> bool:
    """``el`` holds at least ``MIN_SISTER_STORIES`` story links to other sites: a list of one
    of them may be below it (two sister sites' widgets side by side), so judge its children."""
    n = 0
    hrefs = page_attributes().hrefs  # (the page's link targets: a look-up, no copy out of lxml)
    for a in el.iter("a"):
        href = hrefs[a]
        if href and _story_host(a, href.strip(), hosts, memo):
            n += 1
            if n >= rules.MIN_SISTER_STORIES:
                return True
    return False


def _story_host(a: etree._Element, href: str, hosts: frozenset[str], memo: dict[etree._Element, str]) -> str:
    """The other site's host a link to one of its stories goes to ("" for any other link)."""
    got = memo.get(a)
    if got is None:
        host = _other_host(href, hosts) if href else None
        got = memo[a] = host if host is not None and _story(a, href) else ""
    return got


def _other_host(href: str, hosts: frozenset[str]) -> str | None:
    """The host of an absolute link to another site that is no social network ("" never)."""
    if not href.startswith(("http://", "https://", "//")) or share_or_follow(href) is not None:
        return None
    split = split_link(href)
    if split is None or not split[0]:
        return None
    host = split[0][4:] if split[0].startswith("www.") else split[0]
    if on_site(host, hosts):
        return None
    return host


def _story(a: etree._Element, href: str) -> bool:
    """The link reads as a story: an article path and a headline-length text."""
    split = split_link(href)
    if split is None or not article_path(split[1]) or "sponsored" in (a.get("rel") or "").lower():
        return False
    if not rules.NO_STORY_PATH_WORDS.isdisjoint(split[1].lower().split("/")):
        return False  # a product page or a job offer
    text = " ".join(a.text_content().split())
    return len(text) >= rules.TITLE_CHARS and len(text.split()) >= rules.TITLE_WORDS


def sister_widget(el: etree._Element, line: set[etree._Element]) -> tuple[etree._Element, str | None]:
    """The widget a sister site's list stands in, and its heading: ``el``'s parent when it
    holds only a heading (often linking the other site's home page) and ``el``; else ``el``
    and the heading inside it, if any."""
    parent = el.getparent()
    if parent is not None and parent not in line and parent.tag not in ("body", "html"):
        children = [c for c in parent if isinstance(c.tag, str) and c.tag not in ("script", "style")]
        if len(children) == 2 and children[1] is el and _heading(children[0]):
            return parent, " ".join(children[0].text_content().split())
    return el, None


def _heading(x: etree._Element) -> bool:
    """A heading element (or a title-classed one) of a few words."""
    if x.tag not in HEADINGS and not any(w in (x.get("class") or "").lower().split() for w in _TITLE_CLASSES):
        return False
    text = x.text_content().split()
    return 0 < len(text) <= rules.MAX_HEADING_WORDS


#: Class tokens of a widget's heading.
_TITLE_CLASSES = ("widgettitle", "widget-title", "block-title", "section-title", "title")


def body_column(body: set[etree._Element]) -> etree._Element | None:
    """The article's column: the nearest element holding every body block."""
    chain: list[etree._Element] | None = None
    for el in body:
        if chain is None:
            chain = list(el.iterancestors())[::-1]  # (root first)
            continue
        ancestors = set(el.iterancestors())
        n = 0
        while n < len(chain) and chain[n] in ancestors:
            n += 1
        del chain[n:]
    return chain[-1] if chain else None


def beside_column(el: etree._Element, column: etree._Element | None) -> bool:
    """``el`` stands outside the article's column (a sidebar, a footer): a list of another
    site's links inside the column is the article's own (its sources, courses, references)."""
    return column is not None and all(anc is not column for anc in el.iterancestors())
