"""One comment section, one CTA (``comment_boxes``, a step of ``widget_merge.one_element``):
comments CTAs found apart that meet in a box holding nothing else are one comments CTA on the
box, and an item found inside one of them (a thread's "more replies" link read as a story
card) is a part of it; parts meeting in a page region, in a box of the article's line or in a
box holding more than them stay apart. Small pages written for the project, in English and
German.
"""

from __future__ import annotations

import lxml.html

from syndicate.extract.chrome import Found
from syndicate.extract.comment_boxes import one_per_comment_box
from syndicate.model import CallToAction, Related, RelatedItem


def _run(html: str, finds: list[tuple[str, str]], line: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """``one_per_comment_box`` on the items ``finds`` ((XPath, CTA kind, or "related")) of the
    small page ``html`` (``line``: XPaths of the article's line): (tag#id, kind) of each item."""
    root = lxml.html.fromstring(html)

    def item(k: str) -> CallToAction | Related:
        if k == "related":
            return Related(id="", title=None, items=[RelatedItem(title="23 more replies", url="https://x.example/p#c")])
        return CallToAction(id="", kind=k)  # type: ignore[arg-type]

    found = [Found(root.xpath(x)[0], item(k)) for x, k in finds]
    out = one_per_comment_box(found, {root.xpath(x)[0] for x in line}, None)
    return [(f"{f.element.tag}#{f.element.get('id') or ''}",
             f.item.kind if isinstance(f.item, CallToAction) else "related") for f in out]


_THREAD = ("<div class='thread'><div class='thread-inner'><div id='list' class='comment-list'>"
           "<div class='comment'><p>The wall was needed years ago.</p></div>"
           "<div class='comment'><p>Who pays for the rest of it?</p></div>"
           "<div id='more' class='more-replies'><a href='/p/wall/comments'>23 more replies</a></div>"
           "</div></div></div>")


def test_english_heading_row_and_thread_are_one_comments_cta():
    """English: a discussion box holding its heading row ("Discussion about this post") and
    the thread, whose list was found three levels down, with a "23 more replies" link inside
    it found as a story card: one comments CTA on the box, the card its part."""
    html = ("<html><body><main><article><p>Text.</p></article>"
            "<div id='discussion' class='box'><div id='head' class='row'><h4>Discussion about this post</h4></div>"
            f"{_THREAD}</div></main></body></html>")
    finds = [("//div[@id='head']", "comments"), ("//div[@id='list']", "comments"), ("//div[@id='more']", "related")]
    assert _run(html, finds) == [("div#discussion", "comments")]


def test_german_empty_anchor_and_thread_are_one_comments_cta():
    """German: a comment area holding an empty zero-size anchor box (found as the comments
    CTA) and the thread script's box: one comments CTA on the area."""
    html = ("<html><body><main><article><p>Text.</p></article>"
            "<div id='kommentare' class='kommentar-bereich'><div id='antworten' style='width:0;height:0'></div>"
            "<div id='diskussion' class='diskussion-gast'><div class='liste'><p>Gute Nachricht für den Hafen.</p>"
            "<p>Wer zahlt den Rest?</p></div></div></div></main></body></html>")
    finds = [("//div[@id='antworten']", "comments"), ("//div[@id='diskussion']", "comments")]
    assert _run(html, finds) == [("div#kommentare", "comments")]


def test_list_and_form_in_the_page_region_stay_two():
    """English: the comment list and the reply form side by side in ``<main>`` (a page
    region, no box of theirs): two comments CTAs, as found."""
    html = ("<html><body><main id='content'><article><p>Text.</p></article>"
            "<div id='list' class='entry-comments'><p>Ann: good news.</p></div>"
            "<div id='form' class='comment-respond'><form><textarea></textarea><button>Post</button></form></div>"
            "</main></body></html>")
    finds = [("//div[@id='list']", "comments"), ("//div[@id='form']", "comments")]
    assert _run(html, finds) == [("div#list", "comments"), ("div#form", "comments")]


def test_box_holding_more_or_in_the_article_line_keeps_its_parts():
    """English: a box holding the two comments parts and a newsletter box beside them (another
    item), and the same box when it is on the article's line: the parts stay apart."""
    html = ("<html><body><div id='after' class='after-post'><div id='count' class='meta'><a href='#c'>Leave a comment</a></div>"
            "<div id='nl' class='signup'><form><input type='email'><button>Sign up</button></form></div>"
            "<div id='thread' class='comments'><p>Ann: good news.</p></div></div></body></html>")
    finds = [("//div[@id='count']", "comments"), ("//div[@id='nl']", "newsletter"), ("//div[@id='thread']", "comments")]
    assert _run(html, finds) == [("div#count", "comments"), ("div#nl", "newsletter"), ("div#thread", "comments")]
    two = [finds[0], finds[2]]
    html_two = html.replace("<div id='nl' class='signup'><form><input type='email'><button>Sign up</button></form></div>", "")
    assert _run(html_two, two) == [("div#after", "comments")]
    assert _run(html_two, two, line=("//div[@id='after']",)) == [("div#count", "comments"), ("div#thread", "comments")]
