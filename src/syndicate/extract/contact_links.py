"""Links to the site's contact page set apart from the page's menus: a footer column's
"Contact Us" standing beside the column's profile icons, phone line or sign-up; a heading
"Fact-Check Suggestions" linking the contact page beside the footer's follow and sign-up
widgets; a "Get in touch" closing the header menu in an element of its own (a ``<div>``
among the menu's ``<li>`` entries). Gold convention 2: a contact link set apart is a plain
``contact`` CTA.

``conversion_links`` and ``nav_buttons`` report such a link only when a class names a
button; ``contact_columns`` and ``reach_boxes`` only around a phone or e-mail link. What
sets this one apart is its PLACE, not its words:

* its holder (the link, grown through wrappers holding no other link) shows the link's
  label and nothing else, and is no entry of a run of like siblings (same tag and class,
  each holding a link: a menu's entries, a footer's bottom line);
* it stands beside CTA widgets: within two levels up (an element of a few links), another
  CTA found or a phone or e-mail link — a column of ways to reach the site; or it is the
  odd entry of a menu list (no ``<li>`` among three or more ``<li>`` entries), which the
  page marks apart by its markup;
* it is no entry of a menu, list or navigation block (within three levels), no copy in an
  overlay or a mobile-only box (``conversion.OVERLAY_WORDS``), and no text or item of the
  body.

The target is read by ``conversion_links.target_kind`` (the page's last path segment names
a contact page: "/contact/", "/kontakt", "/contactus/index.php"; a directory's
"/contact/21209254/jeffrey-slotnick" is a person's page); a label showing an e-mail
address or a phone number is a contact detail, no ask. Candidates are the region walk's
links (no walk of its own) holding a contact stem in their target (one search each).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from itertools import chain, islice

from lxml import etree

from ..model import CallToAction
from .chrome import Found
from .chrome_util import class_or_id_named, norm, overlaps
from .contact_columns import page_columns
from .conversion_links import link_label, target_kind
from .ctas import build_cta
from .region_widgets import NEVER
from .rules import contact_links as rules
from .rules.conversion import OVERLAY_WORDS


def contact_links(page_hrefs: Sequence[str] | None, hrefs: Sequence[etree._Element],
                  counts: Mapping[etree._Element, int], body: set[etree._Element], found: Sequence[Found],
                  line: set[etree._Element], reach: Sequence[etree._Element], base: str | None) -> list[Found]:
    """The contact-page links set apart among ``hrefs`` (the page's links with a target;
    ``page_hrefs``: their targets, the same list's, None on a page of too many links)
    outside the body blocks ``body`` and the items ``found`` (``line``: ancestors of the body
    and of the items found; ``counts``: the links below each element, the region walk's;
    ``reach``: the page's phone and e-mail links)."""
    candidates = _candidates(page_hrefs, hrefs)
    if not candidates:
        return []
    # (a column headed "Contact" around contact-page links and no phone or e-mail link: the column)
    out = page_columns([a for a, href in candidates if _contact_page(href)], counts, body, found, line, base)
    taken = {f.element for f in chain(found, out)}
    widgets = {f.element for f in found if isinstance(f.item, CallToAction)}
    widgets.update(reach)
    columns = len(out)
    for a, href in candidates:
        if not _contact_page(href):
            continue
        label = link_label(a)
        if not label or len(label) > rules.MAX_LABEL_CHARS or rules.DETAIL.search(label):
            continue  # (no label, a sentence, or an address shown: a contact detail)
        holder = _holder(a, counts)
        odd = _odd_entry(holder, counts)
        if not odd and any(x.tag in rules.MENU_TAGS for x in islice(holder.iterancestors(), rules.MENU_CLIMB)):
            continue  # (a menu's or a list's entry: navigation)
        if len(norm(holder.text_content())) > len(label) + rules.MAX_EXTRA_CHARS:
            continue  # (words beside the link: a line of text)
        if holder in line or overlaps(holder, body) or overlaps(holder, taken):
            continue
        if _in_run(holder, counts, widgets):
            continue
        if any(class_or_id_named(x, OVERLAY_WORDS) for x in islice(chain((holder,), holder.iterancestors()),
                                                                    rules.OVERLAY_CLIMB)):
            continue  # (a copy in a dialog or a mobile-only box)
        if not odd and not _beside_widgets(holder, counts, widgets):
            continue
        out.append(Found(holder, build_cta(holder, "contact", base)))
    return out if len(out) - columns <= rules.MAX_LINKS else out[:columns]


def _candidates(page_hrefs: Sequence[str] | None,
                hrefs: Sequence[etree._Element]) -> list[tuple[etree._Element, str]]:
    """The links whose target holds a contact stem, found by searching the page's targets
    joined in one string (in C: no loop over the page's links)."""
    if not page_hrefs or len(page_hrefs) != len(hrefs):
        return []
    joined = "\n".join(page_hrefs)  # (one string, searched in C: a target's stem is in lower case)
    stem = rules.CONTACT_STEM
    out: list[tuple[etree._Element, str]] = []
    pos = 0
    while (at := joined.find(stem, pos)) >= 0:
        end = at + len(stem)
        if joined[end:end + 1] in rules.STEM_NEXT:
            i = joined.count("\n", 0, at)
            href = page_hrefs[i] if i < len(page_hrefs) else ""
            if stem in href and hrefs[i].get("href") == href:  # (no line break in a target before it)
                out.append((hrefs[i], href))
                if len(out) >= rules.MAX_CANDIDATES:
                    break
            end = joined.find("\n", end)
            if end < 0:
                break
        pos = end
    return out


def _contact_page(href: str) -> bool:
    """``href`` loads the site's contact page: its last path segment (an index file aside)
    names one ("/about/contact", "/contactus/index.php"; not "/contact/2120/jane-doe")."""
    path = href.split("?", 1)[0].split("#", 1)[0]
    segments = [s for s in path.split("/") if s and not s.lower().startswith("index.")]
    return bool(segments) and target_kind("/" + segments[-1]) == "contact"


def _holder(a: etree._Element, counts: Mapping[etree._Element, int]) -> etree._Element:
    """``a`` grown through the wrappers holding no other link."""
    holder = a
    while (parent := holder.getparent()) is not None and parent.tag not in NEVER and counts.get(parent, 0) == 1:
        holder = parent
    return holder


def _odd_entry(holder: etree._Element, counts: Mapping[etree._Element, int]) -> bool:
    """``holder`` is no ``<li>`` but a child of a list whose entries (``MIN_ENTRIES`` or
    more ``<li>`` holding a link) are: the page sets it apart by its markup."""
    parent = holder.getparent()
    if parent is None or parent.tag not in rules.LIST_TAGS or holder.tag == "li":
        return False
    return sum(1 for s in parent if s.tag == "li" and counts.get(s, 0)) >= rules.MIN_ENTRIES


def _in_run(holder: etree._Element, counts: Mapping[etree._Element, int],
            widgets: Collection[etree._Element]) -> bool:
    """A sibling of ``holder`` of its tag and class holds a link that is no CTA: both are
    entries of one run (a footer's bottom line, a row of text links)."""
    parent = holder.getparent()
    if parent is None:
        return False
    cls = holder.get("class")
    for s in parent:
        if s is holder or s.tag != holder.tag or s.get("class") != cls or not counts.get(s, 0):
            continue
        if s not in widgets and not any(x in widgets for x in s.iter("a")):
            return True
    return False


def _beside_widgets(holder: etree._Element, counts: Mapping[etree._Element, int],
                    widgets: Collection[etree._Element]) -> bool:
    """Within ``BESIDE_CLIMB`` levels above ``holder`` (an element of at most
    ``MAX_COLUMN_LINKS`` links), another CTA found or a phone or e-mail link."""
    node = holder.getparent()
    for _ in range(rules.BESIDE_CLIMB):
        if node is None or node.tag in NEVER or counts.get(node, 0) > rules.MAX_COLUMN_LINKS:
            return False
        if any(x is not holder and x in widgets for x in node.iter()):
            return True
        node = node.getparent()
    return False
