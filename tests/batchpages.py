"""Small article pages written for the batch tests (no corpus page is copied here)."""

from __future__ import annotations


def article(n: int, *, paragraphs: int = 3, charset: str | None = "utf-8", words: str = "") -> str:
    """A news page: nav, an article with a heading and paragraphs, an ad slot, a footer.
    ``n`` makes the title and text unique; ``charset=None`` leaves the page undeclared."""
    meta = f'<meta charset="{charset}">' if charset else ""
    paras = "".join(
        f"<p>Story {n}, paragraph {i}: the council met on Tuesday to discuss the new harbour "
        f"plan {words}and residents asked many questions about the cost and the timetable of "
        f"the works, which the mayor said would start in spring.</p>"
        for i in range(paragraphs)
    )
    return (
        f"<!doctype html><html lang='en'><head>{meta}<title>Story number {n}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>Story number {n}</h1>{paras}"
        "<div class='ad-slot' data-ad-slot='123'>Advertisement</div>"
        f"<p>Closing paragraph of story {n}, with a final quote from the harbour master about "
        "the weather and the boats.</p></article>"
        "<footer>Copyright The Daily Example</footer></body></html>"
    )
