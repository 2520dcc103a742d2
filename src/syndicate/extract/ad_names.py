"""What an ad slot's own names say beyond the tables' words: the ad format a class name or
id names (with a container word beside it: a box made for the slot), an attribute listing ad
sizes, and an id that is only its heading's anchor (no ad, whatever its words).

``ads.ad_signal`` asks these of an element once the network and container tables have
said nothing; the words and patterns are data in ``rules/ad_networks.py``.
"""

from __future__ import annotations

import re
import unicodedata

from lxml import etree

from ..memo import memo
from .chrome_text import ad_label
from .chrome_util import words
from .rules import ad_networks as rules
from .rules.banner_ads import IAB_SIZES

#: What a class name or id says of an ad format (``format_name``): nothing, a format, or a
#: format and a container word (``rules.AD_FORMAT_CONTAINERS``: a box made for the slot).
NO_FORMAT, FORMAT, CONTAINED = 0, 1, 2


@memo(16384)
def format_name(name: str) -> int:
    """``FORMAT`` when ``name`` names an ad format, ``CONTAINED`` when a container word stands
    beside the format word (or is glued to it: "Medrec1Container"), else ``NO_FORMAT``."""
    ws = words(name)
    if any(w in rules.AD_FORMAT_NOT for w in ws):
        return NO_FORMAT
    found = NO_FORMAT
    for w in ws:
        m = rules.AD_FORMAT_WORD.match(w)
        if m is not None:
            if m.group(1) or not rules.AD_FORMAT_CONTAINERS.isdisjoint(ws):
                return CONTAINED
            found = FORMAT
        elif rules.AD_BANNER_WORD.match(w):
            found = FORMAT
    if found:
        return found
    if "banner" in ws and any(w in rules.AD_BANNER_POSITIONS for w in ws):
        return FORMAT
    # a weak ad word ("pub", "sky") backed by a slot's position, format or size in the name
    return FORMAT if any(w in rules.AD_WEAK_WORDS for w in ws) and any(
        w in rules.AD_SLOT_EVIDENCE or rules.AD_SIZE_WORD.fullmatch(w) for w in ws) else NO_FORMAT


def configured_element(el: etree._Element) -> bool:
    """``el`` (a page's own custom element, a name with a "-") carries an ad slot's
    configuration in its attributes: a list of ad sizes ("sizes='[[300, 250], [300, 600]]'",
    an IAB size among them), or an ad format as an attribute's name or short value
    ("outstream", "placement='leaderboard_btf'"; a value read so is one token, no text: an
    ``alt`` naming a "leader" is none). AMP's own elements are no page's components (its ad
    tags are read apart). A component that is no ad names no format and lists no banner
    size; ``ad_signal`` asks it of an empty element only."""
    if el.tag.startswith("amp-"):
        return False
    for name, value in el.items():
        if name in _NOT_CONFIGURATION:
            continue
        if format_name(name):
            return True
        if value and len(value) <= _MAX_CONFIGURATION:
            if "[" in value and any((int(w), int(h)) in IAB_SIZES for w, h in rules.SIZE_PAIR.findall(value)):
                return True
            if _TOKEN.fullmatch(value) and format_name(value):
                return True
    return False


#: Attributes that hold no slot's configuration (names and looks: ``ad_signal`` read them).
_NOT_CONFIGURATION = frozenset({"class", "id", "style"})
#: Longest attribute value read for a configuration (a list of sizes, a placement's name).
_MAX_CONFIGURATION = 200
#: A value that is a name (a placement's, a format's), no text and no address.
_TOKEN = re.compile(r"[A-Za-z][\w-]{0,60}")


def disguised_plugin(cls: str) -> bool:
    """``cls`` is an ad plugin's box of one ad under its ad-blocker disguise: AdRotate's
    "gbalday-single abalday-134" (``rules.AD_PLUGIN_SINGLE``: a random string glued to "g"
    for the box, to "a" before the ad's number), whatever string the site chose."""
    if "-single" not in cls:
        return False  # (nearly every class string: no search)
    m = rules.AD_PLUGIN_SINGLE.search(cls)
    if m is None:
        return False
    number = f"a{m.group(1)}-"
    return any(c.startswith(number) and c[len(number):].isdigit() for c in cls.split())


def heading_anchor(el: etree._Element, eid: str) -> bool:
    """``eid`` is the slug of the text of ``el``'s own (first) heading: an anchor for a link
    to the section ("chat-gpt-launches-an-app-store" over "ChatGPT Launches an App Store"),
    whose words name the section's subject, no ad. Compared on letters and digits alone
    (slug makers split or join words their own way); a slug cut short matches its start.
    A slug is a line's words (four or more); a heading that is an ad label ("Advertisement"
    over ``#advertisement-box-top``) heads a slot."""
    if len(_SLUG_PIECES.findall(eid)) < _SLUG_WORDS - 1:
        return False
    heading = next(el.iter(*_HEADINGS), None)
    if heading is None:
        return False
    text = heading.text_content()
    slug = _slug_letters(eid)
    return _slug_letters(text).startswith(slug) and ad_label(" ".join(text.split())) is None


def _slug_letters(text: str) -> str:
    """``text``'s letters and digits, lower-cased, accents taken off (slugs drop them:
    "für" -> "fur", "publicité" -> "publicite")."""
    text = unicodedata.normalize("NFKD", text.lower())
    return _NOT_ALNUM.sub("", "".join(c for c in text if not unicodedata.combining(c)))


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
#: What a slug comparison leaves out of an id and a heading text.
_NOT_ALNUM = re.compile(r"[\W_]+")
#: The separators between a slug's words.
_SLUG_PIECES = re.compile(r"[-_]+")
#: Fewest words of an id read as a heading's slug (no "ad-top", no "sidebar-ad-box").
_SLUG_WORDS = 4
