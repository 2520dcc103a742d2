"""Picture links that are ad creatives by their own markup: the evidence is on the link or
its picture, not on a box around them.

A site that places a banner by hand (its own product's, a partner's, an affiliate's) often
writes no ad box at all: the slot is the link. The chrome walk never builds a slot at an
``<a>`` (``NEVER_AD_TAGS``: a link's ad-like class is mostly a menu's or a share button's),
and ``banner_ads`` wants another firm's banner in a side column. A picture link is a slot
here, wherever it stands, when what it is says so:

* its class or id, or its picture's, names an ad (``ads.generic_name``: "siteline_ad",
  "small_ad"), or the picture's file name does ("ads-orbi370_…", "SAM_ad_square");
  (a name of ``MAX_FILE_NAME`` characters at most: a longer one is a generated id, where
  an ad word is chance);
* the picture is declared at a banner's size (``rules.ad_pictures.BANNER_SIZES``: wide or
  tall trade sizes only; a 300x250 or a square is as often a photo's thumbnail), in its
  width and height or its file name ("…_728x90.jpg").

(``rel="sponsored"`` is no evidence here: affiliate links carry it on product photos.)

Guards: the link's whole content is one picture (``banner_ads.picture``), no glyph and
nothing a name calls a logo, a badge or a button (``rules.banner_ads.NOT_BANNER_WORDS``);
a size alone counts only for a link to no picture file (a photo's enlargement), no profile
or share page; no item already found holds the link, and no text link to the same
target stands beside it (``banner_ads.in_card``: a product's or a story's card). It runs
after the CTA rules of picture links (``banner_links``, ``banner_ads``, ``target_promos``):
a house promo they claim stays a CTA. The slot is reported at the link's one-child
wrappers (a ``<center>``, a widget's box) up to ``WRAPPER_CLIMB`` levels, never at a body
block or a box holding anything else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from ..model import AdSlot
from ..sanitize import safe_url
from .ad_words import can_name_ad
from .ads import generic_name
from .banner_ads import file_name, in_card, picture, picture_names
from .banner_links import icon_picture
from .chrome import Found
from .chrome_util import tag_of
from .ctas import share_or_follow
from .rules import ad_pictures as rules
from .rules import banner_ads as banner_rules

#: A size in a file name ("banner_728x90", "Fiebre_160x600px").
_SIZE_IN_NAME = re.compile(r"(?<!\d)(\d{2,4})[x×](\d{2,4})(?!\d)")


def marked_pictures(links: Iterable[etree._Element], body: set[etree._Element],
                    found: set[etree._Element], base: str | None) -> list[Found]:
    """The ad slots among the picture links ``links`` (document order) that their own
    markup marks (module doc); ``body``: the body blocks, ``found``: the items found so far
    (updated with the slots reported)."""
    out: list[Found] = []
    for a in links:
        img = picture(a)
        if img is None:
            continue
        evidence = _evidence(a, img)
        if not evidence:
            continue
        href = (a.get("href") or "").strip()
        if share_or_follow(href) is not None or (evidence == _SIZED and _picture_file(href)):
            continue  # (a profile's or a share page's banner: a CTA; a photo's enlargement)
        if evidence != _NAMED and icon_picture(img):
            continue
        if not banner_rules.NOT_BANNER_WORDS.isdisjoint(picture_names(a, img)):
            continue  # (a logo, a badge, a button)
        if a in found or any(x in found for x in a.iterancestors()) or in_card(a, href):
            continue  # (inside an item; a card's picture beside its title link: an offer's, a story's)
        box = _box(a, body)
        found.add(box)
        out.append(Found(box, AdSlot(id="", format="display",
                                     attributes={"href": safe_url(href, base) or href} if href else {})))
    return out


#: What marks a picture link: nothing, a banner's size only, or its names.
_NONE, _SIZED, _NAMED = 0, 1, 2


def _evidence(a: etree._Element, img: etree._Element) -> int:
    """``_NAMED`` when the link's or picture's names or file name call it an ad, ``_SIZED``
    when the picture is declared at a banner's size, else ``_NONE``. A few attribute reads
    first; the names are split only when ``can_name_ad`` finds an ad word's letters in them."""
    file = file_name(img)
    names = [x for x in (a.get("class"), a.get("id"), img.get("class"), img.get("id")) if x]
    if file and len(file) <= rules.MAX_FILE_NAME:
        names.append(file)
    if names and can_name_ad(" ".join(names)) and any(generic_name(x) for n in names for x in n.split()):
        return _NAMED
    w, h = img.get("width"), img.get("height")
    if w and h and w.strip().isdigit() and h.strip().isdigit() and (int(w), int(h)) in rules.BANNER_SIZES:
        return _SIZED
    if file and ("x" in file or "X" in file or "×" in file):
        if any((int(w), int(h)) in rules.BANNER_SIZES for w, h in _SIZE_IN_NAME.findall(file.lower())):
            return _SIZED
    return _NONE


def _picture_file(href: str) -> bool:
    """``href`` opens a picture file (a photo's enlargement in a lightbox)."""
    path = href.split("?", 1)[0].split("#", 1)[0].lower()
    return path.endswith(rules.PICTURE_FILE_ENDS)


def _box(a: etree._Element, body: set[etree._Element]) -> etree._Element:
    """The link's outermost one-child wrapper, ``WRAPPER_CLIMB`` levels up at most, holding
    no text of its own and no body block; else the link."""
    box = a
    for _ in range(rules.WRAPPER_CLIMB):
        parent = box.getparent()
        if parent is None or parent in body or tag_of(parent) in rules.NO_WRAPPER_TAGS:
            break
        kids = [x for x in parent if isinstance(x.tag, str) and x.tag not in ("script", "noscript", "br")]
        if len(kids) != 1 or (parent.text and not parent.text.isspace()) \
                or any(x.tail and not x.tail.isspace() for x in parent):
            break
        box = parent
    return box
