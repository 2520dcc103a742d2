"""URLs are kept byte for byte (issue 12, finding 4): ``&section=`` is a query parameter,
not the entity ``&sect;`` followed by ``ion=``. One test per place a URL enters: page
attributes, feeds (and the fetch of their links), and ``url=``."""

from __future__ import annotations

import json

import lxml.html
from lxml import etree

import syndicate
from httpserver import LocalServer, article_html
from syndicate.feedconvert import convert_items
from syndicate.readers.feed import read_feed
from syndicate.sanitize import safe_url

URL = "https://example.com/story?id=1&section=news&region=eu&copy=2&lang=en"
ESCAPED = URL.replace("&", "&amp;")
WORDS = "The harbour authority confirmed on Monday that the old pier will reopen to visitors. " * 3


def page(link: str = ESCAPED, src: str = ESCAPED) -> bytes:
    return (f"<html><head><title>Pier</title></head><body><article><h1>Pier reopens</h1>"
            f"<p>{WORDS}<a href=\"{link}\">more</a></p><p>{WORDS}</p>"
            f"<figure><img src=\"{src}\" width=\"600\" height=\"400\"><figcaption>The pier"
            f"</figcaption></figure><p>{WORDS}</p></article></body></html>").encode()


def hrefs(fragment: str) -> list[str]:
    return [a.get("href") for a in lxml.html.fragment_fromstring(fragment, create_parent="div").iter("a")]


def test_safe_url_never_decodes_entities() -> None:
    assert safe_url(URL) == URL
    assert safe_url("?a=1&section=2", "https://example.com/x") == "https://example.com/x?a=1&section=2"
    # A literal "&amp;" in a value that is already text is kept as text.
    assert safe_url("https://example.com/?q=a&amp;b") == "https://example.com/?q=a&amp;b"


def test_url_argument_kept() -> None:
    doc = syndicate.parse(page(), url=URL)
    assert doc.url == URL
    assert json.loads(syndicate.to_json(doc))["url"] == URL


def test_attributes_kept_through_every_writer() -> None:
    doc = syndicate.parse(page(), url="https://example.com/")
    links = [h for b in doc.body for h in hrefs(getattr(b, "html", None) or "<i></i>")]
    assert links == [URL]
    images = [b.src for b in doc.body if getattr(b, "src", None)]
    assert images == [URL]
    again = syndicate.Document.from_dict(json.loads(syndicate.to_json(doc)))
    assert [h for b in again.body for h in hrefs(getattr(b, "html", None) or "<i></i>")] == [URL]
    rss = syndicate.to_rss([doc], channel={"title": "T", "link": "https://example.com/",
                                           "description": "D", "self_url": "https://example.com/f.xml"})
    content = etree.fromstring(rss.encode()).find(".//{http://purl.org/rss/1.0/modules/content/}encoded")
    assert URL in hrefs(content.text)
    amp = syndicate.to_amp(doc)
    assert URL in [a.get("href") for a in lxml.html.fromstring(amp).iter("a")]


def test_feed_links_kept_and_fetched_as_given(tmp_path) -> None:
    with LocalServer() as server:
        seen: list[str] = []

        def echo(req, match) -> None:
            seen.append(req.path)
            req.send_body(article_html(3), "text/html; charset=utf-8")

        server.route(r"/story", echo)
        link = server.url("/story?id=1&section=news&region=eu")
        feed_xml = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
                    f"<link>https://example.com/</link><description>d</description>"
                    f"<item><title>t</title><link>{link.replace('&', '&amp;')}</link></item>"
                    "</channel></rss>").encode()
        feed = read_feed(feed_xml)
        assert feed.items[0].link == link
        result = convert_items(feed, limits=syndicate.Limits(allow_private_addresses=True))
    assert seen == ["/story?id=1&section=news&region=eu"]
    assert [c.doc.url for c in result.converted] == [link]
    rss = syndicate.to_rss(result.docs, channel={"title": "T", "link": "https://example.com/",
                                                 "description": "D", "self_url": "https://example.com/f.xml"})
    assert etree.fromstring(rss.encode()).findtext(".//item/link") == link
