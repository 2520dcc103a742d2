"""CTAs at their own size and no log-in door (issue 15, items at the wrong size).

* A masthead row holds the site's name or logo, linked to its home page, beside the
  reader's buttons ("Subscribe", "Sign in"): the row is the page's header, and the CTA is
  the box of buttons inside it, not the row (``brand_rows``).
* A box whose whole text is a log-in label ("Login", "Anmelden", "Sign in | My account"),
  or a panel headed by one (a "Log in" heading over the e-mail and password fields), asks
  nothing of a reader who is not yet one: no CTA (``login_boxes``). A prompt before it
  ("Already a subscriber? Log in") or a comment form's "log in to comment" keep theirs.

Small pages written for the project, in English, German, French and Spanish.
"""

from __future__ import annotations

import pytest

import syndicate
from regionpages import page, source

_URL = "https://news.example.org/2024/05/harbour-wall"

#: (language, site name, subscribe button, sign-in button)
_MASTHEADS = [
    ("en", "The Harbour Letter", "Subscribe", "Sign in"),
    ("fr", "La Lettre du port", "S'abonner", "Se connecter"),
    ("es", "El Puerto", "Suscribirse", "Iniciar sesión"),
]


def _masthead(name: str, subscribe: str, sign_in: str) -> str:
    # (wrappers as a newsletter platform sets them: the name's row, then the buttons' box)
    return (f"<div class='wrap'><div class='main'><div><div class='row'>"
            f"<div class='logo'><a href='/'><img src='/logo.png' alt=''></a></div>"
            f"<div class='name'><a href='/'>{name}</a></div>"
            f"<div class='actions'><div><button class='btn primary' type='button'>{subscribe}</button>"
            f"<button class='btn' type='button'>{sign_in}</button></div></div></div></div></div></div>")


@pytest.mark.parametrize(("lang", "name", "subscribe", "sign_in"), _MASTHEADS)
def test_masthead_cta_is_its_button_box(lang, name, subscribe, sign_in):
    """The CTA is the box of buttons, not the row holding the site's name and home link."""
    raw = page(lang=lang, top=_masthead(name, subscribe, sign_in))
    doc = syndicate.parse(raw, url=_URL)
    boxes = [source(raw, c.locator) for c in doc.ctas if c.kind in ("subscribe", "newsletter")]
    assert [b.get("class") for b in boxes] == ["actions"]


def test_box_with_a_link_to_another_sites_home_stays_a_cta():
    """A link to another site's front page (the membership shop's) is no home link of this
    site: the donation box around it is still one CTA."""
    box = ("<div class='support'><p>Support local journalism: become a member today.</p>"
           "<a href='https://members.example.com/'>Donate</a></div>")
    raw = page(side=box)
    doc = syndicate.parse(raw, url=_URL)
    assert [(c.kind, source(raw, c.locator).get("class")) for c in doc.ctas] == [("donate", "support")]


#: (language, a log-in link's label, its target)
_LOGIN_LINKS = [
    ("de", "Login", "/mein-konto/"),
    ("en", "Sign in", "/my-account/"),
    ("fr", "Connexion", "/mon-compte/"),
]


@pytest.mark.parametrize(("lang", "label", "path"), _LOGIN_LINKS)
def test_login_link_alone_is_no_cta(lang, label, path):
    """A footer's second "social-links" list holding only the log-in link gives no CTA; the
    list of network profiles beside it is still the follow bar."""
    bar = ("<div class='cols'><ul class='social-links'><li><a href='https://www.facebook.com/hafenbrief'>Facebook</a></li>"
           "<li><a href='https://twitter.com/hafenbrief'>Twitter</a></li></ul>"
           f"<ul class='social-links mobile'><li><a href='{path}'>{label}</a></li></ul></div>")
    raw = page(lang=lang, footer=bar)
    doc = syndicate.parse(raw, url=_URL)
    assert [(c.kind, source(raw, c.locator).get("class")) for c in doc.ctas] == [("follow", "social-links")]


#: (language, a log-in panel: its heading over the ways to log in to each subscription)
_LOGIN_PANELS = [
    ("de", "<div id='login_layer'><h3>Login</h3><div class='intro'>Wählen Sie einen der beiden Wege aus</div>"
           "<div class='choices'><a href='/plus/login'>Loggen Sie sich hier für Ihr Digital-Abonnement ein</a>"
           "<a href='/heft/login'>Loggen Sie sich hier für Ihr Heft-Abonnement ein</a></div></div>"),
    ("en", "<div id='login_layer'><h3>Log in</h3><div class='intro'>Choose one of the two ways</div>"
           "<div class='choices'><a href='/plus/login'>Log in here for your digital subscription</a>"
           "<a href='/print/login'>Log in here for your print subscription</a></div></div>"),
]


@pytest.mark.parametrize(("lang", "panel"), _LOGIN_PANELS)
def test_login_panel_is_no_subscription(lang, panel):
    """A panel headed "Log in" over the ways to log in to a subscription is the log-in door
    opened, no subscription offer: no CTA, in the header or as an overlay."""
    for where in ("header", "top"):
        raw = page(lang=lang, **{where: panel})
        doc = syndicate.parse(raw, url=_URL)
        assert [c.kind for c in doc.ctas] == [], where


def test_prompt_before_login_keeps_the_box():
    """"Already a subscriber? Log in" opens with a prompt, not the label: the box is a CTA."""
    box = ("<div class='subscribe-box'><p>Already a subscriber?</p><a href='/login'>Log in</a>"
           "<a class='btn' href='/subscribe/'>Subscribe now</a></div>")
    raw = page(side=box)
    doc = syndicate.parse(raw, url=_URL)
    assert [source(raw, c.locator).get("class") for c in doc.ctas] == ["subscribe-box"]


def test_root_with_a_query_is_no_home_link():
    """A button to "/?view=signup" (the front page asked for its sign-up view) is an action,
    no home link: the sign-up banner around it stays one CTA."""
    banner = ("<section class='signup-banner'><h2>Create a free account</h2>"
              "<p>Save your favourite stories and sign up for our e-mail newsletters.</p>"
              "<a class='button' href='/?view=signup'>Create account</a></section>")
    raw = page(below=banner)
    doc = syndicate.parse(raw, url=_URL)
    assert [source(raw, c.locator).get("class") for c in doc.ctas] == ["signup-banner"]
