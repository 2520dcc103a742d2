"""Regions outside the body, judged once the body is known: what each one IS.

The chrome pass (``extract/chrome.py``) runs before the body and finds what markup and
vocabulary name (ad markup, related/CTA classes, headings, share links). This pass runs
after: it walks the page outside the body blocks and outside what was already found, and
gives a region a role from its structure —

* a list of links to other articles of the site (``linklists.py``), with or without a
  heading, or previous/next post links: a related block;
* a bar of links to social networks (a stray e-mail/RSS link allowed), even inside a
  header or menu: a share or follow CTA;
* a small box asking something of the reader (``cta_boxes.py``): a CTA;

and grows what the chrome pass found to the widget it belongs to (``region_widgets.py``: a
newsletter ``form`` to the box holding its prompt). This module is the pass's driver and
walk (the page's links counted once, then its regions visited top-down); what one region is
is judged in ``region_judge.py`` (a region's page area and names: ``region_names.py``; lists
a region splits into: ``related_parts.py``). Navigation is walked like any region: a follow
bar in the header is a CTA, placed ``outside``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import chain, islice
from typing import TypeVar

from lxml import etree

from ..model import AdSlot, CallToAction, Related
from . import related_parts
from .action_widgets import widgets_of_actions
from .ad_pictures import marked_pictures
from .announce_bars import announcement_bars
from .app_groups import app_groups
from .banner_ads import banner_ads
from .banner_links import banner_links
from .body_ctas import body_ctas
from .box_edges import grown_boxes
from .button_asks import button_asks
from .button_looks import with_looks
from .card_links import card_links, card_places
from .card_shares import own_keys, without_card_shares
from .channel_kinds import channel_follows
from .chat_launchers import chat_launchers
from .chrome import Found, HeadedFound
from .chrome_guards import without_cart_panels
from .chrome_util import ClassesAndIds, tag_of
from .comment_heads import headed_section
from .comment_links import comment_jumps
from .comment_sections import comment_sections, count_line, one_comments_widget
from .consent_ctas import in_consent_panel
from .contact_columns import contact_columns
from .contact_links import contact_links
from .conversion_links import ask_links, conversion_links, menu_look
from .cta_boxes import cta_class
from .cta_names import cta_named, unclaimed
from .cta_pieces import one_per_piece_box
from .cta_repeats import without_list_entries
from .cta_rows import without_false_ctas
from .cta_widgets import one_per_widget
from .expanders import without_page_links
from .feedback_asks import with_feedback_asks
from .follow_lines import follow_lines
from .form_boxes import form_boxes
from .header_bars import action_boxes, header_bars
from .lead_ins import LeadFound
from .link_walk import LinkWalk
from .linklines import link_lines, neighbour_card
from .linklists import hosts_of, site_hosts
from .login_boxes import login_only
from .lone_buttons import lone_button
from .lone_follows import lone_follows
from .message_forms import message_widgets, with_openers
from .nav_buttons import (
    ask_bars,
    nav_buttons,
)
from .offer_boxes import offer_boxes
from .own_pages import site_hosts_of, without_own_story
from .polls import polls
from .popup_asks import popup_asks
from .promo_bands import grown_bands
from .rating_widgets import rating_widgets
from .reach_boxes import reach_boxes
from .read_lines import read_more_lines
from .region_judge import DISMISSIBLE as _DISMISSIBLE
from .region_judge import NO_ARTICLES as _NO_ARTICLES
from .region_judge import NO_SMALL_REGION as _NO_SMALL_REGION
from .region_names import MENU, OPEN, area_of, nav_contact
from .region_widgets import (
    NEVER,
    form_widgets,
    grown,
    in_bars,
    menu_bar,
    menu_entry,
    merged_bars,
    one_feed,
    one_per_form,
    without_listing_chrome,
    without_nested_ctas,
    without_repeated_offers,
)
from .related_repeats import one_block_per_list
from .rules import regions as rules
from .script_lists import script_lists
from .share_buttons import share_buttons
from .slug_lines import story_runs
from .target_promos import target_promos
from .unfilled_boxes import unfilled_boxes
from .widget_merge import one_element

B = TypeVar("B")

#: Never a region, nor entered; with the tags of the nodes that are no elements (comments,
#: processing instructions, entities): one set test tells both apart.
_SKIP: frozenset[object] = frozenset({
    "head", "script", "style", "noscript", "template", "title", "meta", "link", "svg", "math",
    "select", "option", "textarea", "iframe", "video", "audio", "picture", "source", "img",
    etree.Comment, etree.ProcessingInstruction, etree.Entity,
})
#: Body block elements that may also hold other things (a run of text in a container).
_CONTAINERS = frozenset({"div", "section", "article", "main", "body", "td", "li", "span", "font", "center"})
_INLINE = frozenset({"a", "span", "b", "strong", "em", "i", "font", "small", "u", "br", "sup", "sub", "abbr"})


def detect_regions(
    root: etree._Element, base: str | None, urls: Sequence[str | None],
    body: Sequence[etree._Element], found: Sequence[Found], headline: str | None = None,
    nodes: Sequence[etree._Element] | None = None, names: ClassesAndIds | None = None,
    unfilled: Sequence[etree._Element] = (),
) -> list[Found]:
    """What the chrome pass found (newsletter forms grown to their widget) plus the related
    blocks and share/follow bars found by structure outside the body, in no set order.
    ``urls``: the page's URL and canonical URL (``linklists.site_hosts``); ``headline``:
    the article's title (``own_pages``); ``nodes`` and ``names``: the page's node list and
    its classes and ids, when the caller holds them (``count_links``); ``unfilled``: the boxes
    the chrome pass found named related with no link list (``unfilled_boxes``)."""
    # The page's links, forms and controls first, in one walk: the site's hosts are read
    # from its links and the form widgets start from its forms (each walk of a page costs).
    walk = _Regions(base, frozenset(), set(), set(), set())
    walk.count_links(root, nodes, names)
    stores: list[str] = []  # (app-store hosts among the link targets: ``app_groups``)
    hosts = hosts_of(urls, walk.page_hrefs, stores) if walk.page_hrefs is not None else site_hosts(root, *urls)
    hosts = walk.hosts = site_hosts_of(hosts, root, (*urls, base), headline)  # (links to the page: no stories)
    found = related_parts.split_related([f for f in _one_per_slot(found) if not nav_contact(f)], hosts, base,
                                        walk.facts)  # (one link-facts memo for the page: the walk reads them again)
    found = related_parts.without_card_tools(found, hosts)
    own = own_keys(urls)  # (a share bar sharing a teaser's story, not the page: its card's)
    shares: dict[etree._Element, str | None] = {}  # (the page each tool shares: asked again at the end)
    found = without_card_shares(found, own, base, headline, shares)
    found = read_more_lines(found, hosts, base)  # ("READ MORE: <a>headline</a>": a story line, no CTA)
    body_set: set[etree._Element] = set()
    line: set[etree._Element] = set()  # ancestors of the body and of found items: entered only
    for el in body:
        if tag_of(el) in _CONTAINERS:
            line.add(el)
        else:
            body_set.add(el)
        _add_line(el, line)
    body_all = body_set | {el for el in body}
    body_line = set(line)  # (the body's own line, before found items add theirs)
    # Ancestors of what the chrome pass found: a widget grown from a form stops below them.
    # (related blocks and ad slots, a prompt found by its text joins the box; counted in C)
    below: Counter[etree._Element] = Counter(chain.from_iterable(
        f.element.iterancestors() for f in found if not isinstance(f.item, CallToAction)))
    found = [g for f in found if (g := headed_section(f, line, body_all, below)) is not None]
    out = in_bars(merged_bars(without_listing_chrome([grown(f, line, body_all, below) for f in found]), line))
    out.extend(form_widgets(root, out, line, body_all, base, below, walk.form_list))
    out = form_boxes(out, walk.form_list, body, body_all, body_line, base)
    taken: set[etree._Element] = set()
    openers: list[Found] = []  # (a dialog's controls: added after the menu-entry and widget filters)
    if walk.textareas:  # (forms asking for a message: contact forms; a dialog holding one: its openers)
        out, openers, taken = message_widgets(out, walk.textareas, chain(walk.jumps, walk.scripted_a, walk.controls),
                                              walk.labelled, root, body_all, line, base)
    taken.update(f.element for f in out)
    holders: set[etree._Element] = set()  # ancestors of ad slots: no CTA box
    for f in out:
        if isinstance(f.item, CallToAction) and f.item.kind == "read_more":
            continue  # a card's "Read more": the card may still be a related block around it
        _add_line(f.element, line if not isinstance(f.item, AdSlot) else holders)
    lines = link_lines(body, hosts, base, taken, body_all)
    taken.update(x for f in lines if isinstance(f, HeadedFound) for x in (f.element, *f.also))  # (a label's lines)
    lines.extend(body_ctas([el for el in body if el not in taken], taken, base, hosts))
    lines.extend(rating_widgets(body, taken, base))
    out.extend(lines)
    taken.update(f.element for f in lines)
    walk.body, walk.line, walk.taken = body_set, line, taken
    walk.holders = holders
    walk.body_line = body_line
    regions = without_card_shares(without_repeated_offers(walk.run(root), walk.offers), own, base, headline, shares)
    # Lists a region was split into (``related_parts``) stay apart: no feed to merge.
    apart = [f for f in regions if isinstance(f.item, Related)
             and any(a in walk.apart for a in islice(f.element.iterancestors(), _APART_CLIMB))] if walk.apart else []
    if apart:
        regions = [f for f in regions if f not in apart]
    out.extend(one_feed(regions, taken, base))
    out.extend(apart)
    # (links that are story cards: the walk enters no link holding no other link)
    cards = card_links(chain(walk.loose, card_places(walk.measured)), walk.links, hosts, base, body_all,
                       {f.element for f in out}, line, body_line)
    out.extend(cards)
    if walk.empty_lists:
        out.extend(script_lists(walk.empty_lists, line, body_all, {f.element for f in out}, base))
    out.extend(comment_sections(root, line, body_all, {f.element for f in out}, walk.comments))
    out.extend(comment_jumps(walk.jumps, body_all, {f.element for f in out}, urls, base))
    out.extend(share_buttons(walk.controls + walk.scripted_a, line, body_all, {f.element for f in out}, base))
    out.extend(polls(walk.controls, line, body_all, {f.element for f in out}, base))
    if unfilled:  # (after the comment sections: a comments mount may be classed "related")
        out.extend(unfilled_boxes(unfilled, line, body_all, out, base))
    # (links drawn as buttons by their utility classes, menu entries aside: conversion buttons too)
    looks = [a for a in walk.looks_a if not menu_look(a)] if walk.looks_a else None
    kindless: list[tuple[etree._Element, str, str]] = []
    if walk.buttons_a or looks:
        out.extend(conversion_links(with_looks(walk.buttons_a, looks, walk.hrefs), body_all,
                                    {f.element for f in out}, base, kindless=kindless))
    if walk.buttons_a:
        out.extend(offer_boxes(walk, body_all, {f.element for f in out}, hosts, base))
    if kindless:  # (after the offer boxes: a box pitching an ask is reported whole)
        out.extend(ask_links(kindless, body_all, {f.element for f in out}, base, hosts))
    if stores:
        out.extend(app_groups(walk.hrefs, stores, body_all, {f.element for f in out}, base))
    out = related_parts.tabs_merged(out, body_line, base)
    out = without_nested_ctas(one_per_piece_box(one_per_form(one_comments_widget(out, body_line), body_line, base),
                                                body_line, base))
    panels: dict[etree._Element, bool] = {}
    out = [f for f in out if not _no_cta(f, panels)]
    # (picture banners after the menu-entry filters: no plain entry, their kind is no label's)
    out.extend(banner_links(chain(walk.pictured, walk.wrapped), body_all, {f.element for f in out}, base))
    if walk.pictured:  # (other firms' picture banners beside the article: ad slots; the site's own: promos)
        own: list[tuple[etree._Element, str]] = []
        out.extend(banner_ads(walk.pictured, body_all, {f.element for f in out}, hosts, base, own))
        if own:
            out.extend(target_promos(own, walk.links, walk.facts, walk.line, body_all, {f.element for f in out},
                                     hosts, base))
        # (picture links their own names or size mark as ads, wherever they stand)
        out.extend(marked_pictures(walk.pictured, body_all, {f.element for f in out}, base))
    if walk.follows:  # (one profile icon set apart: the bar tests need two)
        out.extend(lone_follows(walk.follows, walk.links, walk.social, body_all, out, base))
        out.extend(follow_lines(walk.follows, walk.links, out, base))
    out = with_feedback_asks(out, walk.page_hrefs, walk.hrefs, walk.links, body_all, base)
    out = without_list_entries(without_false_ctas(out), body_line, body_all)
    out = one_element(widgets_of_actions(one_per_widget(out, body_line, base), body_line, base, body_all),
                      body_line, base)
    out = with_openers(out, openers, base)  # (a dialog's controls: no menu entries, no widget pieces)
    # (after the menu-entry filters: an entry the page sets apart by its markup is no plain one)
    holders = walk.styled_boxes + [x for x in walk.controls if x.tag == "button" and next(x.iter("a"), None) is not None]
    if holders or walk.named_a:
        out.extend(nav_buttons(holders, walk.named_a, out, body_all, base, walk.hosts))
    if walk.buttons_a:
        out.extend(ask_bars(walk.buttons_a, out, body_all, base, hosts))
    if walk.reach_links:  # (a box around a phone or e-mail link, at its size: after the
        # widget growers, which would read it as the action of the box around it)
        out.extend(reach_boxes(walk.reach_links, walk.links, body_all, out, line, base))
        out.extend(contact_columns(walk.reach_links, walk.links, body_all, out, body_line, base))
    out.extend(contact_links(walk.page_hrefs, walk.hrefs, walk.links, body_all, out, line, walk.reach_links, base))
    out.extend(chat_launchers(walk.page_hrefs, walk.hrefs, walk.scripted_a, walk.controls, walk.links, body,
                              body_line, out, line, base))
    if walk.buttons_a:  # (buttons opening an ask on the page: after the boxes around phone links)
        out.extend(popup_asks(walk.buttons_a, body_all, {f.element for f in out}, base, hosts))
    out.extend(button_asks(walk.controls, walk.links, body_all, {f.element for f in out}, base, body_line))
    # (the strip opening the page: after every other rule, which may know it better)
    out.extend(announcement_bars(root, body, body_line, {f.element for f in out}, walk.links, hosts, base, headline))
    if walk.named:  # (boxes named CTA that no rule reported, part or holder: after every other rule)
        out.extend(unclaimed(walk.named, out, base))
    if cards:  # (each loose card link is a block of its own: no entry of a list to merge)
        ids = {id(f) for f in cards}
        merged = one_block_per_list(story_runs([f for f in out if id(f) not in ids], base), body_line,
                                    body_all, base) + [f for f in out if id(f) in ids]
    else:
        merged = one_block_per_list(story_runs(out, base), body_line, body_all, base)
    # (each at its box's edge; a header bar's buttons, one CTA on the bar: the bar's edge is its own)
    out = grown_boxes(without_own_story(merged, hosts), body_line, body_all)
    if walk.buttons_a:  # (a box of the page chrome named for its asks: one CTA on it)
        out.extend(action_boxes(walk.buttons_a, out, body_all, base, hosts))
    out = without_page_links(without_cart_panels(out))  # (no rule reports a part of a panel another found whole;
    # a "Read more" link to another page or a "Read more:" heading: no expander)
    out = channel_follows(header_bars(out, body_all, body_line, walk.links, base))  # (a channel's "Subscribe": follow)
    return grown_bands(out, walk.links, body_line, body_all, base)  # (a band's lone button: the band)


def _no_cta(f: Found, panels: dict[etree._Element, bool]) -> bool:
    """A CTA found by its words or class that is none: a menu entry, a comment counter, a
    part of a cookie-consent panel (``panels``: the page's panels judged so far)."""
    return menu_entry(f) or menu_bar(f) or count_line(f) or in_consent_panel(f, panels) or login_only(f)


def _one_per_slot(found: Sequence[Found]) -> list[Found]:
    """An ad label found beside its slot is part of the slot reported around both."""
    outer = {f.report for f in found if f.report is not None}
    if not outer:
        return list(found)
    out = []
    for f in found:
        if isinstance(f.item, AdSlot) and f.report is None and any(a in outer for a in f.element.iterancestors()):
            continue
        out.append(f)
    return out


def without_taken(built: list[B], found: Sequence[Found]) -> list[B]:
    """The body blocks (``.element``) that no CTA widget took in (a sign-up box's prompt the
    body walk kept as a heading)."""
    boxes = {f.element for f in found if isinstance(f.item, CallToAction)}
    boxes.update(x for f in found if isinstance(f, LeadFound) for x in f.also)  # (a CTA's lead-in lines)
    lines = {f.element for f in found if isinstance(f.item, Related)}  # a "Related: <link>" line
    lines.update(x for f in found if isinstance(f, HeadedFound) for x in f.also)  # (its label and lines)
    if not boxes and not lines:
        return built
    # (the boxes and all they hold, read in C: the boxes are small, and a climb from each
    # block to the root reads seven times as many elements)
    held = set(chain.from_iterable(box.iter() for box in boxes))
    return [b for b in built if b.element not in lines and b.element not in held]  # type: ignore[attr-defined]


def _add_line(el: etree._Element, line: set[etree._Element]) -> None:
    for anc in el.iterancestors():
        if anc in line:
            return
        line.add(anc)


class _Regions(LinkWalk):
    """The walk of the page: its links counted (``LinkWalk.count_links``), then its regions judged
    top-down (``run``)."""

    def run(self, root: etree._Element) -> list[Found]:
        out: list[Found] = []
        links, actions, buttons, social = self.links, self.actions, self.buttons, self.social
        body, taken, line, region_tags = self.body, self.taken, self.line, rules.REGION_TAGS
        body_line = self.body_line
        post_boxes = self.post_boxes  # (filled as the walk goes: ``post_neighbours``)
        # Children without a link, form or button below are never pushed.
        in_runs = set(links)
        in_runs.update(actions, buttons)
        # A link holding no other link is no region and has none below: never pushed (a
        # third of the walk), except as a child of a body container's run of text, where
        # it may be a lone button (``lone_buttons``). One holding a button or a named
        # control is pushed (re-added).
        wanted = in_runs.difference([a for a in self.hrefs if links[a] == 1])
        wanted.update(actions, buttons)
        loose: list[etree._Element] = []
        self.loose = loose
        # (element, inside a body container's run of text, inside navigation/header/footer);
        # every element pushed holds a link, form or button (the filters above): the root too
        stack: list[tuple[etree._Element, bool, int, bool]] = [(root, False, OPEN, True)] if root in in_runs else []
        while stack:
            el, in_run, area, lists = stack.pop()
            n_links = links.get(el, 0)
            tag = el.tag
            if tag in _SKIP or el in body or el in taken:
                continue
            if in_run and tag in _INLINE and (el not in line or el in body_line):
                # (a span around an item found, not around body blocks: a wrapper, walked into)
                if tag == "a" and ((hit := lone_button(el, self.base)) is not None or (
                        len(el) and (hit := neighbour_card(el, self.hosts, self.base, self.neighbours)) is not None)):
                    out.append(hit)  # a button on its own line between the column's blocks, a neighbour post's card
                elif tag == "a" and len(el):
                    loose.append(el)  # (maybe a link that is a whole card: ``card_links``)
                continue  # part of a body paragraph's text
            if not lists and social.get(el, 0) < 2 and el not in actions and buttons.get(el, 0) < 2 \
                    and not (n_links <= 2 and (area == MENU or tag == "nav" or cta_class(el) or el.getparent() in self.split
                                               or cta_named(el))) \
                    and not (post_boxes and el in post_boxes):
                continue  # no article link, social bar or form below (a CTA-classed box of one or two links, a menu's may ask)
            on_line = el in line
            if area != MENU and tag not in NEVER and el not in body_line:
                named = area_of(el, tag)
                if named > area:
                    area = named
            # (``_classify`` answers None at once for a menu entry and the like: ``_NO_SMALL_REGION``)
            if not on_line and tag in region_tags and tag not in NEVER and not (
                    n_links <= 1 and tag in _NO_SMALL_REGION and buttons.get(el, 0) < 2):
                hit = self._classify(el, tag, area, n_links, lists)
                if isinstance(hit, Found):
                    out.append(hit)
                    continue
                if hit is _NO_ARTICLES:
                    lists = False  # nothing below can be a related block either
                elif hit is _DISMISSIBLE:
                    continue  # a notice the reader closes: judged whole
            elif n_links == 1 and tag in _LINE_HEADINGS and lists and not on_line \
                    and (hit := self.heading_line(el, area)) is not None:
                out.append(hit)  # a heading that is one marked story link
                continue
            run = on_line and tag in _CONTAINERS
            pushed = in_runs if run else wanted
            # (a loop, compiled: no zip, filter and repeats made for each element walked)
            for child in reversed(el):
                if child in pushed:
                    stack.append((child, run, area, lists))
        out.extend(self.runs)
        return out


#: Headings of the column the walk reads as a line of one story link (``heading_line``; a
#: closing "<h5><a>Up Next: …</a></h5>" too).
_LINE_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
#: Levels between a region split into its lists and the blocks found below it.
_APART_CLIMB = 4
