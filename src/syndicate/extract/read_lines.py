"""A "Read more:" prompt the chrome pass took for a call to action that is the label of a line
of the text linking one story of the site ("<h4><strong>READ MORE: </strong><a>Will ChatGPT
Eliminate the College Admissions Essay?</a></h4>"): the line is a related block of one item,
a lead-in and its link set apart, no call to action. The line is its label (the prompt's
words, a colon) and one link to another page of the site, nothing after it; a line whose own
class names it a "read more" (``<p class="readmore">Read more: <a>…</a></p>``) is its own
prompt. A card's "Read more" link, a prompt in a box of several links or before a sentence
stays a CTA."""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from ..model import CallToAction
from . import related
from .chrome import Found
from .chrome_util import norm, shown_text
from .rules import read_lines as rules
from .story_lines import story_target


def read_more_lines(found: Sequence[Found], hosts: frozenset[str], base: str | None) -> list[Found]:
    """``found`` with each "Read more:" prompt (a ``read_more`` CTA) that labels a story line
    of the text replaced by that line's related block (see the module)."""
    out: list[Found] = []
    for f in found:
        item = f.item
        if isinstance(item, CallToAction) and item.kind == "read_more" \
                and (line := _labelled_line(f.element, hosts, base)) is not None:
            out.append(line)
        else:
            out.append(f)
    return out


def _labelled_line(prompt: etree._Element, hosts: frozenset[str], base: str | None) -> Found | None:
    """The related block of the line ``prompt`` labels: its nearest block ancestor (a few
    levels up, the prompt no link of its own) whose words are a short label ending in a
    colon (the prompt's words in it: "READ MORE:", "💡 <b>Read More</b>:") and one link after
    it, nothing after the link, to another page of the site (``story_lines.story_target``);
    reported on the wrapper (a quote, a box) holding nothing but that line."""
    if prompt.tag == "a" or next(prompt.iterancestors("a"), None) is not None:
        return None  # (a card's "Read more" link: its card, no line)
    links = [a for a in prompt.iter("a") if a.get("href")] if prompt.tag in rules.LINE_TAGS else []
    node = prompt  # (a line whose class says "read more" and holds its link: the prompt is the line)
    if not links:
        for _ in range(rules.CLIMB):
            parent = node.getparent()
            if parent is None:
                return None
            node = parent
            if node.tag in rules.LINE_TAGS:
                break
        else:
            return None
        links = [a for a in node.iter("a") if a.get("href")]
    if not links or any(a.get("href") != links[0].get("href") for a in links):
        return None  # (no link, or several targets: a box of links, no line)
    href = links[0].get("href") or ""
    link_text = norm(links[0].text_content())
    if len(link_text.split()) < rules.TITLE_WORDS:
        return None  # (an image link, a word: no headline)
    label, found, rest = norm(shown_text(node)).partition(link_text)
    label = label.strip()
    if not found or rest.strip(rules.CLOSING) or not label.endswith(":") \
            or len(label.split()) > rules.LABEL_WORDS \
            or (node is not prompt and norm(shown_text(prompt)).rstrip(": ") not in label):
        return None  # (words after the link, or a label that is more than the prompt: a sentence)
    if not story_target(href, hosts, base):
        return None
    while (parent := node.getparent()) is not None and parent.tag in rules.WRAPPERS and _only_child(parent, node):
        node = parent  # (a quote or a box set around the line alone: the line set apart)
    rel = related.build_related(node, base, title=label.strip(rules.TITLE_STRIP) or None)
    return Found(node, rel) if rel.items else None


def _only_child(parent: etree._Element, node: etree._Element) -> bool:
    """``node`` is ``parent``'s one element and no words stand beside it."""
    if len(parent) != 1 or (parent.text and not parent.text.isspace()):
        return False
    return not node.tail or node.tail.isspace()
