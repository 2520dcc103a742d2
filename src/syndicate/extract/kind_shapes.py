"""Shape guards: a class or text word suggests a CTA kind; the element's shape must agree.

A class word ("…ShareBar…", "estadistica_comments") or a short text ("Newsletter") is only
evidence. Each guard here names a shape that no CTA of the suggested kind has, whatever its
words say:

- a share button, a comment count or a "Read more" inside a story card's link belongs to
  that card's story, not to this page (``in_story_link``);
- a share or follow bar holds network links, icons or a row of controls, not a line of
  text with one jump ("Kommentare (4) Kommentar schreiben" under a "ShareBar" class:
  ``no_bar_shape``), nor a list of the site's own pages with a few network links beside it
  (a footer's link columns in a box classed "social-links-wrapper": ``site_links_box``);
- a form of choices (check boxes, radio buttons) with no field to type an address in
  signs no one up, though one choice reads "Newsletter" (``choice_form``);
- a list of links to other stories with headline texts is no comment section, though its
  class says "comments" (``story_list``); and a block of stories holds no comment section
  (a column holding both is judged child by child: ``comment_section_inside``).

Each test runs only once a word has suggested a kind (rare): no walk of its own.
"""

from __future__ import annotations

import re
from itertools import islice

from lxml import etree

from ..memo import memo
from .chrome_util import norm, tag_of, text_stats, words
from .ctas import share_or_follow
from .element_hints import HEADINGS
from .linklists import link_kind, site_hosts
from .rules import chrome_patterns as rules
from .rules import cta_forms as form_rules
from .rules import regions as region_rules

#: Kinds that speak of one story (share it, comment on it, read on): inside another
#: story's card they are that card's.
STORY_KINDS = frozenset({"share", "comments", "read_more"})
#: Levels climbed from an element to the story link around it (a card nests a few boxes).
_CARD_CLIMB = 8
#: Elements read of a link (a card: an image, a kicker, a headline, a blurb).
_CARD_ELEMENTS = 40
_SEARCH_NAME = re.compile(form_rules.SEARCH_FIELD_NAME)
#: Field types a reader types nothing in.
_NO_TYPING = frozenset({"hidden", "submit", "button", "image", "reset", "checkbox", "radio", "search"})
#: Field types of a choice.
_CHOICE_FIELDS = frozenset({"checkbox", "radio"})
#: Levels climbed from a prompt to its form.
_FORM_CLIMB = 8
#: Story links (distinct) that make a list of stories, their share of its link targets
#: (a widget's footer, language links, badly nested markup around it count too), and the
#: share of its text in links (a thread is mostly its comments' words).
_MIN_STORIES = 3
_MIN_STORY_SHARE = 1 / 3
_MIN_LINK_TEXT = 0.5
#: Links read of a box.
_MAX_LINKS = 80
#: What a reader writes a comment with: a box holding one is a section.
_WRITE = ("form", "input", "textarea", "iframe", "button")


def in_story_link(el: etree._Element) -> bool:
    """``el`` lies inside a link to another page that shows a headline (a heading in it):
    a story card, whose share buttons, comment count or "Read more" are the card's."""
    for anc in islice(el.iterancestors(), _CARD_CLIMB):
        if tag_of(anc) != "a":
            continue
        href = (anc.get("href") or "").strip()
        if not href or href.startswith(rules.NO_PAGE_HREF):
            return False
        return any(tag_of(x) in HEADINGS for x in islice(anc.iterdescendants(), _CARD_ELEMENTS))
    return False


def no_bar_shape(box: etree._Element) -> bool:
    """``box``, named a share or follow bar by its class, is a line of text with one script
    link (``#``, ``javascript:``) of several words beside it, no icon control (button, svg,
    icon element, image) nor a list: a heading with its jump ("Kommentare (4) Kommentar
    schreiben" under a "ShareBar" class). A bar is a network's link, icons or a row of
    controls ("Share Text 16", script-driven), or a copy-the-link box."""
    links = list(islice(box.iter("a"), 2))
    if len(links) != 1:
        return False
    link = links[0]
    href = (link.get("href") or "").strip()
    label = norm(link.text_content())
    if not href.startswith(rules.SCRIPT_HREF) or len(label.split()) < 2 or len(norm(box.text_content())) <= len(label):
        return False
    # (a list is a row of controls: "Share", "Text", "16 comments", script-driven)
    return next(box.iter("button", "svg", "i", "img", "li"), None) is None


def site_links_box(box: etree._Element) -> bool:
    """``box``, named a share or follow bar by its class, holds ``MIN_SITE_LINKS`` or more
    links to pages (not to a network, a script or a jump, an address or a number), more than it holds
    network links: a column of the site's menus with a bar in it, no bar; the bar inside is
    found on its own. (A bar's extra links, e-mail, print, copy, are no pages.)"""
    pages = networks = 0
    for a in box.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(_NO_PAGE) or "#" in href:
            continue  # (no page: a script's control, "https://site/#twitter" as AddToAny writes them)
        if share_or_follow(href):
            networks += 1
        else:
            pages += 1
    return pages >= MIN_SITE_LINKS and pages > networks


#: Links to pages from which a share/follow-named box holding more of them than network links
#: is a column of menus (a bar has its networks and a link or two beside them).
MIN_SITE_LINKS = 5
_NO_PAGE = ("#", "javascript:", "JavaScript:", "mailto:", "tel:", "sms:", "whatsapp:")


def choice_form(el: etree._Element) -> bool:
    """``el`` is, lies in or holds forms of choices only (check boxes, radio buttons),
    none with a field to type an address or a name in: a filter or a poll, no
    sign-up (a box holding a sign-up form beside a donation form's amounts is one)."""
    form = el if tag_of(el) == "form" else next(
        (a for a in islice(el.iterancestors(), _FORM_CLIMB) if tag_of(a) == "form"), None)
    # (a form with no field yet, one a script fills, tells nothing: the others decide)
    forms = [form] if form is not None else [f for f in el.iterdescendants("form") if next(f.iter("input"), None) is not None]
    return bool(forms) and all(map(_choices_only, forms))


def _choices_only(form: etree._Element) -> bool:
    """``form`` holds check boxes or radio buttons and no field to type in (a text, an
    address, a number: any other visible input) but a search box."""
    choices = False
    for field in form.iter("input"):
        kind = (field.get("type") or "").lower()
        if kind in _CHOICE_FIELDS:
            choices = True
        elif kind not in _NO_TYPING and not _SEARCH_NAME.search((field.get("name") or "").lower()):
            return False  # (a search box beside the choices asks for no address either)
    return choices


def story_list(el: etree._Element, root: etree._Element) -> bool:
    """``el`` is a list of links to other stories: ``_MIN_STORIES`` or more distinct
    article links with headline texts, a third of its link targets or more, mostly link
    text, and nothing to write with. No comment section, whatever its class says ("Most commented")."""
    if next(el.iter(*_WRITE), None) is not None:
        return False
    links = list(islice(el.iter("a"), _MAX_LINKS + 1))
    if len(links) < _MIN_STORIES or len(links) > _MAX_LINKS:
        return False
    hosts = site_hosts(root)
    stories: set[str] = set()
    targets: set[str] = set()  # (a story's comment-count link leads to the story: one target)
    for a in links:
        key, article = link_kind(a.get("href") or "", hosts)
        if key is None:
            continue
        targets.add(key)
        if article and len(norm(a.text_content())) >= region_rules.TITLE_CHARS:
            stories.add(key)
    if len(stories) < _MIN_STORIES or len(stories) < _MIN_STORY_SHARE * len(targets):
        return False
    stats = text_stats(el, max_elements=600)
    return not stats.truncated and stats.link_chars >= _MIN_LINK_TEXT * stats.chars


def comment_section_inside(el: etree._Element, candidates: list[etree._Element], hosts: frozenset[str]) -> bool:
    """One of the page's comment section ``candidates`` (``comment_candidates``) lies inside
    ``el``, named a section by its class words, and shows more than a count, with no story
    link in it (an empty box a script fills, a thread): ``el`` is no block of stories, but
    a column holding them and the comments, each judged alone. ``hosts``: the site's."""
    for c in candidates:
        # (the name first, cached: a thread's many "comment-body" boxes fail it at once)
        if c is el or not names_comment_section(c.get("class") or "", c.get("id") or "") or not _below(c, el):
            continue
        text = norm(c.text_content())
        if region_rules.COUNTER.match(text) or any(
                link_kind(a.get("href") or "", hosts)[1] for a in islice(c.iter("a"), _MAX_LINKS)):
            continue  # (a card's count, a list of stories)
        return True
    return False


@memo(4096)
def names_comment_section(cls: str, eid: str) -> bool:
    """A class and id naming a comment section: their words hold a section's word and no
    counter's or link's (cached: a thread repeats its boxes' names)."""
    ws = {w for n in f"{cls} {eid}".split() for w in words(n)}
    return bool(ws & region_rules.COMMENT_SECTION_WORDS) and not ws & region_rules.COMMENT_NOT_SECTION_WORDS


def _below(node: etree._Element, top: etree._Element) -> bool:
    """``node`` lies below ``top``."""
    return any(a is top for a in node.iterancestors())
