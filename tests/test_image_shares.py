"""Share buttons of one picture (``extract/image_shares.py``): a "Pin it" icon on each step
photo, a share row on a gallery's opening slide are image tools, no share CTA of the page; the
page's share bar (its Pinterest link naming the lead picture) and a byline row's "Pin it"
beside an avatar stay. Small pages written for the project, in German, French and English;
the bars are handed over as the share steps would report them.
"""

from __future__ import annotations

import lxml.html

from syndicate.extract.chrome import Found
from syndicate.extract.image_shares import without_image_tools
from syndicate.model import CallToAction

IMG = "https://images.example.de/bilder/1200w/schritt-{n}-die-profile-verbinden.jpg"


def _shares(root: lxml.html.HtmlElement, xpath: str) -> list[Found]:
    return [Found(el, CallToAction(id="", kind="share")) for el in root.xpath(xpath)]


def test_a_pin_button_on_each_step_photo_is_no_page_cta():
    """A German DIY guide: every step photo carries a Pinterest button naming that photo."""
    steps = "".join(
        f"<p>Schritt {n}: Die Profile werden mit den Eckkappen verbunden.</p><figure><div class='canvas'>"
        f"<img src='{IMG.format(n=n).replace('1200w', '640w')}' alt=''>"
        f"<a href='#' class='sharing__link' data-share='pinterest' aria-label='Auf Pinterest teilen' "
        f"data-image='{IMG.format(n=n)}'></a></div></figure>" for n in range(1, 4))
    root = lxml.html.fromstring(f"<html><body><article>{steps}</article></body></html>")
    found = _shares(root, "//div[@class='canvas']")
    assert len(found) == 3
    assert without_image_tools(found) == []


def test_a_share_row_on_a_gallery_opening_slide_is_no_page_cta():
    """A French gallery: the opening slide's share row names the slide's picture on its box."""
    pic = "https://media.example.fr/files/2024/10/diaporama-costumes-halloween.jpg"
    html = (f"<html><body><article><figure class='cover'><div class='image-shares' data-share-image='{pic}'>"
            "<amp-social-share type='facebook'></amp-social-share><amp-social-share type='pinterest'>"
            f"</amp-social-share></div><img src='{pic}' alt='Costumes'></figure><p>Voici nos idées.</p>"
            "</article></body></html>")
    root = lxml.html.fromstring(html)
    found = _shares(root, "//figure")
    assert without_image_tools(found) == []


def test_the_page_share_bar_beside_the_lead_picture_stays():
    """An English page share bar under the lead picture: only its Pinterest link names it."""
    pic = "https://cdn.example.com/2024/05/harbour-wall-lead.jpg"
    html = (f"<html><body><article><div class='lead'><img src='{pic}' alt=''><div class='share'>"
            "<a href='https://www.facebook.com/sharer.php?u=https://news.example.com/harbour'>Facebook</a>"
            "<a href='mailto:?subject=Harbour%20wall'>Email</a>"
            f"<a href='https://www.pinterest.com/pin/create/button/?url=https://news.example.com/harbour&media={pic}'>"
            "Pinterest</a></div></div><p>The harbour wall will be rebuilt.</p></article></body></html>")
    root = lxml.html.fromstring(html)
    found = _shares(root, "//div[@class='share']")
    assert without_image_tools(found) == found


def test_a_pin_link_beside_an_avatar_stays():
    """A byline row: an avatar and a "Pin it" link naming the article's lead picture (not the
    avatar): the page's share tool."""
    html = ("<html><body><article><div class='meta'><img src='/img/avatar-default.png' alt=''>"
            "<span>Jane Doe</span><div class='shares'><a class='pin-it' href='//www.pinterest.com/pin/create/"
            "button/?url=https://news.example.com/harbour&amp;media=https://news.example.com/img/lead-harbour.jpg'>"
            "Pin it</a></div></div><p>The harbour wall will be rebuilt.</p></article></body></html>")
    root = lxml.html.fromstring(html)
    found = _shares(root, "//div[@class='shares']")
    assert without_image_tools(found) == found
