"""The region pass's walk of the page's links (``regions.py`` runs it once, before it judges the
page's regions top-down): ONE tag-filtered pass over the page collects its links, forms,
buttons, labelled controls and comment-section candidates, counts how many links (and social
links) each element holds, and keeps the lists the later steps read (button-styled links,
picture links, profile links, contact links...), so no step walks the page again."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import compress, islice

from lxml import etree

from . import ctas
from .banner_links import PICTURE_CHILD, WRAPPER_CHILD
from .button_looks import LOOK, looks_like_button
from .chrome_util import ClassesAndIds, classes_and_ids, page_attributes
from .comment_sections import comment_named
from .cta_rows import mail_href, scripted_href
from .linklists import HOST_LINKS
from .nav_buttons import (
    BUTTON,
    ENTRY_STYLED,
    LINK_FLAGS,
    NAMED,
    remember_entry,
    remember_link,
    styled_class,
)
from .region_judge import RegionJudge
from .region_widgets import asks_input
from .rules import regions as rules
from .rules.conversion import STYLED_MEMO
from .script_lists import empty_list
from .sharebars import network, scripted_link

#: What ``count_links`` reads: links, forms and buttons, labelled controls, comment sections.
_SCAN_TAGS = ("a", "div", "span", "li", "section", "form", "button", "amp-social-share", "ul", "ol", "amp-list",
              "textarea")
_SCAN_SET: frozenset[object] = frozenset(_SCAN_TAGS)
_LIST_TAGS = frozenset({"ul", "ol", "amp-list"})
#: First characters of a link target that may load no page ("#", "javascript:").
_SCRIPTED_FIRST = "#jJ "

#: Flags of the class values of the page's divs (``_COMMENT``: a comment section's name;
#: ``_STYLED``: styled as a button, ``nav_buttons``' holders): the walk asks one dict look-up
#: of each div's class value. Emptied when it grows past a limit.
_DIV_FLAGS: dict[str, int] = {}
_COMMENT, _STYLED = 1, 2


def _div_flags(value: str) -> int:
    """The flags of a div's class ``value``, kept in ``_DIV_FLAGS``."""
    if len(_DIV_FLAGS) >= STYLED_MEMO:
        _DIV_FLAGS.clear()
    if "omment" in value or "omentar" in value or "isqus" in value:
        flags = _COMMENT
    else:
        flags = _STYLED if styled_class(value) else 0  # (``nav_buttons``' test of a holder's class)
    _DIV_FLAGS[value] = flags
    return flags


def _count_ancestors(counter: Counter[etree._Element], found: list[etree._Element]) -> None:
    """Add one to ``counter`` for each ancestor of each of ``found``. The counts climb a level
    at a time, summed where they meet: the links of a list climb one by one to its entries,
    then as one count (a climb of every link's ancestors reads five times as many elements)."""
    getparent = etree._Element.getparent
    level = Counter(map(getparent, found))
    level.pop(None, None)
    while level:
        above: dict[etree._Element, int] = {}
        above_get = above.get
        for el, n in level.items():
            parent = getparent(el)
            above[parent] = above_get(parent, 0) + n
        above.pop(None, None)  # (the root's parent: dropped once a level, not tested per element)
        # The level's counts added to ``counter`` in C (``dict.update``), after adding to
        # them the counts of the few elements met before (at another distance from a link).
        for el in level.keys() & counter.keys():
            level[el] += counter[el]
        dict.update(counter, level)
        level = above



class LinkWalk(RegionJudge):
    """The region walk's link facts of one page (``count_links``), read by ``regions._Regions``."""


    #: The page's links with a target and one child that may hold a picture.
    pictured: list[etree._Element]
    #: ...and those whose one child may wrap one, or that hold two pictures (``banner_links``).
    wrapped: list[etree._Element]
    #: The page's links a script follows ("#", "javascript:") naming no network.
    scripted_a: list[etree._Element]
    #: The page's ``<textarea>`` fields.
    textareas: list[etree._Element]
    #: Links holding elements met among a body container's run of text (``card_links``).
    loose: list[etree._Element]
    #: The page's links to a profile on a network, in document order (``lone_follows``).
    follows: list[etree._Element]
    #: The page's ``mailto:`` (or address-protecting) and ``tel:`` links (``reach_boxes``).
    reach_links: list[etree._Element]

    def count_links(self, root: etree._Element, nodes: Sequence[etree._Element] | None = None,
                    names: ClassesAndIds | None = None) -> None:
        """One pass over the page's links: how many links (and social links) each element holds.
        ``nodes``: ``list(root.iter())`` when the caller holds it, with its ``names``
        (``chrome_util.classes_and_ids``): the walk reads them instead of the class and id of
        each link and ``div``."""
        links, social, actions = self.links, self.social, self.actions
        forms = self.forms
        named: list[etree._Element] = []  # share controls without a link naming a network
        # ONE tag-filtered walk for links, forms and buttons, labelled controls
        # (``sharebars.labelled_controls``) and comment section candidates
        # (``comment_sections.comment_candidates``): the page's divs are read once.
        controls: list[etree._Element] = []
        labelled: list[etree._Element] = []
        comments = self.comments
        hrefs: list[etree._Element] = []
        jumps = self.jumps
        shares: list[etree._Element] = []
        follows: list[etree._Element] = []
        self.follows = follows
        scripted: list[etree._Element] = []  # links a script follows: an action like a button
        share_or_follow = ctas.share_or_follow
        page_hrefs: list[str] = []
        buttons_a, styled_boxes, named_a = self.buttons_a, self.styled_boxes, self.named_a
        looks_a = self.looks_a
        pictured: list[etree._Element] = []
        self.pictured = pictured
        wrapped: list[etree._Element] = []
        self.wrapped = wrapped
        scripted_a: list[etree._Element] = []
        self.scripted_a = scripted_a
        textareas: list[etree._Element] = []
        self.textareas = textareas
        reach_links: list[etree._Element] = []
        self.reach_links = reach_links
        link_get, entry_get, div_get = LINK_FLAGS.get, ENTRY_STYLED.get, _DIV_FLAGS.get
        n_a = 0
        if nodes is None:
            walk: Iterable[tuple[etree._Element, str | None, str | None, object]] = (
                (x, x.get(b"class"), x.get(b"id"), x.tag) for x in root.iter(*_SCAN_TAGS))
        else:
            # (the tag filter of ``root.iter(*_SCAN_TAGS)``, on the page's tag list, in C)
            classes, ids, tags = names or classes_and_ids(nodes)
            walk = compress(zip(nodes, classes, ids, tags, strict=True), map(_SCAN_SET.__contains__, tags))
        targets = page_attributes().hrefs  # (the page's link targets: a look-up, no copy out of lxml)
        for x, x_class, x_id, tag in walk:
            if tag == "a":
                href = targets[x]
                n_a += 1
                if href and n_a <= HOST_LINKS:
                    page_hrefs.append(href)
                if not href:
                    if network(x) is not None:
                        named.append(x)
                    elif scripted_link(x):
                        scripted.append(x)
                    continue
                if (kind := share_or_follow(href)) is not None:
                    shares.append(x)
                    if kind == "follow":
                        follows.append(x)  # (maybe a lone profile icon: ``lone_follows``)
                elif href[:1] in _SCRIPTED_FIRST and scripted_href(href):
                    if network(x) is not None:
                        named.append(x)  # a share button a script drives ("#", "javascript:")
                        continue
                    scripted_a.append(x)  # (maybe a share button named by its words: ``share_buttons``)
                hrefs.append(x)
                if (n := len(x)) == 1:
                    if (tag := (first := x[0]).tag) in PICTURE_CHILD:
                        pictured.append(x)  # (maybe a picture banner: ``banner_links``)
                    elif tag in WRAPPER_CHILD and not (first.text and not first.text.isspace()):
                        wrapped.append(x)  # (maybe a picture banner in a wrapper: no words in it)
                elif n == 2:
                    if (tag := x[1].tag) == "noscript":
                        pictured.append(x)
                    elif tag == "img" == x[0].tag:
                        wrapped.append(x)  # (maybe a picture banner's two copies for two screens)
                if "#" in href:
                    jumps.append(x)  # (a jump within a page: ``comment_jumps``)
                # (a button-styled link: ``conversion_links``; one whose class or id names a
                # CTA kind: ``nav_buttons``; an id is read when the class names no button; one drawn
                # as a button by its utility classes: ``button_looks``)
                cls = x_class
                flags = (link_get(cls) if cls else 0)
                if flags is None:
                    flags = remember_link(cls)
                    if not flags & BUTTON and looks_like_button(cls):
                        flags = LINK_FLAGS[cls] = flags | LOOK
                if flags & BUTTON:
                    buttons_a.append(x)
                elif eid := x_id:
                    if (id_flags := link_get(eid)) is None:
                        id_flags = remember_link(eid)
                    if id_flags & BUTTON:
                        buttons_a.append(x)
                    flags |= id_flags
                if flags & LOOK and not flags & BUTTON:
                    looks_a.append(x)  # (its utility classes draw a button: ``button_looks``)
                if flags & NAMED:
                    named_a.append(x)
                # ("mail", or "a" second, is in every target ``mail_href`` accepts: most are ruled out;
                # a phone link, "tel:", for ``reach_boxes``)
                if (first := href[:1]) in "mM/h":
                    if ("mail" in href or href[1:2] in "aA") and mail_href(href):
                        self.mail_holders.update(islice(x.iterancestors(), rules.WIDGET_CLIMB + 2))
                        reach_links.append(x)
                elif first in "tT" and href[:4].lower() == "tel:":
                    reach_links.append(x)
            # (``labelled_control`` and ``comment_named`` inlined: two thirds of the walk)
            elif tag == "div":
                if x.get(b"role") == "button":
                    labelled.append(x)
                if c := x_class:  # (a comment section's name, a wrapper styled as a button:
                    # one look-up of the class value's flags, read once per value)
                    if (f := div_get(c)) is None:
                        f = _div_flags(c)
                    if f:
                        if f & _COMMENT:
                            comments.append(x)
                            continue
                        styled_boxes.append(x)  # (``nav_buttons``)
                if (i := x_id) and ("omment" in i or "omentar" in i or "isqus" in i or i == "respond"):
                    comments.append(x)
            elif tag == "li":
                if x.get(b"aria-label") is not None or x.get(b"title") is not None:
                    labelled.append(x)
                # (an entry styled as a button, wherever it stands in its list: ``nav_buttons``;
                # by its class, else its id: ``<li id="aboBtnHeader">``)
                if ((c := x_class) and ((styled := entry_get(c)) or (styled is None and remember_entry(c)))) or (
                        (i := x_id) and ((styled := entry_get(i)) or (styled is None and remember_entry(i)))):
                    styled_boxes.append(x)
            elif tag == "span":
                if x.get(b"aria-label") is not None or x.get(b"title") is not None:
                    labelled.append(x)
            elif tag == "section":
                if comment_named(x):
                    comments.append(x)
            elif tag in _LIST_TAGS:
                if (not len(x) or tag == "amp-list") and empty_list(x):
                    self.empty_lists.append(x)  # (a story list a script fills: ``script_lists``)
            elif tag == "textarea":
                textareas.append(x)  # (a message form's field: ``message_forms``)
            else:
                controls.append(x)
        self.page_hrefs = page_hrefs if n_a <= HOST_LINKS else None
        self.form_list = [x for x in controls if x.tag == "form"]
        self.controls = controls  # (the share buttons are looked for among them)
        self.labelled = labelled  # (with the buttons: the close controls of ``dismissible``)
        for x in controls:
            if x.tag != "form" and network(x) is not None:
                named.append(x)
            if x.tag == "amp-social-share":
                continue
            is_form = x.tag == "form" and asks_input(x)
            for anc in x.iterancestors():
                if anc in actions and (not is_form or anc in forms):
                    break
                actions.add(anc)
                if is_form:
                    forms.add(anc)
        # Each link counts for itself and its ancestors.
        for counter, found in ((links, hrefs), (social, shares)):
            counter.update(found)
            _count_ancestors(counter, found)
        self.hrefs = hrefs
        for x in scripted:
            for anc in x.iterancestors():
                if anc in actions:
                    break
                actions.add(anc)
        for x in labelled:
            if network(x) is not None:
                named.append(x)
            elif x.get(b"role") == "button":  # a scripted button (a banner's close control)
                for anc in x.iterancestors():
                    if anc in actions:
                        break
                    actions.add(anc)
        # The outermost control counts (an icon inside a counted button is no second one).
        outer = set(named)
        buttons = self.buttons
        for x in named:
            if not any(a in outer for a in islice(x.iterancestors(), 3)):
                buttons[x] += 1
                buttons.update(x.iterancestors())
