"""A line of the article's column that is one link to another story of the site, told from a
sentence of the text by what sets it apart, not by what it says:

- a marker glyph opening it or closing its link ("» Useful Resource: <a>A Guide to
  Insurance</a>", "<a>>>> Der große Reputation Report</a>", "<a>HUMMUS AT HOME >>></a>");
- a line that is only a short "more" link standing right after a block of the text ("<a>Learn
  more.</a>" under a section), the body having left it out;
- a highlighted paragraph (a box of its own colour) holding one story link ("Tipp: how to
  waste less food, in <a>the linked post</a>");
- a lead-in before the link: a short label ending in a colon ("Learn More: <a>…</a>"), or a
  short question or label and a few words ("Next steps: Find out <a>…</a>", "Du suchst
  noch mehr Highlights? Hier kommen <a>…</a>");
- a line that is only the link, right under a short lead-in line of its own with no box
  around the two ("<h4>Want to learn more?</h4><h4><a>…</a></h4>");
- a line that is only its link, the link's words pointing the reader on ("<a>Read our full
  review.</a>", "<a>Learn more about a learning management system.</a>"), or the line set
  apart as a whole, all in emphasis or in brackets (``apart_lines``: "(<a><i>Scientists
  identify one fitness habit…</i></a>.)"); such a line may also hold a long lead-in ending
  in a colon before its link (convention 11.4).

The link must go to another page of the site (an article for the last two, whose words say
little), never the page itself (or its first page) or a file: a line linking another site is
a citation, and a sentence of the text holding a link has neither marker nor box.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from lxml import etree

from . import related
from .apart_lines import set_apart
from .chrome import Found
from .chrome_util import norm, previous_element, shown_text
from .lead_stems import has_lead_stem
from .linklists import above_page, below_page, link_kind, related_heading, site_page
from .region_names import heading_before
from .rules import story_lines as rules
from .slug_lines import file_link, names_target, own_box


def marked(text: str) -> bool:
    """The line (or its link's text) opens with a marker glyph, or its link closes with one."""
    return text.startswith(rules.OPENING_MARKERS) or text.endswith(rules.CLOSING_MARKERS)


def opens_marked(el: etree._Element) -> bool:
    """``el``'s first text (its own, or its first child's: a link, a bold label) opens with
    a marker glyph: read without its whole text."""
    text = el.text
    if (text is None or text.isspace()) and len(el):
        text = el[0].text
    return text is not None and text.lstrip().startswith(rules.OPENING_MARKERS)


def marked_label(label: str) -> bool:
    """``label`` (the text before a line's link) is a marker with a short name after it
    ("» Useful Resource:", "»"): the line is a teaser, whatever the name says."""
    if not label.startswith(rules.OPENING_MARKERS):
        return False
    name = label.lstrip("".join(rules.OPENING_MARKERS) + " ")
    return not name or (name.endswith(":") and len(name.split()) <= rules.MAX_MARKED_LABEL_WORDS)


def story_target(href: str, hosts: frozenset[str], base: str | None) -> bool:
    """``href`` leads to another page of the site that is no listing: neither the page
    itself (or its first page), a further page of it nor a file."""
    return site_page(href, hosts) and not above_page(href, base) and not below_page(href, base) \
        and not file_link(href)


def _article_target(href: str, hosts: frozenset[str], base: str | None) -> bool:
    """``story_target``, and the path reads as an article's (``linklists.link_kind``)."""
    return link_kind(href, hosts)[1] and story_target(href, hosts, base)


def more_line(el: etree._Element, hosts: frozenset[str], base: str | None,
              body: Collection[etree._Element], page_links: Sequence[etree._Element]) -> Found | None:
    """``el`` (a paragraph the body left out, one link in it) as a related block of one
    item, if it is only a short "more" link ("Learn more.") to another article of the site
    standing right after a block of the body: the section above is the story's teaser. A
    page the site's menus link (``page_links``: the page's links) is a product or a section
    the text promotes, no story."""
    prev = previous_element(el)
    if prev is None or prev not in body:
        return None
    a = next((x for x in el.iter("a") if x.get("href")), None)
    if a is None:
        return None
    text = norm(el.text_content())
    if len(text) > _MORE_CHARS or norm(a.text_content()) != text \
            or text.lower().rstrip(rules.MORE_CLOSING) not in rules.MORE_LINKS:
        return None
    href = a.get("href") or ""
    if not _article_target(href, hosts, base) or _in_menu(a, href, page_links):
        return None
    rel = related.build_related(el, base, title=None)
    return Found(el, rel) if rel.items else None


def _in_menu(a: etree._Element, href: str, page_links: Sequence[etree._Element]) -> bool:
    """Another link to ``href`` than ``a`` stands in a menu, a page header or footer."""
    for x in page_links:
        if x is not a and x.get("href") == href \
                and any(anc.tag in _MENU_TAGS for anc in x.iterancestors()):
            return True
    return False


#: Tags of the page's menus and edges.
_MENU_TAGS = frozenset({"nav", "header", "footer"})
#: Characters of the longest "more" line (``rules.MORE_LINKS``): longer, it is never read.
_MORE_CHARS = 40


def opens_pointer(low: str) -> bool:
    """``low`` (a lower-cased line or link text) opens with words pointing the reader on
    (``rules.POINTER_STEMS``: "read our", "learn more about", "découvrez"), whole words, and
    names what it points to after them ("Read our <b>full review</b>": a bare "Learn more"
    names nothing, a button's words)."""
    stems = _first_stems(low)
    if stems is None:
        return False  # (most texts: one look-up of their first word)
    for stem in stems:
        if low.startswith(stem) and (len(low) == len(stem) or not low[len(stem)].isalnum()):
            return len(low[len(stem):].split()) >= rules.MIN_POINTER_NAME_WORDS
    return False


def _first_stems(low: str) -> tuple[str, ...] | None:
    """The pointer stems opening with ``low``'s first word, or None."""
    end = low.find(" ")
    return _POINTER_FIRST.get((low if end < 0 else low[:end]).rstrip(_FIRST_WORD_END))


def _by_first_word(stems: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``stems`` grouped by their first word, longest first."""
    out: dict[str, list[str]] = {}
    for stem in stems:
        out.setdefault(stem.split()[0], []).append(stem)
    return {w: tuple(sorted(group, key=len, reverse=True)) for w, group in out.items()}


#: The pointer stems by first word: a text whose first word opens none is never read further.
_POINTER_FIRST = _by_first_word(rules.POINTER_STEMS)
#: Characters that may close a text's first word ("Discover:").
_FIRST_WORD_END = ".,:;!?…"


def pointer_line(el: etree._Element, links: list[etree._Element], hosts: frozenset[str],
                 base: str | None) -> Found | None:
    """``el`` (a paragraph or heading; ``links``: its links with a target) as a related block
    of one item, if it is only its link, set apart as a line of its own, and the link's words
    point the reader to another article of the site ("<a>Read our full review.</a>",
    "<a>Learn more about a learning management system.</a>"): a sentence of the text holding
    a link has words around it, a citation links another site, a product or section page has
    no article's address. A script in the line (a click counter) is no part of its text."""
    a = links[0]
    first = a.text if a.text is not None and not a.text.isspace() or not len(a) else a[0].text
    if not first or _first_stems(first.lstrip().lower()) is None:
        return None  # (most lines: the first word of their link opens no pointer, read without its text)
    link_text = norm(a.text_content())
    if not opens_pointer(link_text.lower()) or len(link_text.split()) > rules.MAX_POINTER_WORDS:
        return None
    href = a.get("href") or ""
    if any(x.get("href") != href for x in links):
        return None
    if norm(shown_text(el)).strip(rules.POINTER_WRAP) != link_text.strip(rules.POINTER_WRAP):
        return None  # (words beside the link: a sentence of the text)
    if not _article_target(href, hosts, base):
        return None
    rel = related.build_related(el, base, title=None)
    return Found(el, rel) if rel.items else None


def apart_line(el: etree._Element, links: list[etree._Element], hosts: frozenset[str],
               base: str | None) -> Found | None:
    """``el`` (a paragraph that is only its one link, brackets and a stop aside; ``links``:
    its links, one target) as a related block of one item, if the line is set apart as a
    whole (all in emphasis, or in brackets: ``apart_lines``) and the link names another
    article of the site in a headline's words ("<a><strong><em>Click here to read our full
    review of …</em></strong></a>.", "(<a><i>Scientists identify one fitness habit…</i></a>.)"):
    a pointer line of its own (convention 11.4), no sentence of the text. A question and
    words after it in the link ("Ever thought about monetizing? Estimate your earnings…")
    are a prompt and its ask, no headline."""
    title = norm(links[0].text_content())
    if len(title.split()) < rules.MIN_LEAD_HEADLINE_WORDS or _words(title.partition("?")[2]):
        return None
    href = links[0].get("href") or ""
    if not set_apart(el) or not _article_target(href, hosts, base):
        return None
    rel = related.build_related(el, base, title=None)
    return Found(el, rel) if rel.items else None


def boxed_line(el: etree._Element, links: list[etree._Element], text: str, hosts: frozenset[str],
               base: str | None) -> Found | None:
    """``el`` (a body paragraph; ``links``: its links with a target, ``text``: its
    normalised text) as a related block of one item, if it is a highlighted box (its own
    colour class or a background or border style) holding one link to another article of
    the site, a short line around it."""
    if not own_box(el):
        return None  # (most paragraphs: no box of their own, no further look)
    if len({a.get("href") for a in links}) != 1:
        return None
    if len(text.split()) > rules.MAX_BOXED_LINE_WORDS \
            or len(norm(" ".join(a.text_content() for a in links)).split()) < rules.MIN_BOXED_LINK_WORDS:
        return None
    href = links[0].get("href") or ""
    if not _article_target(href, hosts, base):
        return None
    rel = related.build_related(el, base, title=None)
    return Found(el, rel) if rel.items else None


def lead_line(el: etree._Element, links: list[etree._Element], hosts: frozenset[str], base: str | None,
              text: str | None = None) -> Found | None:
    """``el`` (a body paragraph; ``links``: its links with a target, ``text``: its normalised
    text) as a related block, if it is a lead-in line: links to other articles of the site
    whose words, the links aside, are only a short lead-in before the first link, joined by
    "and" or commas, nothing after the last. Several links follow a lead-in ending in a colon
    ("Learn More: <a>…</a> and <a>…</a>") or naming the invitation ("For other guides, check
    out our lists of best <a>…</a> and <a>…</a>."); one link, a lead-in ending in a colon and
    a headline ("Want to learn more? Check out: <a>Delivering Successful Projects</a>"). A
    sentence of the text holding links goes on after them; a source or tag line names itself
    so (``rules.LEAD_NOT_STEMS``); a citation links another site. ``text``: ``el``'s
    normalised text, when read already."""
    targets = {a.get("href") for a in links}
    if len(targets) > rules.MAX_LEAD_LINKS or not _closes(el, links[-1]):
        return None  # (most paragraphs holding links: words after the last one)
    if text is None:
        text = norm(el.text_content())
    least = rules.MIN_LEAD_LINK_WORDS if len(targets) > 1 else rules.MIN_LEAD_HEADLINE_WORDS
    parts: list[str] = []
    rest = text
    short: tuple[str, str] | None = None  # (a one-link line's short title and its address)
    for a in links:
        title = norm(a.text_content())
        if len(title.split()) < least:
            if len(targets) > 1 or len(title.split()) < rules.MIN_LEAD_LINK_WORDS:
                return None
            short = (title, a.get("href") or "")  # (asked of its address once the line reads as a lead-in)
        head, found, rest = rest.partition(title)
        if not found:
            return None  # (a link's text split by markup the paragraph's text reads otherwise)
        parts.append(head)
    lead = parts[0].strip()
    if not lead or any(_words(p) for p in (*parts[1:], rest)):
        return None  # (words between or after the links: a sentence)
    low = lead.lower()
    label = None
    if low.startswith(rules.LEAD_NOT_STEMS):
        return None
    if len(lead.split()) > rules.MAX_LEAD_WORDS:
        # (a long lead-in: a sentence, unless the line is set apart as a whole and its lead-in
        # ends in a colon, or a short label and a pointer lead to the one link: 11.4)
        if len(targets) > 1 or not ((low.endswith(":") and set_apart(el, text))
                                    or (label := _asked_label(lead, links[0])) is not None):
            return None
    elif not (low.endswith(":") or (len(targets) > 1 and has_lead_stem(low))
              or (len(targets) == 1 and (label := _asked_label(lead, links[0])) is not None)):
        return None
    if el.find(".//br") is not None and _broken_lead(el, links[0]):
        return None  # ("Timeline: 1 week<br>Learn more: <a>…</a>": a line of the text above the lead-in)
    if short is not None and not names_target(*short):
        return None  # (a title of few words, unless the address spells it: "SQL vs NoSQL")
    for href in targets:
        if not _article_target(href or "", hosts, base):
            return None
    name = (label or lead).strip(rules.LEAD_PUNCTUATION)  # (a short lead-in names the block: "Learn More")
    rel = related.build_related(el, base, title=name if len(name.split()) <= rules.MAX_LEAD_TITLE_WORDS else None)
    return Found(el, rel) if len(rel.items) == len(targets) else None


def _asked_label(lead: str, link: etree._Element) -> str | None:
    """The label of a lead-in before one link that closes with a few words after a short
    label or question ("Next steps: Find out", "Want to learn more? Read"): the label, if
    it names further stories (the related vocabulary, an invitation stem), or the words after
    it point the reader on to a story its address names ("Want to skill up? <a>Explore these
    data science certifications</a>" to ".../data-science-certifications": a site page the
    slug does not spell, "Check out <a>the license</a>", is no story), else None."""
    cut = max(lead.rfind(":"), lead.rfind("?"))
    if cut <= 0:
        return None
    label, tail = lead[:cut + 1], lead[cut + 1:]
    n_tail = len(tail.split())
    if ":" in label[:-1] or "?" in label[:-1] or len(label.split()) > rules.MAX_LEAD_WORDS:
        return None  # (two labels: a line of the text)
    if n_tail > rules.MAX_LEAD_TAIL_WORDS and (n_tail > rules.MAX_POINTER_TAIL_WORDS or not opens_pointer(tail.strip().lower())):
        return None  # (words after the label: a sentence, unless they point on: "Check out the list of our")
    if leads_on(label):
        return label
    if n_tail > rules.MAX_LEAD_TAIL_WORDS:
        return None
    title = norm(link.text_content())
    if not tail.strip() and len(title.split()) >= rules.MIN_POINTER_LINK_WORDS and opens_pointer(title.lower()):
        # (the link's own words point on to a story they name at length, after a label or
        # question: "Trouble deciding? <a>Read our comparison of the two models</a>";
        # "<a>Check out the license</a>" names a page, no story)
        return label
    after = f"{tail.strip()} {title}".strip()
    return label if opens_pointer(after.lower()) and names_target(title, link.get("href") or "") else None


def leads_on(label: str) -> bool:
    """``label`` (a short lead-in ending in a colon or a question mark) names further
    stories: a question asks for more ("Want to learn more?", "Du suchst noch mehr
    Highlights?": a question without that word is a CTA's prompt, "Ready to start
    building?"); a label is in the related vocabulary or an invitation ("Next steps:")."""
    low = label.lower()
    if low.endswith("?"):
        return not rules.MORE_WORDS.isdisjoint(w.strip(rules.LEAD_PUNCTUATION) for w in low.split())
    return related_heading(label) or has_lead_stem(low)


def headed_line(el: etree._Element, hosts: frozenset[str], base: str | None) -> Found | None:
    """``el`` (a paragraph or heading of the article's column the body left out, one link)
    as a related block of one item titled by its lead-in, if it is only that link, the
    headline of another article of the site, right under a short line of its own that
    leads into it: a question or a label ending in a colon, naming further stories
    ("<h4>Want to learn more?</h4><h4><a>Houseplant Care Tips…</a></h4>"): a heading and its
    one item, no box around them."""
    prev = previous_element(el)  # (first: most such lines stand under no line ending so)
    if prev is None or prev.tag not in _LEAD_LINE_TAGS or not "".join(prev.itertext()).rstrip().endswith(("?", ":")):
        return None
    a = next((x for x in el.iter("a") if x.get("href")), None)
    if a is None:
        return None
    text = norm(el.text_content())
    if norm(a.text_content()) != text or len(text.split()) < rules.MIN_LEAD_HEADLINE_WORDS:
        return None
    heading = heading_before(el)
    if heading is None or not heading.endswith(("?", ":")) or heading.lower().startswith(rules.LEAD_NOT_STEMS) \
            or not leads_on(heading):
        return None
    if not _article_target(a.get("href") or "", hosts, base):
        return None
    rel = related.build_related(el, base, title=heading)
    return Found(el, rel) if rel.items else None


#: Tags of a lead-in line over a story line (``headed_line``; ``heading_before`` reads them).
_LEAD_LINE_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong"})


def _closes(el: etree._Element, a: etree._Element) -> bool:
    """The link ``a`` closes the paragraph ``el``: no words after it (a stop, a bracket)."""
    node = a
    while node is not el:
        tail = node.tail
        if tail and tail.strip(rules.LEAD_PUNCTUATION):
            return False
        for sib in node.itersiblings():
            if isinstance(sib.tag, str) and "".join(sib.itertext()).strip(rules.LEAD_PUNCTUATION):
                return False
            if sib.tail and sib.tail.strip(rules.LEAD_PUNCTUATION):
                return False
        parent = node.getparent()
        if parent is None:
            return False
        node = parent
    return True


def _broken_lead(el: etree._Element, first: etree._Element) -> bool:
    """The words before ``first`` (``el``'s first link) run over a line break: two lines,
    the first one no part of the lead-in."""
    words = broken = False
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            if node is first:
                return False
            if node.tag == "br":
                broken = broken or words
            text = node.text
        else:
            text = node.tail if node is not el else None
        if text and text.strip(rules.LEAD_PUNCTUATION):
            if broken:
                return True
            words = True
    return False


def _words(part: str) -> bool:
    """``part`` (the text between or after a lead-in line's links) holds a word that joins
    no links ("and", "und" do)."""
    return any(w not in rules.LEAD_JOINERS for w in part.lower().strip(rules.LEAD_PUNCTUATION).split()
               if w.strip(rules.LEAD_PUNCTUATION))
