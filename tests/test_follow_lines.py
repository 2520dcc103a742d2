"""Follow asks the bar tests do not read (``follow_lines``), on small pages written for the
project in English, German and Spanish: a closing sentence naming the site's profiles on
three or more networks, and a headed box linking one profile. A sentence mentioning one
profile, an author's bio naming their profiles, and a menu of network names are none.
"""

from __future__ import annotations

import pytest

import syndicate
from pages import ARTICLE_URL
from pages import parse_article as parse
from regionpages import article_in, page, source


def _follows(doc):  # type: ignore[no-untyped-def]
    return [c for c in doc.ctas if c.kind == "follow"]


_NETWORKS = ("https://www.facebook.com/{0}", "https://www.instagram.com/{0}/", "https://twitter.com/{0}",
             "https://www.tiktok.com/@{0}")
_LINES = {
    "en": "The team at Harbour News covers the coast every day. Follow us on {0}, {1}, {2} and {3} to stay up to date.",
    "de": "Hat dir der Artikel gefallen? Dann folge uns doch auf {0}, {1}, {2} und {3} – wir freuen uns.",
    "es": "¿Te gustó este artículo? Síguenos en {0}, {1}, {2} y {3} para no perderte nada del puerto.",
}


def _line(lang: str, name: str) -> str:
    names = ("Facebook", "Instagram", "Twitter", "TikTok")
    links = [f"<a href='{u.format(name)}'>{n}</a>" for u, n in zip(_NETWORKS, names, strict=True)]
    return "<p class='closing'>" + _LINES[lang].format(*links) + "</p>"


@pytest.mark.parametrize(("lang", "name"), [("en", "harbournews"), ("de", "hafenblatt"), ("es", "puertoalto")])
def test_closing_sentence_naming_four_profiles_is_a_follow_cta(lang, name):
    """A sentence closing the text links four profiles of the site: one follow CTA at the
    sentence, which leaves the article's text."""
    raw = article_in(lang, after=_line(lang, name))
    doc = syndicate.parse(raw, url=ARTICLE_URL)
    (cta,) = _follows(doc)
    assert source(raw, cta.locator).get("class") == "closing"
    assert cta.url == f"https://www.facebook.com/{name}"
    assert "TikTok" not in doc.text()


def test_one_profile_in_a_sentence_is_none():
    """A sentence linking one profile among other words is the text's (no follow line)."""
    line = ("<p>The mayor answered on <a href='https://twitter.com/mayor_eastmere'>Twitter</a> that the wall "
            "would be rebuilt before the winter storms.</p>")
    doc = syndicate.parse(article_in("en", after=line), url=ARTICLE_URL)
    assert _follows(doc) == []
    assert "before the winter storms" in doc.text()


@pytest.mark.parametrize("cls", ["author-bio", "note"])
def test_author_bio_naming_profiles_is_none(cls):
    """A closing line on the author (a box named so, or a line linking the author's page)
    naming the author's profiles: the author's, no follow CTA; it stays in the text."""
    bio = (f"<p class='{cls}'><a href='/author/jane-doe/'>Jane Doe</a> writes about the coast for us. Find her on "
           "<a href='https://twitter.com/janedoe'>Twitter</a>, <a href='https://www.instagram.com/janedoe/'>"
           "Instagram</a> and <a href='https://www.facebook.com/janedoe'>Facebook</a>.</p>")
    doc = syndicate.parse(article_in("en", after=bio), url=ARTICLE_URL)
    assert _follows(doc) == []
    assert "Jane Doe" in doc.text()


@pytest.mark.parametrize(("lang", "heading"), [("en", "Connect with us"), ("de", "Folge uns")])
def test_headed_box_linking_one_profile_is_a_follow_cta(lang, heading):
    """A side-column box: a heading and one worded link to the site's profile."""
    box = (f"<div class='connect'><h2>{heading}</h2><div><a href='https://x.com/hafenblatt' title='X (Twitter)'>"
           "<span>X (Twitter)</span></a></div></div>")
    other = "<div class='tags'><h2>Tags</h2><a href='/tag/harbour'>Harbour</a> <a href='/tag/coast'>Coast</a></div>"
    raw = page(side=box + other, lang=lang)
    (cta,) = _follows(parse(raw))
    assert source(raw, cta.locator).get("class") == "connect"


def test_headed_menu_with_one_profile_entry_is_no_follow_box():
    """A headed menu of pages whose one entry names a network is no box of one profile."""
    menu = ("<div class='about'><h2>About</h2><a href='/team'>Our team</a> <a href='/jobs'>Jobs</a> "
            "<a href='https://www.facebook.com/hafenblatt'>Facebook page</a></div>")
    assert [c for c in _follows(parse(page(side=menu))) if "about" in (c.text or "").lower()] == []
