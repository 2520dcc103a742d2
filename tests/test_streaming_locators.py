"""Locators on React streamed pages (``extract/streaming.py``): the reader moves each hidden
``div#S:n`` segment into its ``template#B:n`` placeholder before reading, but every locator
is an XPath into the input tree, ``lxml.html.fromstring(raw)``. The pages are small, written
for the project."""

from __future__ import annotations

import lxml.html

import syndicate
from articlepages import FOOTER, NAV, STORY, page, paras

NEWSLETTER = (
    "<div class='newsletter-signup'><h3>Get the Harbour Gazette newsletter</h3>"
    "<p>The week's stories from the island, every Friday morning.</p>"
    "<form action='/subscribe'><input type='email' name='email' placeholder='Your email'>"
    "<button type='submit'>Subscribe</button></form></div>"
)
RELATED = (
    "<aside class='related-stories'><h2>Related stories</h2><ul>"
    + "".join(f"<li><a href='/news/story-{i}'>Harbour story number {i} of the winter</a></li>" for i in range(5))
    + "</ul></aside>"
)


def streamed(part: str) -> bytes:
    """An article whose box after the text streams in later: a ``B:0`` boundary (with its
    loading fallback) in the page, the part in ``div#S:0`` at the end of the body."""
    return page(
        f"{NAV}<div class='layout'><main><article><h1>Harbour wall</h1>{paras(STORY[:5])}"
        "<!--$?--><template id='B:0'></template><p>Loading...</p><!--/$--></article></main></div>"
        f"{FOOTER}<div hidden id='S:0'>{part}</div>"
        "<script>$RC(\"B:0\",\"S:0\")</script>"
    )


def norm(text: str) -> str:
    return " ".join(text.split())


def check(raw: bytes, items: list, words: str) -> None:
    tree = lxml.html.fromstring(raw)
    assert items
    for item in items:
        hit = tree.xpath(item.locator)
        assert hit, item.locator
        assert words in norm(hit[0].text_content()), item.locator


def test_streamed_newsletter_box_locator_resolves_in_input_tree() -> None:
    raw = streamed(NEWSLETTER)
    doc = syndicate.parse(raw, url="https://example.com/news/harbour-wall")
    news = [c for c in doc.ctas if c.kind == "newsletter"]
    check(raw, news, "Subscribe")
    assert "Loading..." not in doc.text() and STORY[0] in doc.text()


def test_streamed_related_list_locator_resolves_in_input_tree() -> None:
    raw = streamed(RELATED)
    doc = syndicate.parse(raw, url="https://example.com/news/harbour-wall")
    check(raw, doc.related, "Harbour story number 3")


def test_body_locators_resolve_in_input_tree() -> None:
    raw = streamed(NEWSLETTER)
    doc = syndicate.parse(raw, url="https://example.com/news/harbour-wall")
    tree = lxml.html.fromstring(raw)
    for block in doc.body:
        hit = tree.xpath(block.locator)
        assert hit and norm(hit[0].text_content()) == norm(block.plain_text()) or not block.plain_text()


def test_locators_resolve_in_input_tree_under_site_rules() -> None:
    # (the rules' reading resolves locators in the read tree itself: they go back to the
    # input tree at the end)
    from syndicate.siteconfig import parse_site_config

    raw = streamed(NEWSLETTER + RELATED)
    cfg = parse_site_config("strip: //footer\ncta(newsletter): //div[@class='newsletter-signup']\n",
                            "example.com.txt")
    doc = syndicate.parse(raw, url="https://example.com/news/harbour-wall", site_config=cfg)
    check(raw, [c for c in doc.ctas if c.kind == "newsletter"], "Subscribe")
    check(raw, doc.related, "Harbour story number 3")
    check(raw, [b for b in doc.body if b.plain_text()], "")
