"""to_text and to_markdown: body only, every block type, escaping, chrome only when asked."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import syndicate
from strategies import documents
from syndicate.model import (
    AdSlot,
    CallToAction,
    Code,
    Document,
    Embed,
    Heading,
    ImageBlock,
    ListBlock,
    ListItem,
    Metadata,
    Paragraph,
    Quote,
    Related,
    RelatedItem,
    Rule,
    Table,
    TableCell,
)


def _doc() -> Document:
    return Document(
        url="https://example.com/a",
        metadata=Metadata(title="Harbour reopens"),
        body=[
            Heading(id="b1", level=2, text="What happened", html="What happened"),
            Paragraph(id="b2", text="The harbour reopened on Monday, see the report.",
                      html='The <strong>harbour</strong> reopened on <em>Monday</em>, see '
                           'the <a href="https://example.com/report">report</a>.'),
            ListBlock(id="b3", ordered=True, items=[ListItem("Piers", "Piers"),
                                                   ListItem("Boats", "<b>Boats</b>")]),
            Quote(id="b4", text="We are open again.", html="We are open again.", cite="Mayor Ann Lee"),
            ImageBlock(id="b5", src="https://example.com/pier.jpg", alt="The pier",
                       caption="The new pier", kind="figure"),
            Table(id="b6", rows=[[TableCell("Day", "Day", True), TableCell("Boats", "Boats", True)],
                                 [TableCell("Mon", "Mon"), TableCell("12", "12")]]),
            Code(id="b7", text="print('```')", language="python"),
            Embed(id="b8", provider="youtube", url="https://www.youtube.com/watch?v=abc",
                  title="Video"),
            Rule(id="b9"),
            Paragraph(id="b10", text="1. Not a list * and not [a link](x) # nor a heading",
                      html="1. Not a list * and not [a link](x) # nor a heading"),
        ],
        ads=[AdSlot(id="ad1", network="adsense", label="Advertisement")],
        related=[Related(id="rel1", title="Must Read",
                         items=[RelatedItem(title="Other story", url="https://example.com/o")])],
        ctas=[CallToAction(id="cta1", kind="newsletter", text="Sign up",
                           url="https://example.com/nl")],
    )


def test_markdown_blocks() -> None:
    md = syndicate.to_markdown(_doc())
    assert md.startswith("## What happened\n\n")
    assert ("The **harbour** reopened on *Monday*, see the "
            "[report](https://example.com/report).") in md
    assert "1. Piers\n2. **Boats**" in md
    assert "> We are open again.\n>\n> — Mayor Ann Lee" in md
    assert "![The pier](https://example.com/pier.jpg)\n\n*The new pier*" in md
    assert "| Day | Boats |\n|---|---|\n| Mon | 12 |" in md
    assert "````python\nprint('```')\n````" in md
    assert "[Video](https://www.youtube.com/watch?v=abc)" in md
    assert "\n---\n" in md
    assert "1\\. Not a list \\* and not \\[a link\\](x) # nor a heading" in md
    for chrome in ("Advertisement", "Must Read", "Sign up", "Harbour reopens"):
        assert chrome not in md  # body only by default


def test_markdown_title_and_chrome_on_request() -> None:
    md = syndicate.to_markdown(_doc(), title=True, chrome=True)
    assert md.startswith("# Harbour reopens\n\n## What happened")
    assert "**Must Read**\n\n- [Other story](https://example.com/o)" in md
    assert "*newsletter:* [Sign up](https://example.com/nl)" in md
    assert "*ad:* Advertisement adsense" in md


def test_markdown_never_writes_unsafe_links() -> None:
    doc = Document(body=[Paragraph(id="b1", text="click",
                                   html='<a href="javascript:alert(1)">click</a>'),
                         ImageBlock(id="b2", src="data:image/png;base64,xx", caption="cap")])
    md = syndicate.to_markdown(doc)
    assert "javascript" not in md and "data:" not in md
    assert md == "click\n\ncap\n"


def test_text_blocks() -> None:
    text = syndicate.to_text(_doc())
    assert text.startswith("What happened\n\nThe harbour reopened on Monday, see the report.\n\n")
    assert "1. Piers\n2. Boats" in text
    assert "We are open again.\n— Mayor Ann Lee" in text
    assert "Day\tBoats\nMon\t12" in text
    assert "The new pier" in text
    assert "<" not in text.replace("<a", "")  # no markup
    for chrome in ("Advertisement", "Must Read", "Sign up"):
        assert chrome not in text
    with_chrome = syndicate.to_text(_doc(), chrome=True)
    assert "Related: Must Read\n- Other story <https://example.com/o>" in with_chrome
    assert "[newsletter] Sign up <https://example.com/nl>" in with_chrome


def test_empty_body() -> None:
    assert syndicate.to_text(Document()) == "" and syndicate.to_markdown(Document()) == ""


def test_parsed_page_round_trip() -> None:
    page = ("<html><head><title>T</title></head><body><article><h1>T</h1>"
            "<p>First paragraph of the story, long enough to be the article body for sure.</p>"
            "<blockquote>A quote from someone who saw the harbour close.</blockquote>"
            "<ul><li>one</li><li>two</li></ul>"
            "<p>Second paragraph of the story, also long enough to be kept in the body.</p>"
            "</article><div class='newsletter'>Sign up for our newsletter</div></body></html>")
    doc = syndicate.parse(page, url="https://example.com/t")
    md = syndicate.to_markdown(doc)
    assert "First paragraph" in md and "> A quote" in md and "- one\n- two" in md
    assert "newsletter" not in md.lower()


_HOSTILE_HTML = st.sampled_from([
    '<a href="javascript:alert(1)">x</a>', '<a href="  JaVa\tScRiPt:alert(1)">y</a>',
    "<script>alert(1)</script>", "<em>*</em>[a](javascript:b)", "`code` <code>``</code>",
    "<b></b><i> </i>", "<br><br>", "&lt;img src=x onerror=1&gt;", "1. # > - ", "\x00\ud800",
])


@settings(max_examples=60, deadline=None)
@given(doc=documents(), extra=_HOSTILE_HTML)
def test_text_and_markdown_never_raise_nor_emit_script_urls(doc: Document, extra: str) -> None:
    doc.body.append(Paragraph(id="bx", text=extra, html=extra))
    for write in (syndicate.to_text, syndicate.to_markdown):
        for chrome in (False, True):
            out = write(doc, chrome=chrome, title=True)
            assert isinstance(out, str)
    md = syndicate.to_markdown(doc, chrome=True)
    # a link target is "](" not preceded by a backslash; escaped text is no link
    assert not re.search(r"(?<!\\)\]\(\s*javascript:", md.lower().replace("\t", ""))
    assert "<script" not in md
