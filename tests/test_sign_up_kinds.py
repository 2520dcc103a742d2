"""A "Subscribe" widget is a paid ``subscribe`` only with evidence of a paid offer, and a
``newsletter`` when it signs an e-mail address up (issue 15, CTA kinds; gold README: "subscribe"
is a paid subscription/membership/e-edition, "newsletter" an e-mail sign-up), on small pages
written for the project in English, German, French and Spanish.
"""

from __future__ import annotations

import lxml.html

from regionpages import page
from syndicate import parse
from syndicate.extract.sign_up_kinds import MAILING, PAID, paid_target, widget_evidence

URL = "https://www.example.org/2024/05/harbour-wall"


def _kinds(raw: bytes) -> list[str]:
    return [c.kind for c in parse(raw, url=URL).ctas if c.kind in ("subscribe", "newsletter")]


def test_blog_subscribe_box_with_an_email_field_is_a_newsletter():
    box = ("<div class='subscribe-box'><p>Enter your email address</p><input type='text'>"
           "<button>Subscribe</button></div>")
    assert _kinds(page(side=box)) == ["newsletter"]


def test_subscribe_heading_over_a_mailing_list_link_is_a_newsletter():
    box = ("<div class='widget subscribe'><h3 class='widget-header'>Subscribe</h3><div class='widget-content'>"
           "<ul><li>Sign up for <a href='https://blog.us13.list-manage.com/subscribe?u=1'>our weekly letter</a>"
           "</li></ul></div></div>")
    assert _kinds(page(side=box)) == ["newsletter"]


def test_french_subscribe_button_to_a_mailing_platform_is_a_newsletter():
    button = "<div class='subscribe'><a class='button' href='https://www.subscribepage.com/monblog'>S’abonner</a></div>"
    assert _kinds(page(side=button, lang="fr")) == ["newsletter"]


def test_newspaper_subscribe_offer_with_a_price_stays_subscribe():
    offer = ("<div class='subscribe-box'><h3>Subscribe</h3><p>Digital access — €1 for 3 months</p>"
             "<a href='/subscribe' class='button'>Subscribe now</a></div>")
    assert _kinds(page(side=offer)) == ["subscribe"]


def test_german_abo_offer_stays_subscribe_and_its_newsletter_box_is_one():
    offer = ("<div class='abo-teaser'><h3>Abonnieren</h3><p>Alle Artikel lesen: 1 € für 3 Monate</p>"
             "<a href='/abo/angebote'>Jetzt abonnieren</a></div>")
    assert _kinds(page(side=offer, lang="de")) == ["subscribe"]


def test_bare_abonnieren_button_of_a_blog_on_a_newsletter_platform_is_a_newsletter():
    # (a blog hosted on a newsletter platform: its sign-up posts to the platform's endpoint)
    button = "<div class='navbar-buttons subscribe'><button type='button'>Abonnieren</button></div>"
    form = ("<div class='subscribe-widget'><form action='/api/v1/free?nojs=true' method='post'>"
            "<input type='email' name='email' placeholder='Ihre E-Mail'><button>Abonnieren</button></form></div>")
    assert _kinds(page(header=button, footer=form, lang="de")) == ["newsletter", "newsletter"]


def test_bare_subscribe_button_of_a_news_site_keeping_a_mailchimp_list_stays_subscribe():
    # (a mailing service's form says only that the site keeps a list too: a guard)
    button = "<section class='subscribe-btn'><a href='/node/113'>Subscribe</a></section>"
    form = ("<div class='footer-signup'><form action='https://site.us20.list-manage.com/subscribe/post?u=1'"
            " method='post' class='validate'><input type='email' name='EMAIL'><button>Sign up</button></form></div>")
    assert _kinds(page(header=button, footer=form)) == ["subscribe", "newsletter"]


def test_evidence_of_single_widgets_in_four_languages():
    def ev(html: str, url: str | None = None) -> str | None:
        return widget_evidence(lxml.html.fragment_fromstring(html), url)

    assert ev("<div><a href='/suscripcion-digital/'>Suscríbete</a></div>") == PAID
    assert ev("<div><p>S’abonner dès 1€</p></div>") == PAID
    assert ev("<div><a href='https://www.subscribepage.com/site'>Subscribe</a></div>") == MAILING
    assert ev("<div><p>Recibí el newsletter en tu email</p><a href='/usuarios/registrate/'>Suscribite gratis</a></div>") == MAILING
    assert ev("<div><a href='/feed/'>S’abonner</a></div>") not in (PAID, MAILING)
    assert ev("<div><a href='/subscribe'>Subscribe</a></div>") is None


def test_paid_targets():
    assert paid_target("https://abo.example.de/")
    assert paid_target("/service/abo-angebote/gratis")
    assert paid_target("https://www.example.com/subscription/multiproduct/lp.html")
    assert not paid_target("/form/blog-subscription")
    assert not paid_target("https://wordpress.com/email-subscriptions")
    assert not paid_target("https://play.google.com/store/apps/details?id=x")
    assert not paid_target("/subscribe")
