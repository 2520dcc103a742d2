"""Links to a profile on a lesser network (GitHub, Reddit, SlideShare, Xing, Flickr, Medium,
Rumble, Gab, MeWe, Periscope, Weibo, Twitch) are follow links like a Facebook page's; a row
of many accounts on one network (a project's contributors) is people, no follow bar. Small
pages written for the project, in English, German, French and Chinese.

Every parse goes through ``parse_article``, which also checks that the body is exactly the
article's four paragraphs.
"""

from __future__ import annotations

import pytest

from pages import parse_article as parse
from regionpages import page, source
from syndicate.extract.ctas import share_or_follow
from syndicate.extract.follow_rows import people_row, profile_address


def _follows(doc):  # type: ignore[no-untyped-def]
    return [c for c in doc.ctas if c.kind == "follow"]


@pytest.mark.parametrize("href", [
    "https://github.com/hafenblatt", "https://www.reddit.com/r/hafenblatt/", "https://www.reddit.com/user/hafenblatt",
    "https://www.slideshare.net/hafenblatt", "https://www.xing.com/profile/Anna_Hafen",
    "https://www.xing.com/communities/groups/hafenblatt-club", "https://www.flickr.com/photos/hafenblatt/",
    "https://medium.com/@hafenblatt", "https://rumble.com/user/hafenblatt", "https://gab.com/HAFENBLATT",
    "https://mewe.com/p/hafenblatt", "https://www.periscope.tv/hafenblatt/", "https://weibo.com/hafenblatt",
    "https://www.twitch.tv/hafenblatt",
])
def test_profile_on_a_lesser_network_is_a_follow_link(href):
    assert share_or_follow(href) == "follow"


@pytest.mark.parametrize("href", [
    "https://github.com/hafenblatt/reader",  # a repository
    "https://github.com/features", "https://github.com/pricing",  # the network's own pages
    "https://www.reddit.com/r/hafenblatt/comments/abc123/ein_beitrag/",  # a post
    "https://medium.com/hafenblatt/ein-beitrag-1a2b3c",  # a story
    "https://www.flickr.com/photos/hafenblatt/123456789/",  # a photo
])
def test_post_or_page_of_a_lesser_network_is_no_follow_link(href):
    assert share_or_follow(href) is None


@pytest.mark.parametrize(("lang", "heading"), [
    ("en", "Find us elsewhere"), ("de", "Hafenblatt anderswo"), ("fr", "Ailleurs sur le web"),
])
def test_footer_row_of_lesser_networks_is_a_follow_bar(lang, heading):
    """A footer column: X, GitHub, SlideShare and Reddit profiles. Before, three of the four
    links named no network and the column was no bar."""
    row = (f"<div class='col-links'><h4>{heading}</h4><ul>"
           f"<li><a href='https://twitter.com/hafenblatt'>X</a></li>"
           f"<li><a href='https://github.com/hafenblatt'>GitHub</a></li>"
           f"<li><a href='https://www.slideshare.net/hafenblatt'>SlideShare</a></li>"
           f"<li><a href='https://www.reddit.com/r/hafenblatt'>Reddit</a></li></ul></div>")
    raw = page(footer=row, lang=lang)
    (cta,) = _follows(parse(raw))
    assert source(raw, cta.locator).tag in ("div", "ul")


def test_weibo_and_xing_icons_make_a_follow_bar():
    """Chinese: a header's two bare icons, Weibo and Xing: a follow bar of two profiles."""
    row = ("<div class='top-icons'><a href='https://weibo.com/gangkoubao'><img src='/i/wb.png' alt=''></a>"
           "<a href='https://www.xing.com/companies/gangkoubao'><img src='/i/xing.png' alt=''></a></div>")
    raw = page(header=row, lang="zh")
    (cta,) = _follows(parse(raw))
    assert source(raw, cta.locator).get("class") == "top-icons"


@pytest.mark.parametrize("lang", ["en", "de"])
def test_contributors_avatars_are_no_follow_bar(lang):
    """A sidebar of five contributors' avatars, each linking to their GitHub account: people,
    not the site's profiles."""
    avatars = "".join(f"<li><a href='https://github.com/person{i}'><img src='/a/{i}.png' alt='@person{i}'"
                      f" width='32' height='32'></a></li>" for i in range(5))
    side = f"<div class='contributors'><h3>Contributors 5</h3><ul class='avatars'>{avatars}</ul></div>"
    raw = page(side=side, lang=lang)
    assert _follows(parse(raw)) == []


def _people_row(hrefs: list[str]) -> bool:
    return people_row([profile_address(h) for h in hrefs])


def test_people_row():
    assert _people_row([f"https://github.com/p{i}" for i in range(4)])
    assert not _people_row(["https://youtube.com/user/a", "https://youtube.com/user/b", "https://youtube.com/user/c"])
    assert not _people_row(["https://twitter.com/a", "https://github.com/a", "https://github.com/b",
                            "https://github.com/c"])


# ------------------------------------------------------------------ a column of profiles and channels


def _connect_column(lang: str, heading: str, channels: list[tuple[str, str]]) -> str:
    links = "".join(f"<li><a href='{h}'>{t}</a></li>" for h, t in channels)
    return f"<div class='col-connect'><h4>{heading}</h4><ul>{links}</ul></div>"


@pytest.mark.parametrize(("lang", "heading", "channels"), [
    ("en", "Connect", [("https://play.google.com/store/apps/details?id=com.eastmere.news", "Android App"),
                       ("https://apps.apple.com/us/app/eastmere-gazette/id4680815", "iOS App"),
                       ("/newsletters/", "Newsletters"), ("https://www.facebook.com/eastmeregazette", "Facebook"),
                       ("https://twitter.com/eastmere", "Twitter"), ("https://instagram.com/eastmere/", "Instagram")]),
    ("es", "Seguinos", [("https://www.instagram.com/puertoalto/", "Instagram"),
                        ("https://www.youtube.com/@puertoalto", "YouTube"),
                        ("https://puertoalto.com.uy/boletines/", "Boletines"),
                        ("https://puertoalto.com.uy/ayuda/suscribirse-por-rss/", "RSS")]),
    ("de", "Folgen Sie uns", [("https://www.facebook.com/hafenblatt", "Facebook"),
                              ("https://www.pinterest.com/hafenblatt/", "Pinterest"),
                              ("/service/alles-per-rss/", "RSS Feed"), ("/newsletter/bestellen/", "Newsletter")]),
])
def test_column_of_profiles_and_channels_is_a_follow_bar(lang, heading, channels):
    """A footer column holding the site's network profiles and its other channels (apps,
    newsletter, feed by their words): one follow widget, though half its links go to no
    network."""
    raw = page(footer=_connect_column(lang, heading, channels), lang=lang)
    (cta,) = _follows(parse(raw))
    assert source(raw, cta.locator).tag in ("div", "ul")


def test_column_of_many_networks_keeps_one_stray_link():
    """French: a 'Réseaux' column naming four networks, the newsletter, the feed and one
    lesser network we do not know: one follow widget."""
    channels = [("#newsletter_popin", "Newsletter"), ("https://www.instagram.com/courrierph", "Instagram"),
                ("https://twitter.com/courrierph", "Twitter"), ("https://www.facebook.com/courrierph", "Facebook"),
                ("https://www.linkedin.com/company/courrierph", "LinkedIn"),
                ("https://seenthis.net/people/courrierph", "SeenThis"), ("spip.php?page=backend", "Fil RSS")]
    raw = page(footer=_connect_column("fr", "Réseaux", channels), lang="fr")
    (cta,) = _follows(parse(raw))
    assert source(raw, cta.locator).tag in ("div", "ul")


def test_two_profiles_beside_a_page_link_are_no_column():
    """German: two profiles and the newsletter beside 'Impressum' (a page with words, no
    channel): a footer menu, no follow column (one stray link stays only in a column naming
    three networks)."""
    channels = [("/newsletter/", "Newsletter"), ("https://www.facebook.com/hafenblatt", "Facebook"),
                ("https://twitter.com/hafenblatt", "Twitter"), ("/impressum/", "Impressum")]
    raw = page(footer=_connect_column("de", "Service", channels), lang="de")
    for cta in _follows(parse(raw)):
        assert not source(raw, cta.locator).xpath(".//a[@href='/impressum/']")


def test_channel_words_are_single_words():
    # (channel_link matches chrome_util.words, which splits at "-", "_", "." ...: an entry
    # holding a separator could never match)
    from syndicate.extract.chrome_util import words
    from syndicate.extract.rules.bar_text import CHANNEL_WORDS

    assert all(words(w) == (w,) for w in CHANNEL_WORDS)
