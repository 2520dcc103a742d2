"""Two widgets side by side are two CTAs (``side_widgets``, a step of ``widget_merge.one_element``):
a CTA found at a column or row holding two or three headed boxes, each with its own actions,
is reported once per box, the found kind on its own box, the other boxes by their words;
one widget whose parts are not each headed stays one, and so do cards of one design; a box
the markup hides is no widget;
a bar of networks is never split; a like button beside a share bar is a share CTA of its
own, an empty like mount among a row's share buttons one of them. Small pages written for
the project, in English and German.
"""

from __future__ import annotations

import lxml.html

from syndicate.extract.chrome import Found
from syndicate.extract.widget_merge import one_element
from syndicate.model import CallToAction


def _run(html: str, finds: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``one_element`` on the CTAs ``finds`` ((XPath, kind)) of the small page ``html``:
    (class, kind) of each reported CTA."""
    root = lxml.html.fromstring(html)
    found = [Found(root.xpath(x)[0], CallToAction(id="", kind=k)) for x, k in finds]  # type: ignore[arg-type]
    out = one_element(found, set(), None)
    return [(f.element.get("class") or f.element.tag, f.item.kind) for f in out]  # type: ignore[union-attr]


_ARTICLE = "<article><h1>Choosing a kitchen layout</h1><p>Galley kitchens suit narrow rooms.</p></article>"


def test_lead_form_beside_partner_promo_is_two_ctas():
    """English side column: a 'Get in touch' lead form and a 'Become a partner' promo box,
    found as one contact CTA at the column: a contact CTA on the form's box and an `other`
    CTA on the promo's box."""
    html = ("<html><body>" + _ARTICLE + "<div class='side-column'><div class='stack'>"
            "<div class='lead-box'><h2>Get in touch now!</h2><form action='/lead'>"
            "<input name='name'><input name='email' type='email'><textarea name='message'></textarea>"
            "<button type='submit'>Send</button></form></div>"
            "<div class='promo-box'><h3>Run your own cloud kitchen with us</h3>"
            "<a class='btn' href='/partners'>Become a partner</a></div>"
            "</div></div></body></html>")
    assert _run(html, [("//div[@class='side-column']", "contact")]) == [
        ("lead-box", "contact"), ("promo-box", "other")]


def test_german_newsletter_band_beside_jobs_band_is_two_ctas():
    """German footer row: a 'Newsletter abonnieren' box with its form and a 'Karriere' band
    with its button, found as one newsletter CTA at the row: the newsletter on its own box,
    the career band an `other` CTA beside it."""
    html = ("<html><body>" + _ARTICLE + "<footer><div class='footer-ctas'>"
            "<div class='col-left'><h3>Newsletter abonnieren</h3><p>Jeden Freitag die wichtigsten Meldungen.</p>"
            "<form action='/nl'><input type='email' name='email'><button>Anmelden</button></form></div>"
            "<div class='col-right'><h3>Karriere bei der Redaktion</h3><p>Wir suchen Verstärkung im Team.</p>"
            "<a class='button' href='/karriere'>Offene Stellen ansehen</a></div>"
            "</div></footer></body></html>")
    assert _run(html, [("//div[@class='footer-ctas']", "newsletter")]) == [
        ("col-left", "newsletter"), ("col-right", "other")]


def test_german_cards_of_one_design_stay_one_band():
    """German: two offer cards of one design (same tag and class), each headed with its own
    button, found as one CTA at their band: a band's cards, one CTA (conventions 1, 10.2)."""
    card = "<div class='angebot-karte'><h3>{t}</h3><a class='button' href='{h}'>{l}</a></div>"
    html = ("<html><body>" + _ARTICLE + "<div class='angebote'>"
            + card.format(t="Digital-Abo", h="/abo/digital", l="Jetzt testen")
            + card.format(t="Print-Abo", h="/abo/print", l="Jetzt bestellen") + "</div></body></html>")
    assert _run(html, [("//div[@class='angebote']", "subscribe")]) == [("angebote", "subscribe")]

def test_one_widget_whose_parts_are_not_each_headed_stays_one():
    """English sign-up box: the heading and blurb in one child, the form in another (no
    heading of its own): one widget, reported once at the box."""
    html = ("<html><body>" + _ARTICLE + "<div class='signup'><div class='signup-text'><h3>Weekly recipes</h3>"
            "<p>One e-mail every Sunday.</p></div><div class='signup-form'><form action='/s'>"
            "<input type='email' name='e'><button>Sign up</button></form></div></div></body></html>")
    assert _run(html, [("//div[@class='signup']", "newsletter")]) == [("signup", "newsletter")]


def test_hidden_thank_you_state_is_no_widget():
    """English: an SMS alert box and a newsletter box side by side, with the newsletter's
    'Thanks for signing up' state hidden by its markup: two CTAs, not three."""
    html = ("<html><body>" + _ARTICLE + "<section class='alerts'>"
            "<div class='sms'><h2>Breaking news by text message</h2><iframe src='https://sms.example.net/f'></iframe></div>"
            "<div class='letter'><h2>Newsletter</h2><p>The day's news, sent every morning.</p>"
            "<a class='btn' href='/newsletter'>Sign up</a></div>"
            "<div class='letter-done' hidden><h2>Thanks for signing up!</h2><a href='/profile'>Complete your profile</a></div>"
            "</section></body></html>")
    out = _run(html, [("//section[@class='alerts']", "newsletter")])
    assert [c for c, _ in out] == ["sms", "letter"]
    assert ("letter", "newsletter") in out


def test_share_bar_with_headed_parts_is_not_split():
    """German: a share bar whose two halves each carry a small heading stays one share CTA
    (a bar of networks is one widget)."""
    html = ("<html><body>" + _ARTICLE + "<div class='teilen'>"
            "<div class='a'><h4>Teilen</h4><a href='https://www.facebook.com/sharer.php?u=x'>Facebook</a></div>"
            "<div class='b'><h4>Weitersagen</h4><a href='https://wa.me/?text=x'>WhatsApp</a></div>"
            "</div></body></html>")
    assert _run(html, [("//div[@class='teilen']", "share")]) == [("teilen", "share")]


_BAR_EN = ("<div class='sharing'><h3>Share this:</h3><a href='https://twitter.com/intent/tweet?url=x'>X</a>"
           "<a href='https://www.facebook.com/sharer.php?u=x'>Facebook</a></div>")
_LIKE_EN = "<div class='sd-block sd-like jetpack-likes-widget-wrapper'><span>Like</span> Loading…<a></a></div>"


def test_like_box_beside_share_bar_is_its_own_share_cta():
    """English: a labelled like box ('Like Loading…') beside the found share bar: a share
    CTA of its own (convention 11.6), the bar's CTA kept."""
    html = ("<html><body>" + _ARTICLE + "<div class='post-flair'>" + _BAR_EN + _LIKE_EN
            + "<div class='related'><h3>Related</h3></div></div></body></html>")
    out = _run(html, [("//div[@class='sharing']", "share")])
    assert sorted(out) == [("sd-block sd-like jetpack-likes-widget-wrapper", "share"), ("sharing", "share")]


def test_german_like_inside_the_share_box_is_split_out():
    """German: the share was found at a box holding the bar and a labelled like box
    ('Gefällt mir:'): the share on the bar's own box, the like a share CTA beside it."""
    bar = ("<div class='teilen-leiste'><h3>Teilen mit:</h3><a href='https://twitter.com/intent/tweet?url=x'>Twitter</a>"
           "<a href='https://www.facebook.com/sharer.php?u=x'>Facebook</a></div>")
    like = "<div class='post-likes'><h3>Gefällt mir:</h3><span>Liken</span><a></a></div>"
    html = "<html><body>" + _ARTICLE + "<div class='beitrag-extras'>" + bar + like + "</div></body></html>"
    out = _run(html, [("//div[@class='beitrag-extras']", "share")])
    assert sorted(out) == [("post-likes", "share"), ("teilen-leiste", "share")]


def test_empty_like_mount_in_a_row_of_share_buttons_is_one_of_them():
    """German: an empty Facebook like mount in a row holding only the share buttons: a button
    of the row, no CTA of its own."""
    html = ("<html><body>" + _ARTICLE + "<p class='knoepfe'><a class='twitter-share-button' "
            "href='https://twitter.com/share'>Tweet</a><span class='fb-like' data-href='https://example.de/a'></span>"
            "</p></body></html>")
    assert _run(html, [("//a[@class='twitter-share-button']", "share")]) == [("twitter-share-button", "share")]


def test_empty_like_mount_set_apart_beside_share_buttons_is_a_cta():
    """English: an empty Facebook like mount standing in the article's footer beside the
    tags and a tweet button (not inside a row of buttons): a share CTA of its own."""
    html = ("<html><body><div class='item-page'><p>Galley kitchens suit narrow rooms, and an island needs a "
            "metre of space on every side to be of any use at all.</p>"
            "<div class='tags'><a href='/tag/kitchens'>Kitchens</a><a href='/tag/layout'>Layout</a></div>"
            "<div class='fb-like' data-href='https://example.com/a'></div>"
            "<div class='twitter-button'><a href='https://twitter.com/share'>Tweet</a></div></div></body></html>")
    out = _run(html, [("//div[@class='twitter-button']", "share")])
    assert sorted(out) == [("fb-like", "share"), ("twitter-button", "share")]


def test_social_likes_share_plugin_is_no_like_box():
    """English: a 'social-likes' box (a share plugin's name) beside a share bar is no like
    button: nothing added."""
    html = ("<html><body>" + _ARTICLE + "<div class='share-row'>" + _BAR_EN
            + "<div class='social-likes-pane'>Share</div></div></body></html>")
    assert _run(html, [("//div[@class='sharing']", "share")]) == [("sharing", "share")]
