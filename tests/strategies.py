"""Hypothesis strategies that build valid Documents (shared by model and fuzz tests)."""

from __future__ import annotations

from hypothesis import strategies as st

from syndicate.model import (
    AdSlot,
    CallToAction,
    Code,
    Document,
    Embed,
    Heading,
    Image,
    ImageBlock,
    ListBlock,
    ListItem,
    Metadata,
    Paragraph,
    Position,
    Quote,
    Related,
    RelatedItem,
    Rule,
    Table,
    TableCell,
)

texts = st.text(max_size=40)
opt_text = st.none() | texts
urls = st.sampled_from(["https://example.com/a", "http://news.example.org/x?y=1", "https://ü.example/é"])
opt_url = st.none() | urls
dims = st.none() | st.integers(min_value=1, max_value=5000)
locators = st.none() | st.sampled_from(["/html/body/div[2]/p[1]", "line:3", "/html/body/article"])
dates = st.none() | st.sampled_from(["2024-01-02T03:04:05Z", "2023-12-31T23:59:59.123+05:30"])


def _block_bodies():
    return st.one_of(
        st.builds(Paragraph, text=texts, html=texts),
        st.builds(Heading, level=st.integers(1, 6), text=texts, html=texts),
        st.builds(ListBlock, ordered=st.booleans(),
                  items=st.lists(st.builds(ListItem, text=texts, html=texts), max_size=3)),
        st.builds(Quote, text=texts, html=texts, cite=opt_text),
        st.builds(ImageBlock, src=urls, alt=opt_text, caption=opt_text, width=dims, height=dims,
                  kind=st.sampled_from(["image", "figure"])),
        st.builds(Table, rows=st.lists(st.lists(st.builds(TableCell, text=texts, html=texts,
                                                          header=st.booleans()), max_size=3),
                                       max_size=3), caption=opt_text),
        st.builds(Code, text=texts, language=opt_text),
        st.builds(Embed, provider=opt_text, url=opt_url, title=opt_text, text=opt_text),
        st.builds(Rule),
    )


@st.composite
def documents(draw) -> Document:
    body = draw(st.lists(_block_bodies(), max_size=6))
    for n, block in enumerate(body, 1):
        block.id = f"b{n}"
        block.locator = draw(locators)
    body_ids = [b.id for b in body]

    def position():
        placement = draw(st.sampled_from(["before", "inline", "after", "outside"]))
        after = draw(st.sampled_from(body_ids)) if body_ids and placement in ("inline", "after") else None
        return Position(placement, after)

    ads = [
        AdSlot(id=f"ad{n}", locator=draw(locators), position=position(),
               network=draw(st.none() | st.sampled_from(["adsense", "gpt", "taboola"])),
               unit=draw(opt_text), client=draw(opt_text),
               sizes=draw(st.lists(st.lists(st.integers(0, 2000), min_size=2, max_size=2), max_size=2)),
               format=draw(st.sampled_from(["display", "native", "video", "sponsored", "unknown"])),
               label=draw(opt_text),
               attributes=draw(st.dictionaries(st.sampled_from(["data-a", "data-b"]), texts, max_size=2)))
        for n in range(1, draw(st.integers(0, 3)) + 1)
    ]
    related = [
        Related(id=f"rel{n}", locator=draw(locators), position=position(), title=draw(opt_text),
                provider=draw(st.none() | st.sampled_from(["taboola", "outbrain"])),
                sponsored=draw(st.booleans()),
                items=draw(st.lists(st.builds(RelatedItem, title=opt_text, url=opt_url,
                                              image=st.none() | urls), max_size=3)))
        for n in range(1, draw(st.integers(0, 2)) + 1)
    ]
    ctas = [
        CallToAction(id=f"cta{n}", locator=draw(locators), position=position(),
                     kind=draw(st.sampled_from(["newsletter", "comments", "share", "read_more", "other"])),
                     text=draw(opt_text), url=draw(opt_url))
        for n in range(1, draw(st.integers(0, 2)) + 1)
    ]
    metadata = Metadata(
        title=draw(opt_text), subtitle=draw(opt_text), authors=draw(st.lists(texts, max_size=2)),
        published=draw(dates), modified=draw(dates), site_name=draw(opt_text),
        language=draw(st.none() | st.sampled_from(["en", "de-DE", "zh-Hant-TW"])),
        description=draw(opt_text),
        image=draw(st.none() | st.builds(Image, src=urls, alt=opt_text, caption=opt_text,
                                         width=dims, height=dims)),
        tags=draw(st.lists(texts, max_size=3)), section=draw(opt_text),
    )
    return Document(url=draw(opt_url), canonical_url=draw(opt_url), metadata=metadata, body=body,
                    ads=ads, related=related, ctas=ctas)
