"""Embeds are recognised by their host, whole (issue 12, finding 5): a URL that merely
mentions a provider in its path is an unknown host, and an unknown host is a link, never
an ``amp-iframe`` that may run scripts."""

from __future__ import annotations

import lxml.html
import pytest

import syndicate
from syndicate.embedhosts import provider_of_url, sandboxed_iframe_ok
from syndicate.model import Document, Embed, Metadata, Paragraph

FAKES = [
    ("soundcloud", "https://evil.example/.soundcloud.com/x"),
    ("soundcloud", "https://soundcloud.com.evil.example/player"),
    ("spotify", "https://evil.example/open.spotify.com/embed/track/1"),
    ("google-maps", "https://evil.example/x.google.com/maps/embed"),
    ("google-maps", "https://google.evil.example/maps/embed"),
    (None, "https://evil.example/embed"),
    ("iframe", "https://evil.example/embed"),
]


def amp_of(*embeds: Embed) -> lxml.html.HtmlElement:
    doc = Document(url="https://news.example/a", metadata=Metadata(title="T"),
                   body=[Paragraph("b1", text="Words."), *embeds])
    return lxml.html.fromstring(syndicate.to_amp(doc))


@pytest.mark.parametrize(("provider", "url"), FAKES)
def test_fake_provider_urls_become_links(provider, url) -> None:
    root = amp_of(Embed("b2", provider=provider, url=url))
    assert not root.xpath("//amp-iframe"), url
    assert root.xpath("//p[@id='b2']/a/@href") == [url]
    assert not sandboxed_iframe_ok(provider, url)


def test_real_player_hosts_stay_iframes() -> None:
    root = amp_of(Embed("b2", provider="soundcloud",
                        url="https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/1"),
                  Embed("b3", provider="google-maps", url="https://www.google.com/maps/embed?pb=1"),
                  Embed("b4", provider=None, url="https://open.spotify.com/embed/track/abc"))
    assert len(root.xpath("//amp-iframe")) == 3


def test_reader_matches_hosts_not_text() -> None:
    words = "The harbour authority confirmed that the old pier will reopen to visitors. " * 3
    html = (f"<html><body><article><h1>Pier</h1><p>{words}</p>"
            "<iframe src='https://evil.example/.soundcloud.com/x'></iframe>"
            "<iframe src='https://w.soundcloud.com/player/?url=x'></iframe>"
            "<iframe src='https://evil.example/youtube.com/embed/abcdefghijk'></iframe>"
            f"<p>{words}</p></article></body></html>")
    doc = syndicate.parse(html.encode(), url="https://news.example/a")
    embeds = [(b.provider, b.url) for b in doc.body if isinstance(b, Embed)]
    assert embeds == [("soundcloud", "https://w.soundcloud.com/player/?url=x")]


@pytest.mark.parametrize(("url", "provider"), [
    ("https://www.youtube.com/embed/x", "youtube"), ("https://youtu.be/x", "youtube"),
    ("https://player.vimeo.com/video/1", "vimeo"), ("https://www.facebook.com/plugins/post.php", "facebook"),
    ("https://www.facebook.com/evil", None), ("https://maps.google.de/maps?q=x", "google-maps"),
    ("https://notyoutube.com/embed/x", None), ("https://youtube.com.evil.example/embed/x", None),
])
def test_provider_by_host(url: str, provider: str | None) -> None:
    assert provider_of_url(url) == provider
