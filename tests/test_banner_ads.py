"""Image banners of other firms beside the article (``extract/banner_ads.py``): a picture
that is a link's whole content, to another site, alone in its own box of a side column, with
ad evidence (a declared IAB size, a banner word in its file name or alt text, an affiliate's
or a campaign's query, or a column of such boxes to as many hosts) is an ad slot; a row of
partners' logos, a house promo linking the site itself and a member's badge are none.
Small pages written for the project, chrome in English, German and French.
"""

from __future__ import annotations

import pytest

import syndicate
from regionpages import TEXTS, body_intact, parse, source

#: The page's own site (``regionpages.parse`` reads every page at news.example.org); other
#: firms' sites are under the reserved ``.example`` top-level domain (``*.example.com`` would
#: be the page's own site: one name, "example", under another suffix).
SITE = "https://news.example.org"


def page(lang: str, side: str) -> bytes:
    """An article in ``lang`` with a side column holding ``side`` and an archive widget."""
    p = "".join(f"<p>{t}</p>" for t in TEXTS[lang])
    archive = ("<section class='widget widget_archive'><h3>Archiv</h3><ul>"
               f"<li><a href='{SITE}/2024/'>2024</a></li><li><a href='{SITE}/2023/'>2023</a></li></ul></section>")
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Hafen</title></head>"
        f"<body><header class='site-header'><a href='{SITE}/'><img src='/img/site.png' alt='News'></a></header>"
        f"<div class='wrap'><main><article><h1>{TEXTS[lang][0][:40]}</h1><div class='entry-content'>{p}</div>"
        f"</article></main><div id='secondary' class='widget-area sidebar'>{side}{archive}</div></div>"
        f"<footer class='site-footer'><p>© News</p></footer></body></html>"
    ).encode()


def _box(href: str, img: str, tag: str = "aside", heading: str = "") -> str:
    """A widget holding only ``heading`` and one picture link to ``href``."""
    return f"<{tag} class='widget widget_media_image'>{heading}<a href='{href}'>{img}</a></{tag}>"


def _one_ad(raw: bytes, href: str) -> syndicate.Document:
    """``raw`` parsed: its one ad is a display slot linking ``href``, reported at the widget."""
    doc = parse(raw)
    assert len(doc.ads) == 1, doc.ads
    (ad,) = doc.ads
    assert ad.format == "display"
    assert ad.attributes.get("href") == href
    assert "widget_media_image" in (source(raw, ad.locator).get("class") or "")
    return doc


def test_a_sidebar_banner_of_an_iab_size_to_another_site_is_an_ad():
    """English: a 300x250 picture (no ad word anywhere) linking a local car dealer, alone in
    its sidebar widget: a display slot, reported at the widget."""
    href = "https://www.eastmere-motors.example/"
    img = "<img src='/uploads/2024/05/eastmere-motors-spring.jpg' width='300' height='250' alt='Eastmere Motors'>"
    doc = _one_ad(page("en", _box(href, img)), href)
    body_intact(doc, "en")


def test_a_sidebar_banner_with_a_campaign_query_is_an_ad():
    """German: a picture of no ad size and no ad word, under a heading, linking a furniture
    shop with a utm_* campaign query: a display slot."""
    href = "https://www.moebel-krause.example/herbst/?utm_source=hafenblatt&utm_medium=sidebar"
    img = "<img src='/uploads/krause-herbst.jpg' alt='Möbel Krause'>"
    doc = _one_ad(page("de", _box(href, img, tag="section", heading="<h3>Unser Tipp</h3>")), href)
    body_intact(doc, "de")


def test_a_sidebar_banner_with_an_affiliate_query_is_an_ad():
    """German: a book cover linking a shop with an associates' query (``linkCode``), its
    ``<noscript>`` twin beside it (a lazy loader's): a display slot."""
    href = "https://www.buchladen.example/dp/3453000000?tag=hafen-21&linkCode=ll1"
    img = ("<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' data-src='/uploads/kaimauer-buch.jpg' "
           "alt='Die Kaimauer'><noscript><img src='/uploads/kaimauer-buch.jpg' alt='Die Kaimauer'></noscript>")
    doc = _one_ad(page("de", _box(href, img)), href)
    body_intact(doc, "de")


def test_a_banner_word_in_the_file_name_makes_a_sidebar_picture_an_ad():
    """French: a picture whose file name calls it a banner, no size declared, no query: a
    display slot."""
    href = "https://www.cave-du-port.example/"
    img = "<img src='/wp-content/uploads/cave-du-port-banner.jpg' alt='La cave du port'>"
    doc = _one_ad(page("fr", _box(href, img)), href)
    body_intact(doc, "fr")


def test_a_column_of_lone_picture_boxes_to_as_many_hosts_are_ads():
    """English: three sidebar widgets one under another, each one plain picture (no size, no
    ad word, no query) linking a different local firm: three slots."""
    firms = ("bakery", "garage", "florist")
    side = "".join(_box(f"https://www.eastmere-{f}.example/", f"<img src='/uploads/{f}.jpg' alt='{f}'>")
                   for f in firms)
    raw = page("en", side)
    doc = parse(raw)
    assert sorted(a.attributes.get("href") for a in doc.ads) == [
        f"https://www.eastmere-{f}.example/" for f in sorted(firms)]
    assert all(a.format == "display" for a in doc.ads)
    body_intact(doc, "en")
    # ...but two such boxes are no column: without evidence, no ad
    doc = parse(page("en", "".join(_box(f"https://www.eastmere-{f}.example/",
                                        f"<img src='/uploads/{f}.jpg' alt='{f}'>") for f in firms[:2])))
    assert doc.ads == []


def _partners(lang: str, n: int, form: str) -> str:
    """A widget headed "partners" holding ``n`` picture links to as many partners, each of
    an IAB size with a campaign query: bare links named banners side by side (``form`` "a")
    or a list's entries ("li")."""
    heading = "<h3>Our partners</h3>" if lang == "en" else "<h3>Unsere Partner</h3>"
    links = [f"<a href='https://www.partner{k}.example/?utm_source=news'{' class=banner' if form == 'a' else ''}>"
             f"<img src='/uploads/partner-{k}.png' width='125' height='125' alt='Partner {k}'></a>"
             for k in range(1, n + 1)]
    if form == "li":
        return (f"<section class='widget'>{heading}<ul class='partners'>"
                + "".join(f"<li>{x}</li>" for x in links) + "</ul></section>")
    return f"<div class='widget'>{heading}<div class='partners'>{''.join(links)}</div></div>"


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("form", ["a", "li"])
def test_a_row_of_partner_pictures_is_no_ad(lang, form):
    """Four picture links side by side in one widget, each of an IAB size with a campaign
    query: partners' logos, no ad slot, whether the links are named boxes of their own
    (a row of them) or bare entries of a list (no box of their own)."""
    doc = parse(page(lang, _partners(lang, 4, form)))
    assert doc.ads == []
    body_intact(doc, lang)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_one_partner_picture_alone_in_its_widget_is_an_ad(lang):
    """The control of the row: the same widget holding one of those links alone is a slot
    (the row, not the pictures, made the partners' logos no ad)."""
    doc = parse(page(lang, _partners(lang, 1, "a")))
    assert [a.attributes.get("href") for a in doc.ads] == ["https://www.partner1.example/?utm_source=news"]
    body_intact(doc, lang)


@pytest.mark.parametrize(("lang", "img", "href"), [
    ("en", "<img src='/uploads/harbour-festival-banner-300x250.jpg' width='300' height='250' alt='Harbour Festival'>",
     f"{SITE}/harbour-festival/?utm_campaign=spring"),
    ("en", "<img src='/uploads/harbour-festival-banner-300x250.jpg' width='300' height='250' alt='Harbour Festival'>",
     "//news.example.org/harbour-festival/"),
    ("de", "<img src='/uploads/hafenfest-werbebanner-300x250.jpg' width='300' height='250' alt='Hafenfest'>",
     "https://veranstaltungen.news.example.org/hafenfest/?utm_source=sidebar"),
    ("de", "<img src='/uploads/hafenfest-werbebanner-300x250.jpg' width='300' height='250' alt='Hafenfest'>",
     "/hafenfest/"),
], ids=["en-own-host", "en-scheme-relative", "de-subdomain", "de-relative"])
def test_a_banner_to_the_site_itself_is_no_ad(lang, img, href):
    """A 300x250 picture named a banner, with a campaign query, linking the site's own pages
    (its own host, a subdomain of it, a relative link): a house promo, no ad slot; the same
    box linking another site is one."""
    doc = parse(page(lang, _box(href, img)))
    assert doc.ads == []
    body_intact(doc, lang)
    other = "https://www.hafenfest.example/?utm_source=sidebar"
    assert [a.attributes.get("href") for a in parse(page(lang, _box(other, img))).ads] == [other]


@pytest.mark.parametrize(("lang", "img", "plain"), [
    ("en", "<img src='/uploads/press-council-300x250.png' width='300' height='250' alt='Press Council member'>",
     "<img src='/uploads/press-council-300x250.png' width='300' height='250' alt='Press Council'>"),
    ("en", "<img src='/uploads/trusted-news-badge.png' width='300' height='250' alt='Trusted News'>",
     "<img src='/uploads/trusted-news.png' width='300' height='250' alt='Trusted News'>"),
    ("de", "<img src='/uploads/presserat.png' width='300' height='250' alt='Wir sind Mitglied im Presserat'>",
     "<img src='/uploads/presserat.png' width='300' height='250' alt='Wir sind im Presserat'>"),
    ("de", "<img src='/uploads/presserat-logo.png' width='300' height='250' alt='Presserat'>",
     "<img src='/uploads/presserat.png' width='300' height='250' alt='Presserat'>"),
], ids=["en-member", "en-badge", "de-mitglied", "de-logo"])
def test_a_badge_or_a_members_picture_is_no_ad(lang, img, plain):
    """A picture of an IAB size linking another site with a campaign query, alone in its
    sidebar widget, whose file name or alt text calls it a badge, a logo or a member's: no
    ad slot; the same picture without that word is one."""
    href = "https://www.presserat.example/?utm_source=member"
    doc = parse(page(lang, _box(href, img)))
    assert doc.ads == []
    body_intact(doc, lang)
    assert [a.attributes.get("href") for a in parse(page(lang, _box(href, plain))).ads] == [href]


@pytest.mark.parametrize("lang", ["de", "fr"])
def test_a_widgets_own_style_is_no_text_of_its_box(lang: str) -> None:
    """A widget carrying its own ``<style>`` (CSS is no visible text) around a heading and a
    campaign-linked picture: the widget is the banner's box, an ad slot."""
    css = "<style>" + " ".join(f".w{i} {{ margin: {i}px; padding: 0 }}" for i in range(40)) + "</style>"
    href = "https://www.theater-sachsen.example/spielplan/?utm_source=hafenblatt&gclid=Cj0KCQ"
    img = "<img src='/uploads/spielplan-herbst.jpg' alt='Theater'>"
    heading = css + ("<h4>Veranstaltungskalender</h4>" if lang == "de" else "<h4>Agenda</h4>")
    doc = _one_ad(page(lang, _box(href, img, tag="div", heading=heading)), href)
    body_intact(doc, lang)
