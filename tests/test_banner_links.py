"""Picture banners outside the body: a link whose whole content is one picture, standing
alone in a side-column widget, the footer or a column of modules, pointing to a donation,
membership or contact page (or whose picture is named so), is a CTA of that kind; a logo
linking home, a card's picture beside its title link, a toolbar icon, a feed reader's
badge and a row of platform badges are not. Small pages written for the project, chrome
in German, English and French.
"""

from __future__ import annotations

import regionpages
from pages import parse_article as parse


def kinds(doc) -> list[str]:
    return [c.kind for c in doc.ctas]


def test_sidebar_picture_to_a_donation_page_is_a_donate_cta():
    """German: a side-column widget holding only a picture linking to /spenden/: donate,
    reported at the widget (placed outside)."""
    side = ("<aside class='widget widget_media_image'><a href='/spenden/'>"
            "<img src='/uploads/banner-7.jpg' width='300' height='250' alt=''></a></aside>"
            "<aside class='widget'><h3>Archiv</h3><ul><li><a href='/2024/'>2024</a></li>"
            "<li><a href='/2023/'>2023</a></li></ul></aside>")
    doc = parse(regionpages.page(side=side, lang="de"))
    hits = [c for c in doc.ctas if c.kind == "donate"]
    assert len(hits) == 1 and hits[0].position.placement == "outside"
    assert hits[0].url is not None and hits[0].url.endswith("/spenden/")


def test_kind_from_the_pictures_file_name_and_alt_text():
    """When the target names no kind, the picture's own name does: a German footer picture
    "Mitglied-werden.png" to an application form (subscribe), a French side banner whose
    alt text is "Soutenez-nous" (donate), an English "Download on the App Store" badge
    pair (one app CTA)."""
    footer = ("<a href='/antrag/'><img src='/uploads/2020/04/Mitglied-werden.png' width='240' height='80'></a>"
              "<p>© Hafenpartei</p>")
    doc = parse(regionpages.page(footer=footer, lang="de"))
    assert "subscribe" in kinds(doc)
    side = "<div class='section'><a href='/vous-et-nous/'><img src='/img/b2.png' alt='Soutenez-nous'></a></div>"
    doc = parse(regionpages.page(side=side, lang="fr"))
    assert "donate" in kinds(doc)
    badges = ("<ul class='badges'><li><a href='https://apps.apple.com/app/id1'><img src='/b/ios.png' "
              "alt='Download on the App Store' width='120' height='40'></a></li><li><a href="
              "'https://play.google.com/store/apps/details?id=x'><img src='/b/android.png' alt='Get it on "
              "Google Play' width='120' height='40'></a></li></ul>")
    doc = parse(regionpages.page(footer=badges, lang="en"))
    assert kinds(doc).count("app") == 1


def test_a_picture_named_a_call_to_action_is_an_offer():
    """English: a marketing tool's picture link named "cta" (its words name no kind): an
    offer (CTA ``other``)."""
    side = ("<span class='hs-cta-wrapper'><a href='https://cta-redirect.example.com/r/1'>"
            "<img class='hs-cta-img' src='https://cdn.example.com/cta/1.png' alt='New Call-to-action'></a></span>")
    doc = parse(regionpages.page(side=side, lang="en"))
    assert kinds(doc) == ["other"]


def test_logo_card_icon_feed_and_platform_rows_are_no_banners():
    """German and English: a logo picture linking home, a teaser card's picture beside its
    title link to a donation story, a contact icon (an SVG), a feed reader's "subscribe"
    badge and a row of podcast platform badges: no CTA."""
    header = "<a href='/'><img src='/logo-spenden-aktion.png' alt='Spendenaktion'></a>"
    card = ("<div class='teaser'><a href='/spenden/aufruf/'><img src='/f/1.jpg' width='300' height='200'></a>"
            "<h3><a href='/spenden/aufruf/'>Spendenaufruf für den Hafen</a></h3></div>")
    icon = "<div class='tools'><a href='/kontakt/'><img src='/i/phone.svg' alt='Kontakt'></a></div>"
    feed = ("<div class='feeds'><a href='https://reader.example.com/add?url=https%3A%2F%2Fx.example%2Ffeeds"
            "%2Fposts'><img src='/img/subscribe-reader.png'></a></div>")
    row = "<p>" + "".join(
        f"<a href='https://{h}/show/1'><img src='/img/{h}.png' width='140'></a>"
        for h in ("podcasts.apple.com", "open.spotify.com", "www.deezer.com")) + "</p>"
    doc = parse(regionpages.page(header=header, side=card + icon + row, footer=feed, lang="de"))
    assert kinds(doc) == [], [(c.kind, c.url) for c in doc.ctas]
