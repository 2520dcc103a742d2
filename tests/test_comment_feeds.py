"""A feed of recent comments on the site's posts (a sidebar's "Letzte Kommentare", a footer's
"Recent comments") is no comments CTA: its links lead into other pages' threads. The page's
own thread, whose permalinks lead into the page itself, stays one. Small pages written for
the project, in German and English.
"""

from __future__ import annotations

import syndicate
from regionpages import page

URL = "https://example.de/2024/02/hafen/"


def _comments(doc: syndicate.Document) -> list[syndicate.CallToAction]:
    return [c for c in doc.ctas if c.kind == "comments"]


def _feed(heading: str, word: str, posts: list[str]) -> str:
    entries = "".join(
        f"<li class='recentcomments'><span class='comment-author-link'>Leser {i}</span> {word} "
        f"<a href='https://example.de/2024/01/{slug}/#comment-{100 + i}'>{slug.title()} am Kai</a></li>"
        for i, slug in enumerate(posts))
    return f"<div id='recent-comments-2' class='widget'><h3>{heading}</h3><ul>{entries}</ul></div>"


def test_a_sidebar_feed_of_other_posts_comments_is_no_cta():
    """German: three comments on two other posts, in the side column."""
    raw = page(side=_feed("Letzte Kommentare", "bei", ["fähre", "fähre", "leuchtturm"]), lang="de")
    assert _comments(syndicate.parse(raw, url=URL)) == []


def test_a_feed_of_one_other_posts_comments_is_no_cta():
    """English: both comments on one other post; the page's canonical address tells it is
    another page's thread."""
    raw = page(footer=_feed("Recent Comments", "on", ["ferry", "ferry"]))
    raw = raw.replace(b"<head>", b"<head><link rel='canonical' href='https://example.de/2024/02/hafen/'>", 1)
    assert _comments(syndicate.parse(raw, url=URL)) == []


def test_the_pages_own_thread_stays_a_comments_cta():
    """The same list whose permalinks lead into this page (its canonical address, a second
    page of its thread) is the page's own comment section."""
    own = ("<div id='comments' class='comments-area'><h3>2 Kommentare</h3><ol>"
           "<li><a href='https://example.de/2024/02/hafen/#comment-7'>Anna</a> bei "
           "<a href='https://example.de/2024/02/hafen/comment-page-2/#comment-8'>Hafen am Kai</a></li>"
           "<li><a href='https://example.de/2024/02/hafen/#comment-9'>Ben</a> bei "
           "<a href='https://example.de/2024/02/hafen/#comment-9'>Hafen am Kai</a></li></ol></div>")
    raw = page(after=own, lang="de")
    raw = raw.replace(b"<head>", b"<head><link rel='canonical' href='https://example.de/2024/02/hafen/'>", 1)
    found = _comments(syndicate.parse(raw, url=URL))
    assert len(found) == 1
