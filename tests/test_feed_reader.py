"""Feed reader: RSS 0.9x/1.0/2.0 and Atom, broken items, XML bombs and external entities."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import syndicate
from httpserver import LocalServer, static
from syndicate.readers.feed import read_feed, strip_doctype

RSS091 = b"""<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
 "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old \xe9cole</title><link>https://old.example/</link>
<description>d</description><language>fr</language>
<item><title>Premi\xe8re</title><link>https://old.example/1</link></item>
<item><title>Deuxi\xe8me</title><link>https://old.example/2</link></item>
</channel></rss>"""

RSS092 = b"""<?xml version="1.0"?><rss version="0.92"><channel><title>N</title>
<link>https://n.example/</link><description>d</description>
<item><title>One</title><link>https://n.example/1</link><description>x</description></item>
</channel></rss>"""

RSS10 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://r.example/"><title>R</title><link>https://r.example/</link>
<description>d</description></channel>
<item rdf:about="https://r.example/a"><title>A</title><link>https://r.example/a</link>
<dc:date>2024-02-02T10:00:00Z</dc:date><dc:creator>Ann</dc:creator></item>
</rdf:RDF>"""

RSS20 = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbour &amp; Sea</title><link>https://h.example/</link>
<description>News</description><language>en-gb</language>
<item><title>Pier reopens</title><link>/news/pier</link>
<pubDate>Mon, 04 Mar 2024 10:00:00 +0100</pubDate><category>Local</category>
<author>desk@h.example (Ines Calder)</author><guid>https://h.example/news/pier</guid>
<description>&lt;p&gt;Short &lt;b&gt;summary&lt;/b&gt;&lt;/p&gt;</description></item>
<item><title>Only a guid</title><guid isPermaLink="true">https://h.example/news/guid</guid></item>
<item><title>Bad link</title><link>javascript:alert(1)</link></item>
<item><title>Café ☕</title><link>https://h.example/news/caf%C3%A9</link></item>
</channel></rss>""".encode()

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom news</title>
<link href="https://a.example/"/><id>urn:a</id><updated>2024-01-01T00:00:00Z</updated>
<entry><title type="html">&lt;em&gt;Big&lt;/em&gt; story</title>
<link rel="alternate" href="https://a.example/big"/><link rel="enclosure" href="https://a.example/x.mp3"/>
<id>urn:a:1</id><published>2024-01-02T03:04:05+02:00</published>
<author><name>Bo</name></author><category term="World"/></entry>
</feed>"""


def test_rss_091_092_10_20_and_atom_are_read() -> None:
    old = read_feed(RSS091)
    assert [i.title for i in old.items] == ["Premi\u00e8re", "Deuxi\u00e8me"]
    assert old.title == "Old \u00e9cole" and old.language == "fr"
    assert read_feed(RSS092).items[0].link == "https://n.example/1"
    rdf = read_feed(RSS10)
    assert rdf.format == "rss10"
    assert rdf.items[0].published == "2024-02-02T10:00:00Z" and rdf.items[0].authors == ["Ann"]

    rss = read_feed(RSS20, url="https://h.example/feed.xml")
    assert rss.format == "rss20" and rss.title == "Harbour & Sea"
    first = rss.items[0]
    assert first.link == "https://h.example/news/pier"  # relative link resolved
    assert first.published == "2024-03-04T09:00:00Z"
    assert first.tags == ["Local"] and first.summary == "Short summary"
    assert rss.items[1].link == "https://h.example/news/guid"  # permalink guid
    assert rss.items[2].link is None  # javascript: is not a page
    assert rss.items[2].rejected_link == "javascript:alert(1)"
    assert rss.items[0].rejected_link is None
    assert rss.items[2].label() == 'item 3 "Bad link"'
    assert rss.items[3].title == "Café ☕"

    atom = read_feed(ATOM)
    assert atom.format == "atom10"
    entry = atom.items[0]
    assert (entry.title, entry.link, entry.authors, entry.tags) == (
        "Big story", "https://a.example/big", ["Bo"], ["World"])
    assert entry.published == "2024-01-02T01:04:05Z"


def test_utf16_and_str_input() -> None:
    text = RSS20.decode("utf-8")
    assert read_feed(text.encode("utf-16")).items[3].title == "Café ☕"
    latin = RSS091.decode("iso-8859-1")  # a str whose declaration says ISO-8859-1
    assert read_feed(latin).items[0].title == "Premi\u00e8re"


def test_broken_items_do_not_lose_the_good_ones() -> None:
    broken = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>B</title>
<item><title>good one</title><link>https://b.example/1</link></item>
<item><title>broken & <b>unclosed</title><link>https://b.example/2</link></item>
<item><title>good three</title><link>https://b.example/3</link>
</channel>"""
    feed = read_feed(broken)
    assert feed.problem  # the XML error is kept
    links = [i.link for i in feed.items]
    assert "https://b.example/1" in links and "https://b.example/3" in links


@pytest.mark.parametrize("data", [b"", b"   ", b"<html><body><p>hello</p></body></html>",
                                  b"\x00\x01\x02", b"{\"json\": true}"])
def test_non_feeds_raise_feed_error(data: bytes) -> None:
    with pytest.raises(syndicate.FeedError):
        read_feed(data)


def test_size_limit() -> None:
    with pytest.raises(syndicate.InputTooLargeError):
        read_feed(RSS20, limits=syndicate.Limits(max_input_bytes=100))


def test_bytes_are_never_taken_for_a_file_name(tmp_path: Path) -> None:
    # feedparser.parse() opens a string that names a file; we hand it a stream.
    feed_file = tmp_path / "feed.xml"
    feed_file.write_bytes(RSS20)
    with pytest.raises(syndicate.FeedError):
        read_feed(str(feed_file).encode())
    with pytest.raises(syndicate.FeedError):
        read_feed(str(feed_file))


# --------------------------------------------------------------------------- hostile XML

LAUGHS = b"".join(
    b'<!ENTITY lol%d "%s">\n' % (i, (b"&lol%d;" % (i - 1)) * 10) for i in range(1, 10))
BILLION_LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 "lol">\n' + LAUGHS
                  + b']>\n<rss version="2.0"><channel><title>&lol9;</title><link>https://x.example/</link>'
                  b'<description>&lol9;</description><item><title>&lol9;</title>'
                  b'<link>https://x.example/1</link><description>&lol9;</description></item>'
                  b'</channel></rss>')
# The same on one line: feedparser's own DOCTYPE filter only looks at line starts.
ONE_LINE_BOMB = BILLION_LAUGHS.replace(b"\n", b"")
QUADRATIC = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "' + b"A" * 50_000 + b'">]>'
             b'<rss version="2.0"><channel><title>t</title><item><title>'
             + b"&a;" * 20_000 + b"</title><link>https://x.example/1</link></item></channel></rss>")


@pytest.mark.parametrize("bomb", [BILLION_LAUGHS, ONE_LINE_BOMB, QUADRATIC],
                         ids=["billion-laughs", "one-line", "quadratic-blowup"])
def test_xml_bombs_are_not_expanded(bomb: bytes) -> None:
    try:
        feed = read_feed(bomb)
    except syndicate.FeedError:
        return  # refusing is fine too
    fields = [feed.title or "", feed.description or ""]
    fields += [x or "" for i in feed.items for x in (i.title, i.summary)]
    # Expanded, a field would be gigabytes (or the run would never end): here every
    # field is at most the unexpanded references it held.
    assert all(len(f) <= len(bomb) for f in fields), [len(f) for f in fields]
    assert "lollol" not in "".join(fields) and "AAAA" not in "".join(fields)
    assert feed.problem and "DOCTYPE" in feed.problem


def test_external_entity_to_a_local_file_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-42")
    xxe = (f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
           '<rss version="2.0"><channel><title>&xxe;</title><link>https://x.example/</link>'
           '<description>d</description><item><title>&xxe;</title><description>&xxe;</description>'
           '<link>https://x.example/1</link></item></channel></rss>').encode()
    feed = read_feed(xxe)
    assert "TOP-SECRET" not in repr(feed)
    assert feed.items and feed.items[0].link == "https://x.example/1"


def test_external_entities_and_dtds_are_not_fetched() -> None:
    with LocalServer() as server:
        server.route(r"/evil\.dtd", static(b'<!ENTITY pwn "PWNED">', "application/xml-dtd"))
        server.route(r"/entity", static(b"PWNED", "text/plain"))
        feeds = [
            f'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "{server.url("/evil.dtd")}">'
            '<rss version="2.0"><channel><title>&pwn;</title><item><title>a</title>'
            '<link>https://x.example/1</link></item></channel></rss>',
            f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % p SYSTEM "{server.url("/evil.dtd")}"> %p;'
            f'<!ENTITY e SYSTEM "{server.url("/entity")}">]>'
            '<rss version="2.0"><channel><title>&e;&pwn;</title><item><title>&e;</title>'
            '<link>https://x.example/1</link></item></channel></rss>',
        ]
        for xml in feeds:
            feed = read_feed(xml.encode())
            assert "PWNED" not in repr(feed)
        assert server.hits == {}, server.hits


def test_strip_doctype_handles_quotes_comments_and_brackets() -> None:
    data = (b'<?xml version="1.0"?>\n<!DOCTYPE x [ <!ENTITY a "has > and ] inside">'
            b"<!-- a comment with > and ] -->\n<!ENTITY b '>'> ]>\n<rss/>")
    stripped, removed = strip_doctype(data)
    assert removed
    assert stripped == b'<?xml version="1.0"?>\n\n<rss/>'
    assert strip_doctype(b"<rss/>") == (b"<rss/>", False)
    assert strip_doctype(b"<!DOCTYPE never closed [ <!ENTITY") == (b"", True)


# --------------------------------------------------------------------------- fuzzing

FRAGMENTS = [b"<?xml version='1.0'?>", b"<rss version='2.0'>", b"<channel>", b"<item>", b"</item>",
             b"<title>", b"</title>", b"<link>https://x.example/", b"</link>", b"<feed xmlns=",
             b"'http://www.w3.org/2005/Atom'>", b"<entry>", b"<!DOCTYPE x [", b"<!ENTITY e 'v'>",
             b"]>", b"&e;", b"&amp;", b"<![CDATA[", b"]]>", b"<!--", b"-->", b"\x00", b"\xff\xfe",
             b"<pubDate>Mon, 99 Foo 2024</pubDate>", b"<guid isPermaLink='true'>javascript:x</guid>"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS) | st.binary(max_size=20), max_size=30))
def test_any_bytes_give_a_feed_or_a_feed_error(parts: list[bytes]) -> None:
    data = b"".join(parts)
    try:
        feed = read_feed(data)
    except syndicate.SyndicateError:
        return
    for item in feed.items:
        assert item.link is None or item.link.startswith(("http://", "https://"))


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_mutated_feeds_never_raise_anything_else(data) -> None:
    original = data.draw(st.sampled_from([RSS091, RSS092, RSS10, RSS20, ATOM]))
    cut = data.draw(st.integers(0, len(original)))
    noise = data.draw(st.binary(max_size=8))
    try:
        read_feed(original[:cut] + noise + original[cut + len(noise):])
    except syndicate.SyndicateError:
        pass
