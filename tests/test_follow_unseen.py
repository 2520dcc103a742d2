"""Follow bars found by structure on pages the rules were not tuned on (issue 15, fifth
round), on small pages written for the project, with words in English, German, French,
Spanish, Italian, Portuguese and Dutch:

1. profile links written the way browsers still follow them make a follow bar: blanks around
   the ``href``, a YouTube channel by its old one-segment name, a Facebook page by number
   (``profile.php?id=``), an old ``/pages/`` path or a group, a LinkedIn school page, a
   podcast's own page on Spotify or Apple Podcasts; a video, a group's post or one episode is
   no profile;
2. a top bar or footer line holding a link with words of its own (a menu entry, a legal
   link, a copyright line's link) beside a row of social icons: the follow bar is the icon
   row, not the line;
3. a row of icons whose only link text is their SVG titles is a row of bare icons: two
   profiles, a short link and the feed make a follow bar;
4. a page region (the site header, the footer) is never the bar itself: the widget inside it is.

Every parse goes through ``parse_article``, which also checks that the body is exactly the
article's four paragraphs.
"""

from __future__ import annotations

import pytest

from pages import parse_article as parse
from regionpages import page, source


def _icons(*hrefs: str) -> str:
    return "".join(f"<li><a href='{h}'><i class='icon'></i></a></li>" for h in hrefs)


def _follows(doc):  # type: ignore[no-untyped-def]
    return [c for c in doc.ctas if c.kind == "follow"]


# ------------------------------------------------------------------ 1. profile links as browsers read them


@pytest.mark.parametrize(("lang", "hrefs"), [
    ("en", (" https://twitter.com/eastmere ", " https://www.instagram.com/eastmere/ ", " https://www.youtube.com/eastmere ")),
    ("de", ("https://www.facebook.com/profile.php?id=1714850528", "https://www.youtube.com/hafenberg")),
    ("fr", ("https://www.facebook.com/pages/Port-Haut-Info/110423472290", "https://www.youtube.com/porthaut")),
    ("es", ("https://www.facebook.com/groups/puertoalto", "https://www.youtube.com/puertoalto")),
    ("pt", ("https://www.linkedin.com/school/porto-alto/", "https://www.youtube.com/@portoalto/featured")),
    ("nl", ("https://open.spotify.com/show/6LfRNP0in32upZl", "https://podcasts.apple.com/nl/podcast/havenpraat/id1200361736")),
])
def test_profile_links_as_browsers_read_them_make_a_follow_bar(lang, hrefs):
    """Footer icons whose links are profiles in their older or blank-padded forms: one follow bar."""
    raw = page(footer=f"<ul class='icons'>{_icons(*hrefs)}</ul>", lang=lang)
    (cta,) = parse(raw).ctas
    assert cta.kind == "follow"
    assert source(raw, cta.locator).get("class") == "icons"
    assert cta.position.placement == "outside"


def test_videos_and_group_posts_are_no_profiles():
    """Italian: a footer row linking a video, a group's post and a search is no follow bar."""
    hrefs = ("https://www.youtube.com/watch?v=abc123", "https://www.facebook.com/groups/portoalto/posts/99",
             "https://www.youtube.com/results?search_query=porto", "https://open.spotify.com/episode/4rOoJ6Egrf8K2Iry",
             "https://podcasts.apple.com/it/podcast/porto/id1200361736?i=1000650")
    raw = page(footer=f"<ul class='icons'>{_icons(*hrefs)}</ul>", lang="it")
    assert _follows(parse(raw)) == []


# ------------------------------------------------------------------ 2. the icon row beside a line's own links


@pytest.mark.parametrize(("lang", "entry"), [
    ("en", "Submit a press release"), ("de", "Pressemitteilung einreichen"),
    ("fr", "Proposer un communiqué"), ("es", "Enviar una nota de prensa"),
])
def test_icon_row_beside_a_menu_entry_is_the_bar(lang, entry):
    """A top bar: one menu entry on the left, Facebook and X icons on the right. The follow
    bar is the right-hand icon row; the menu entry is navigation."""
    bar = (f"<div class='top-bar'><div class='left'><ul><li><a href='/press-release/'>{entry}</a></li></ul></div>"
           f"<div class='right'><span><a href='https://www.facebook.com/harbourtimes'><i></i></a>"
           f"<a href='https://twitter.com/harbourtimes'><i></i></a></span></div></div>")
    raw = page(top=bar, lang=lang)
    (cta,) = parse(raw).ctas
    assert cta.kind == "follow"
    assert source(raw, cta.locator).get("class") == "right"
    assert entry not in (cta.text or "")


# ------------------------------------------------------------------ 3. icons titled by SVG


@pytest.mark.parametrize(("lang", "verb"), [("en", "Follow us on"), ("de", "Folge uns auf"), ("fr", "Suivez-nous sur"), ("es", "Síguenos en")])
def test_svg_titled_icons_are_bare_icons(lang, verb):
    """A header icon row: X and Facebook profiles, a short link to the video channel, the
    site's feed; each icon titled only inside its SVG. One follow bar."""
    def icon(href: str, name: str) -> str:
        return f"<li><a href='{href}'><svg><title>{verb} {name}</title><path d='M0 0'/></svg></a></li>"
    row = ("<ul class='social'>" + icon("https://twitter.com/harbourtimes", "X")
           + icon("https://www.facebook.com/harbourtimes", "Facebook")
           + icon("https://bit.ly/harbourvideos", "YouTube") + icon("/rss/index.xml", "RSS") + "</ul>")
    raw = page(header=row, lang=lang)
    (cta,) = parse(raw).ctas
    assert cta.kind == "follow"
    assert source(raw, cta.locator).get("class") == "social"


# ------------------------------------------------------------------ 4. a page region is never the bar


@pytest.mark.parametrize(("lang", "prompt"), [("en", "Follow us"), ("de", "Folgen Sie uns"), ("fr", "Suivez-nous"), ("es", "Síguenos")])
def test_footer_region_is_never_the_bar(lang, prompt):
    """The site footer holds only a follow widget (a heading over a list of profiles): the
    CTA is the widget, not the footer."""
    widget = f"<div class='follow-box'><h4>{prompt}</h4><ul>{_icons('https://twitter.com/harbourtimes', 'https://www.facebook.com/harbourtimes')}</ul></div>"
    raw = page(footer=widget, lang=lang)
    (cta,) = parse(raw).ctas
    assert cta.kind == "follow"
    assert source(raw, cta.locator).get("class") == "follow-box"
    assert cta.text == prompt
