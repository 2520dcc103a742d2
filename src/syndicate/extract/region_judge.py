"""The region pass's judgement of one region (``regions.py`` walks the page and asks it):
a share bar of buttons or social links, a small CTA box, a story card, a CTA or related line
set apart in the text, a post's neighbours, a related block of article links.

:class:`RegionJudge` holds what the walk counted for the page (links, social links, forms
and buttons below each element) and the memos the judgements share.
"""

from __future__ import annotations

from collections import Counter
from itertools import chain

from lxml import etree

from ..model import RelatedItem
from ..sanitize import safe_url
from . import ctas, related, related_parts
from .body_ctas import cta_line
from .brand_rows import holds_home_link
from .card_feeds import card_feed, story_items
from .channel_rows import channel_cta
from .chrome import Found
from .chrome_util import class_or_id_named, norm, text_content
from .contact_lines import mail_line
from .cta_boxes import BOX_TAGS, NOT_BOX, bare, cta_box, cta_class, cta_url, offer_box
from .cta_names import named_kind
from .cta_rows import kinds_apart, mail_box
from .dismissible import MAX_NOTICE_LINKS, NOTICE_ROLES, close_boxes, dismissible, dismissible_kind
from .element_hints import is_hidden
from .follow_runs import follow_run
from .inset_cards import inset_card
from .kind_shapes import comment_section_inside, in_story_link
from .link_trees import tree_branch
from .linked_titles import linked_title
from .linklines import captioned, link_line, rel_neighbour
from .linklists import LinkFacts, LinkList, link_kind, measure, related_heading, story_paths
from .menu_entries import menu_only
from .menu_objects import post_menu
from .menu_stories import headed_stories
from .nav_ctas import email_field, lone_nav_link
from .offer_controls import offer_card
from .one_story import captioned_story, one_story
from .own_pages import own_link
from .post_neighbours import NEIGHBOUR_HOLDER_WORDS, NeighbourFound, nav_boxes, neighbour_boxes
from .promo_bands import promo_band
from .promo_boxes import AboveBody, top_bar
from .region_names import (
    EDGE,
    MENU,
    OPEN,
    heading_before,
    media_named,
    not_related_class,
    one_neighbour,
    opening_heading,
    player_named,
    plays_media,
    post_pager,
    prev_next,
    with_heading,
)
from .rules import regions as rules
from .rules.story_lines import MAX_LEAD_LINKS
from .scripted_shares import mixed_bar
from .sharebars import button_bar, page_link_beside, social_bar
from .sister_lists import (
    beside_column,
    body_column,
    many_sister_stories,
    sister_list,
    sister_widget,
)
from .story_lines import headed_line, lead_line, marked, more_line
from .submenus import in_submenu
from .title_lines import title_line
from .widget_split import action_beside_bar


class RegionJudge:
    """The page's counts and memos, and the judgement of one region (``_classify``)."""

    def __init__(self, base: str | None, hosts: frozenset[str], body: set[etree._Element],
                 line: set[etree._Element], taken: set[etree._Element]) -> None:
        self.base, self.hosts, self.body, self.line, self.taken = base, hosts, body, line, taken
        self.holders: set[etree._Element] = set()
        #: Ancestors of the body blocks (a page area's name on them names no area: a class on
        #: <body> saying the page has a header).
        self.body_line: set[etree._Element] = line
        #: Boxes found to hold two boxes of their own (each child is judged alone).
        self.split: set[etree._Element] = set()
        #: Links and social-network links below each element (elements without are skipped).
        self.links: Counter[etree._Element] = Counter()
        self.social: Counter[etree._Element] = Counter()
        #: Follow widgets found as runs of profile icons in a menu or row (``follow_runs``).
        self.runs: list[Found] = []
        #: Elements holding a form or a button (a CTA box may have no link).
        self.actions: set[etree._Element] = set()
        #: Elements holding a form: no related block (a sidebar of widgets, a sign-up box).
        self.forms: set[etree._Element] = set()
        #: Share controls without a link (buttons naming a network) below each element.
        self.buttons: Counter[etree._Element] = Counter()
        #: Boxes found by ``cta_boxes.offer_box`` (a button repeated per listing item drops out).
        self.offers: set[etree._Element] = set()
        #: Small boxes whose class names a CTA and whose words name none (``cta_names``), with
        #: their kind: reported at the end if no other rule reports them, a part or a holder.
        self.named: list[tuple[etree._Element, str]] = []
        #: ``cta_box``'s memo of the elements whose text names no CTA kind (nor holds a field).
        self.plain: set[etree._Element] = set()
        #: ``cta_box``'s memo of the elements within a box's size (``MAX_BOX_ELEMENTS``).
        self.small: set[etree._Element] = set()
        #: ``comment_sections.comment_candidates`` of the page, in document order (``count_links``).
        self.comments: list[etree._Element] = []
        #: Elements a few levels above an e-mail link (``cta_rows.mail_box`` asks only them).
        self.mail_holders: set[etree._Element] = set()
        #: The page's buttons, forms and share elements, in document order (``count_links``).
        self.controls: list[etree._Element] = []
        #: Spans, entries and scripted divs with a label or role (``count_links``).
        self.labelled: list[etree._Element] = []
        #: Regions found to be several related blocks (``related_parts.parts``).
        self.apart: set[etree._Element] = set()
        #: ``linklists.measure``'s memo of what each link is (nested regions share links).
        self.facts: dict[etree._Element, LinkFacts] = {}
        self.measured: dict[etree._Element, LinkList] = {}
        #: The page's links with a target, in document order (``count_links``).
        self.hrefs: list[etree._Element] = []
        #: The targets of the page's first ``HOST_LINKS`` links (None: more links than that).
        self.page_hrefs: list[str] | None = []
        #: The page's forms, in document order.
        self.form_list: list[etree._Element] = []
        #: ``region_names.one_neighbour``'s memo: is a link a neighbour post's?
        self.neighbours: dict[etree._Element, tuple[bool, bool]] = {}
        #: ``region_names.prev_next``'s memo: is a link marked as the previous/next post's?
        self.marks: dict[etree._Element, bool] = {}
        #: ``one_story.captioned_story``'s memo: is a link to another story of the site?
        self.stories: dict[etree._Element, int] = {}
        #: The page's empty lists (``script_lists.empty_list``), in document order.
        self.empty_lists: list[etree._Element] = []
        #: The page's links whose target holds a '#', in document order (``comment_links``).
        self.jumps: list[etree._Element] = []
        #: The page's links styled as buttons, in document order (``conversion_links``).
        self.buttons_a: list[etree._Element] = []
        #: The page's links whose utility classes draw a button (``button_looks``), in document order.
        self.looks_a: list[etree._Element] = []
        #: What comes before the body's first block (``promo_boxes.AboveBody``, made once).
        self.above: AboveBody | None = None
        #: The page's list entries and divs styled as buttons, in document order (``nav_buttons``).
        self.styled_boxes: list[etree._Element] = []
        #: The page's links whose class/id names a CTA kind, in document order (``nav_buttons``).
        self.named_a: list[etree._Element] = []
        #: The article's column (``sister_lists.body_column``; False: not read yet).
        self.column: etree._Element | None | bool = False
        #: ``sister_lists``' memo: the other site each link goes to a story of ("" for none).
        self.sister: dict[etree._Element, str] = {}
        #: Boxes with a close control near their top (``dismissible.close_boxes``; None: not read yet).
        self.closers: set[etree._Element] | None = None
        #: Previous/next boxes inside regions ruled to hold no related list (``post_neighbours``).
        self.post_boxes: set[etree._Element] = set()
        #: Elements ``menu_stories`` found inside a menu entry, the page header or footer.
        self.menu_held: set[etree._Element] = set()


    def _no_articles(self, el: etree._Element, lst: LinkList | None = None) -> object:
        """``NO_ARTICLES`` for a region of no story links, after noting the previous/next
        ``<nav>`` inside it: the walk still judges it (``post_neighbours.nav_boxes``). None
        when menu entries named some of its links pages of the site (``lst.pages``): the
        boxes below are judged as in any page menu."""
        self.post_boxes.update(nav_boxes(el, self.links, self.hosts, self.base, self.marks, self.neighbours))
        return None if lst is not None and lst.pages else NO_ARTICLES

    def _no_list(self, el: etree._Element) -> Found | object:
        """``NO_ARTICLES`` for a region named a tag list, a table of contents, a pager or a
        breadcrumb...: a pager or a breadcrumb bar may hold a post's neighbours, or be them
        (``post_neighbours.neighbour_boxes``); the walk still judges them."""
        if not class_or_id_named(el, NEIGHBOUR_HOLDER_WORDS):
            return NO_ARTICLES
        boxes = neighbour_boxes(el, self.links, self.hosts, self.base, self.marks, self.neighbours)
        if boxes and boxes[0] is el:  # (the region is the post's navigation itself)
            return NeighbourFound(el, related.build_related(el, self.base))
        self.post_boxes.update(boxes)
        return NO_ARTICLES

    def _close_boxes(self) -> set[etree._Element]:
        """``dismissible.close_boxes`` of the page's buttons and labelled controls, read once."""
        if self.closers is None:
            self.closers = close_boxes(chain(self.controls, self.labelled))
        return self.closers

    def _card(self, el: etree._Element) -> Found | object | None:
        """One story teaser set in the article column (an inset card, an info box linking
        another story): a related block of one item. ``DISMISSIBLE`` for a notice."""
        if not_related_class(el) or plays_media(el) or player_named(el):
            return None
        # (an "embed" class on a card with no player: perhaps an embedded story teaser, told by
        # its linked picture and headline alone)
        named = media_named(el)
        links = [a for a in el.iter("a") if a.get("href")]
        if len({a.get("href") for a in links}) == 1 and dismissible(el):
            return DISMISSIBLE  # (one target and a close control: a notice or a promo bar, no teaser)
        if len(links) == 1 and not norm(links[0].text_content()) and next(links[0].iterdescendants("img"), None) is None:
            return self._overlay_card(el, links[0])
        titles = [norm(text_content(a)) for a in links]
        words = max((len(t.split()) for t in titles), default=0)
        if words < rules.TITLE_WORDS + 1 and (words < rules.INSET_TITLE_WORDS or next(el.iter("img"), None) is None):
            return None  # a card names its story in a headline (a short one beside its picture)
        lst = self._measure(el)
        if lst.too_big:
            return None
        story = None
        if named or words < rules.TITLE_WORDS + 1 or lst.urls != 1 or lst.articles != 1 or lst.chars > rules.MAX_CARD_TEXT or \
                lst.link_chars < rules.MIN_CARD_LINK_SHARE * max(1, lst.chars - len(lst.heading or "")):
            # (a card with a teaser text or a section label inside the article's column: its
            # linked picture says card; a side box beside the column is judged whole)
            story = inset_card(el, links, titles, lst.chars, self.hosts, self.base)
            if story is None or beside_column(el, self._column()):
                return None
        if next(el.iter("h1"), None) is not None:
            return None  # the page's own title under a back link (a hero header), no teaser
        if offer_card(el, self.links, self.actions):
            return None  # (an 'Install' or 'Register Now' button beside its link: an offer)
        rel = related.build_related(el, self.base, title=lst.heading)
        if story is not None:  # (the story alone: its section label is no item)
            url = safe_url(story, self.base)
            rel.items = [x for x in rel.items if x.url == url][:1]
        return Found(el, rel) if rel.items else None

    def _overlay_card(self, el: etree._Element, a: etree._Element) -> Found | None:
        """A card whose one link is an empty overlay over its headline text (and a "Read
        more" label): a related block of one item titled by the headline."""
        key, article = link_kind(a.get("href") or "", self.hosts)
        if not article or own_link(key or "", self.hosts) or len(norm(el.text_content())) > rules.MAX_CARD_TEXT:
            return None
        headline = max((norm(t) for t in el.itertext()), key=len, default="")
        url = safe_url(a.get("href"), self.base)
        if len(headline.split()) < rules.TITLE_WORDS + 1 or url is None:
            return None
        rel = related.build_related(el, self.base)
        rel.items = [RelatedItem(title=headline, url=url)]
        return Found(el, rel)

    def _measure(self, el: etree._Element, n_links: int = 0) -> LinkList:
        """``measure`` of ``el``, once (``n_links`` changes no ``too_big``, the rest is read without)."""
        measured = self.measured
        lst = measured.get(el)
        if lst is None:
            # (inside a region measured whole, ``el`` is no larger: its size is not counted)
            outer = measured.get(el.getparent())
            lst = measured[el] = measure(el, self.hosts, self.facts, n_links,
                                         sized=outer is not None and not outer.too_big)
        return lst

    def _wrapper(self, el: etree._Element, n_links: int) -> bool:
        if el.text and el.text.strip():
            return False
        inner = None
        for child in el:
            if not isinstance(child.tag, str):
                continue
            if self.links.get(child, 0):
                if inner is not None:
                    return False
                inner = child
            elif child.tag not in ("script", "style") and child not in self.taken and (
                    (len(child) and _has_element(child)) or (child.text and child.text.strip())) \
                    and not is_hidden(child):
                return False  # a heading or other content beside the links (an ad slot is none)
        return inner is not None and self.links.get(inner, 0) == n_links

    def _all_articles(self, el: etree._Element, n_links: int) -> bool:
        """Every link of ``el`` goes to an article, three or more (a "Top topics" box of
        stories: the structure outweighs a class naming topics or tags)."""
        lst = self._measure(el, n_links)
        return not lst.too_big and lst.articles >= rules.MIN_ALL_ARTICLES and lst.articles == lst.urls

    def _story_band(self, el: etree._Element, n_links: int) -> Found | None:
        """A ``<nav>`` that is a headed band of story cards, no menu: a heading above its
        links ("Empfohlene Beiträge", before the ``nav`` or before the box holding them),
        every link to an article and read as its headline (``_all_articles``), and no menu
        around it. The block is the ``nav``."""
        if n_links > rules.MAX_BAND_LINKS:
            return None
        # (the heading first: most menus have none, and the link test measures every link)
        heading = heading_before(el)
        node: etree._Element | None = el
        while heading is None and node is not None:
            heading = opening_heading(node)  # ("<nav><h3>Related Articles</h3><a>…")
            if heading is None and (node := next((c for c in node if self.links.get(c, 0) == n_links), None)) is not None:
                heading = heading_before(node)  # (down the boxes holding every link)
        if heading is None or not self._all_articles(el, n_links) or next(el.iterancestors("nav"), None) is not None:
            return None
        rel = related.build_related(el, self.base, title=heading)
        return Found(el, rel) if rel.items else None

    def _in_text(self, el: etree._Element) -> bool:
        """``el`` (a quote) stands in the article's text: its parent is in the body's line,
        or the parent of a wrapper or two around it alone (a post embed's ``figure > div``)."""
        node = el
        for _ in range(_QUOTE_WRAPPERS + 1):
            parent = node.getparent()
            if parent is None:
                return False
            if parent in self.body_line:
                return True
            if len(parent) != 1:
                return False
            node = parent
        return False

    def _lead(self, el: etree._Element, n_links: int) -> Found | None:
        """``el`` (a paragraph or quote the body left out, ``n_links`` links) as a lead-in
        line's related block (``story_lines.lead_line``)."""
        if n_links > MAX_LEAD_LINKS:
            return None
        links = [a for a in el.iter("a") if a.get("href")]
        return lead_line(el, links, self.hosts, self.base) if links else None

    def _story_links(self, el: etree._Element) -> bool:
        """A paragraph left out of the body that is nothing but 2+ links to stories of the
        site ("DON'T MISS" above three headlines)."""
        lst = self._measure(el)
        return not lst.too_big and lst.articles >= rules.MIN_ARTICLE_LINKS and lst.articles == lst.urls \
            and lst.link_chars >= rules.MIN_STORY_PARAGRAPH_LINK_SHARE * lst.chars

    def _boxes_apart(self, el: etree._Element) -> bool:
        """Two or more children each with an action (link, form, button) and a prompt of its
        own (a sidebar's donation card and newsletter card): each is judged alone."""
        n = 0
        for c in el:
            if (self.links.get(c, 0) or c in self.actions) and len(norm(c.text_content())) >= rules.MIN_PROMPT_CHARS:
                n += 1
                if n >= 2:
                    self.split.add(el)
                    return True
        return False

    def _column(self) -> etree._Element | None:
        """``sister_lists.body_column`` of the page, once."""
        if self.column is False:
            self.column = body_column(self.body)
        return self.column  # type: ignore[return-value]

    def _above(self) -> AboveBody:
        if self.above is None:
            self.above = AboveBody(self.body)
        return self.above

    def _mail_box(self, el: etree._Element) -> bool:
        return el in self.mail_holders and mail_box(el)

    def _apart(self, el: etree._Element, apart: bool) -> bool:
        """``apart`` (a test of ``el`` already run: ``cta_rows.kinds_apart``, children of
        different kinds; ``brand_rows.holds_home_link``, the site's masthead row, its name or logo
        beside a "Subscribe" button): ``el`` is no box, each of its children is judged next (and
        may split in turn); recorded in ``split``."""
        if apart:
            self.split.add(el)
        return apart

    def _bars_apart(self, el: etree._Element) -> bool:
        """Two or more children each holding a bar of social links (two businesses' follow
        lists under their headings): each is a bar, ``el`` is none."""
        social = self.social
        return sum(1 for c in el if social.get(c, 0) >= 2) >= 2

    def _bar_below(self, el: etree._Element, n_social: int) -> bool:
        """One child of ``el`` holds all its social links, ``el`` more links beside them (a top
        bar's menu and its icon row): the bar is that child, judged next."""
        if el.tag == "li":
            return False  # (a menu entry unfolding its networks: ``region_widgets.menu_bar``'s)
        social, links = self.social, self.links
        n_links, node = links.get(el, 0), el
        for _ in range(_BAR_DEPTH):  # (down through the wrappers holding every link)
            c = next((c for c in node if social.get(c, 0) == n_social), None)
            if c is None:
                return False
            if links.get(c, 0) < n_links:
                return page_link_beside(el, c)
            node = c
        return False

    def _classify(self, el: etree._Element, tag: str, area: int, n_links: int,
                  lists: bool) -> Found | object | None:
        if not len(el):
            return None
        if not lists and el in self.post_boxes:  # (a post's neighbours in a region of no stories)
            return NeighbourFound(el, related.build_related(el, self.base))
        if tag == "blockquote":  # a quote is text: only a post embed's card (one story link) is chrome,
            # or a lead-in line set as a quote ("Learn More: <a>…</a> and <a>…</a>")
            if not (lists and area == OPEN and n_links <= rules.MAX_BOX_LINKS and self._in_text(el)):
                return None
            return self._card(el) or self._lead(el, n_links)
        n_buttons = self.buttons.get(el, 0)
        if n_buttons >= 2 and el not in self.holders and button_bar(el, n_buttons, n_links, self.social.get(el, 0)):
            box = ctas.with_prompt(el) if el.getparent() not in self.line else el
            return Found(box, ctas.build_cta(box, "share", self.base))
        # (in a menu a box is a button by its words, but a form asking an e-mail address is a
        # widget even there: a footer menu's sign-up form)
        by_words = area != MENU or (el in self.forms and email_field(el))
        if not n_links:
            box = None if el in self.holders or tag in NOT_BOX else cta_box(el, tag, 0, by_words=by_words, plain=self.plain,
                                                                                small=self.small)
            if box is None and area == OPEN and el in self.actions and el not in self.holders \
                    and offer_box(el, tag, 0, self.small):
                box = "other"  # (its one action a ``<button>`` asking to act: "Download Now!")
            return Found(el, ctas.build_cta(el, box, self.base)) if box else None
        if n_links == 1 and tag == "nav" and el not in self.holders:
            kind = lone_nav_link(el)  # a menu of one link set apart ("Subscribe" by "Sign in")
            if kind is not None:
                return Found(el, ctas.build_cta(el, kind, self.base))
        n_social = self.social.get(el, 0)
        if n_social >= 2 and n_social >= rules.MIN_ICON_BAR_SOCIAL * n_links and el not in self.holders \
                and not self._bars_apart(el) and not (n_social < n_links and self._bar_below(el, n_social)) \
                and not action_beside_bar(el, n_social, self.social, self.links, self.actions):
            bar = social_bar(el)
            if bar is not None and not (bar == "share" and in_story_link(el)) \
                    and not (area == MENU and in_submenu(el)):  # (a card's: its story's; a submenu's column)
                box = ctas.with_prompt(el) if el.getparent() not in self.line else el
                return Found(box, ctas.build_cta(box, bar, self.base))
        if n_social and (n_named := self.buttons.get(el, 0)) and el not in self.holders \
                and not (n_social < n_links and self._bar_below(el, n_social)) \
                and (bar := mixed_bar(el, n_named, n_links, n_social)) is not None:
            # network links beside share controls a script drives ("#", named by class token)
            box = ctas.with_prompt(el) if el.getparent() not in self.line else el
            return Found(box, ctas.build_cta(box, bar, self.base))
        if n_social >= 2 and el not in self.holders and (run := follow_run(el, self.links, el in self.actions)) is not None:
            # profile icons among a menu's other entries: found, and the rest still judged
            self.runs.append(Found(run, ctas.build_cta(run, "follow", self.base)))
        # A box holding a form and a social bar is two widgets (a footer column's sign-up form
        # and follow links): judge its parts.
        action = el in self.actions and n_social < 2
        # A small box (one or two links, or a form or button) is judged by its class, prompt or URLs.
        if tag not in NOT_BOX and el not in self.holders and (action or (n_links <= rules.MAX_BOX_LINKS and (
                cta_class(el) or (tag in BOX_TAGS and (area == MENU or n_links <= 2 or cta_url(el, n_links)
                                                       or self._mail_box(el)))))):
            box = cta_box(el, tag, n_links, by_words=by_words, action=action or self._mail_box(el),
                          plain=self.plain, small=self.small)
            if box is None and area == OPEN and el in self.mail_holders:
                box = mail_line(el, n_links)  # "Got a tip? Write to <a>tips@…</a>" after the text
            if box is None and area == OPEN and offer_box(el, tag, n_links, self.small):
                box = "other"  # (in the open page: a header's "Get started" button is navigation)
                self.offers.add(el)
            elif box is None and area != MENU and top_bar(el, tag, n_links, self._above, self.hosts):
                return Found(el, ctas.build_cta(el, "other", self.base))  # an announcement bar (one target: one box)
            named = box is None and (box := named_kind(el, n_links, area == OPEN)) is not None  # (its class says CTA)
            if box is not None and not (area != OPEN and box in rules.NAV_CTA_KINDS and bare(el)) \
                    and not self._boxes_apart(el) and not self._apart(el, kinds_apart(el)) \
                    and not menu_only(el, area != OPEN) \
                    and not (not named and self._apart(el, holds_home_link(el, self.base))) \
                    and not (area == MENU and in_submenu(el)):  # (an entry unfolding a submenu, its parts)
                if named:
                    self.named.append((el, box))  # (the last word: other rules may know it better)
                    return None
                return Found(el, ctas.build_cta(el, box, self.base))
        if n_links <= MAX_NOTICE_LINKS and area == OPEN and tag not in NOT_BOX and el not in self.holders \
                and (el.get("role") in NOTICE_ROLES or el in self._close_boxes()) and (kind := dismissible_kind(el, n_links)):
            return Found(el, ctas.build_cta(el, kind, self.base))  # a snackbar offering a subscription
        if lists and n_links <= rules.MAX_BOX_LINKS and tag in CARD_TAGS and area == OPEN and (
                el.getparent() in (self.body_line if tag in TEXT_CARD_TAGS else self.line)):
            card = self._card(el)
            if card is not None:
                return card
        if tag == "p" and n_links <= 3 and area == OPEN and el.getparent() in self.line:
            line = cta_line(el, self.base)  # a CTA line set apart in the text ("GET THE APP")
            if line is not None:
                return line
        if tag == "p" and n_links == 1 and lists and area == OPEN and el.getparent() in self.line:
            # (an in-text related link or invitation the body left out; a "Learn more." under a section)
            return link_line(el, self.hosts, self.base, invites=True) or more_line(el, self.hosts, self.base, self.body, self.hrefs) \
                or headed_line(el, self.hosts, self.base)
        if tag == "p" and 1 < n_links and lists and area == OPEN and el.getparent() in self.line \
                and (found := self._lead(el, n_links)) is not None:
            return found  # (a lead-in line the body left out)
        if n_links == 1 and lists and tag in POST_NAV_TAGS and (one_neighbour(el, self.hosts, self.base, self.neighbours) or (
                tag in ("ul", "ol") and rel_neighbour(el, self.hosts, self.base))):
            return Found(el, related.build_related(el, self.base))  # the first or last post's one neighbour
        if n_links == 1 and lists and tag in POST_NAV_TAGS and area != MENU and el not in self.forms \
                and (caption := captioned_story(el, self.hosts, self.base, area == EDGE, self.stories)) is not None:
            return Found(*one_story(el, caption, self.base))  # "Nächster Eintrag: <a>"
        if n_links == 1 and tag in BOX_TAGS and area != MENU and el not in self.holders and el not in self.actions \
                and (promo := promo_band(el, self.links, self.line, self.hosts, self.base)) is not None:
            return promo  # a headed box pointing at one own page ("Deploy on …" / "Sign up")
        if n_links > rules.MAX_REGION_LINKS * 3 or n_links < 2 or not lists:
            return None
        if not_related_class(el) and not (n_links >= rules.MIN_ALL_ARTICLES and self._all_articles(el, n_links)):
            if n_links <= 3 and post_pager(el) and prev_next(el, self.hosts, self.base, self.marks):
                return Found(el, related.build_related(el, self.base))  # a post's pager: its neighbours
            return self._no_list(el)  # a tag list: nothing inside is a related block
        if area == MENU and 3 < n_links <= rules.MAX_BAND_LINKS and tag != "li" and post_menu(el):
            area = EDGE  # (a menu whose entries are all posts: a list of stories at the page's edge)
        if area == MENU and el not in self.forms and (band := headed_stories(self, el, tag, n_links)) is not None:
            return band  # a headed list of stories set in a menu ("Most read" in a rail's <nav>)
        if n_links > 3 and (area == MENU or el in self.forms):
            if tag == "nav" and el not in self.forms and (band := self._story_band(el, n_links)) is not None:
                return band  # a band of story cards set in a <nav>
            return None  # (the answer below, with no previous/next links to look for first)
        if tag in ("form", "span", "li"):
            return None
        if self._wrapper(el, n_links):
            return None  # a wrapper around one element holding all its links: judge that one
        if tag == "p" and not self._story_links(el):
            return channel_cta(el, n_links, self.holders, self.line, self.taken, self.base)  # ("Subscribe | Feed | Mastodon")
        if n_links <= 3 and prev_next(el, self.hosts, self.base, self.marks):
            return Found(el, related.build_related(el, self.base))
        if area == MENU or el in self.forms:
            return None
        if (tag == "ul" or tag == "ol") and tree_branch(el):
            return NO_ARTICLES  # a branch of a link tree (an archive's month): the tree is one region
        lst = self._measure(el, n_links)
        if not lst.too_big and lst.articles == 0:
            # (another site's stories have headline texts: a menu's or a footer's short links never)
            if lst.urls < rules.MIN_SISTER_STORIES or lst.link_chars < rules.MIN_CARD_LINK_DENSITY * lst.chars \
                    or lst.link_chars < rules.TITLE_CHARS * lst.links:
                return channel_cta(el, n_links, self.holders, self.line, self.taken, self.base) or self._no_articles(el, lst)
            if not many_sister_stories(el, self.hosts, self.sister):
                return self._no_articles(el, lst)
            if sister_list(el, self.hosts, self.sister) and beside_column(el, self._column()):
                box, title = sister_widget(el, self.line)  # a sister site's stories: a widget beside the article
                rel = related.build_related(el, self.base, title=title or lst.heading)
                return Found(box, rel) if rel.items and rel.title else None
            return None  # (another site's stories below: a list of one of them may be)
        if lst.too_big or lst.urls == 0:
            return None
        heading = lst.heading or heading_before(el)
        vocabulary = related_heading(heading)
        # (a first line linking the section may name the box: "Mehr aus Lübeck")
        titled = None if vocabulary or area == MENU else linked_title(el, self.hosts)
        if titled is not None and related_heading(titled.text):
            heading, vocabulary = titled.text, True
        else:
            titled = None
        if area == EDGE and not vocabulary and not (lst.headlines() and (lst.pictured() or story_paths(el, self.hosts))):
            return None
        feed = None
        if not lst.is_related(vocabulary=vocabulary):
            feed = card_feed(el, lst, heading, self.hosts, self.facts, self.links, self.actions,
                             titled.line if titled else None)
            if feed is None:
                return None
            lst = feed[0]  # story cards, counted per card
            heading = heading if titled else lst.heading or heading
        if titled:
            heading = titled.name  # (the line's heading names the box: "Macwelt TV" beside "Mehr")
        if related_parts.parts(el, self.hosts, self.facts) or self.comments and comment_section_inside(el, self.comments, self.hosts):
            self.apart.add(el)
            return None  # several blocks in one region (stories, a comment section): each child is judged alone
        target = el
        if lst.heading is None and heading is not None and titled is None:
            target = with_heading(el, self.line)
        # (no heading: the line the block opens with may title it, a name linking its
        # section: that link is the title, no item)
        line = None if heading else title_line(target, self.hosts)
        rel = related.build_related(target, self.base, title=heading or line)
        if line:
            rel.items = [i for i in rel.items if i.title != line]
        elif titled:
            rel.items = [i for i in rel.items if not i.title or i.title not in titled.text]  # (the title's link)
        if feed:
            rel.items = story_items(rel.items, feed[1], self.base)  # (the cards' stories, no meta links)
        if not rel.items:
            return None
        return Found(target, rel)


    def heading_line(self, el: etree._Element, area: int) -> Found | None:
        """``el`` (a heading of the article's column holding one link, left out of the body)
        as a related link line, set apart by a marker ("<h2><a>HUMMUS AT HOME >>></a></h2>"
        under the text) or by its own caption ("<h5>READ: <a>…</a></h5>": ``captioned``), or
        standing under a lead-in line ("Want to learn more?": ``story_lines.headed_line``): a
        heading linking a story without any is a card's or a listing's headline, or the page's
        own."""
        if area != OPEN or el.getparent() not in self.line:
            return None
        text = norm(el.text_content())
        if marked(text):
            return link_line(el, self.hosts, self.base)
        if captioned(text) and (found := link_line(el, self.hosts, self.base)) is not None:
            return found  # (its own caption: "<h4>Also Read: <a>…</a></h4>")
        return headed_line(el, self.hosts, self.base)  # (or under a lead-in line: "Want to learn more?")


def _has_element(el: etree._Element) -> bool:
    """``el`` holds an element (a comment alone is none: an empty "clear" div)."""
    return next(el.iterchildren(etree.Element), None) is not None


#: Levels looked down for the child holding a bar's social links (``_bar_below``).
_BAR_DEPTH = 6
#: Wrappers holding nothing but a quote that may stand between it and the article's text.
_QUOTE_WRAPPERS = 2
#: ``_classify``'s answer for a region without any article link (nothing below is related).
NO_ARTICLES = object()
#: What ``_classify`` answers for a dismissible notice (``dismissible``): no related block,
#: and its parts are no region of their own either.
DISMISSIBLE = object()
#: Tags of a story card set in the article column (``_card``).
CARD_TAGS = frozenset({"aside", "div", "section", "figure", "article", "blockquote"})
#: Of them, tags of a card only when it stands among the text's own blocks (an ``<article>``
#: or ``<blockquote>`` elsewhere is a listing's entry or a quote).
TEXT_CARD_TAGS = frozenset({"article", "blockquote"})
#: Tags of a previous/next region of one link.
POST_NAV_TAGS = frozenset({"aside", "div", "section", "nav", "footer", "ul", "ol"})
#: Tags ``_classify`` finds nothing in when they hold one link or none and fewer than two
#: buttons (no CTA box, no card, no CTA line or post navigation: the walk skips the call).
NO_SMALL_REGION = NOT_BOX - CARD_TAGS - POST_NAV_TAGS - {"p"}
