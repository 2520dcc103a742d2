"""Account steps are no sign-ups (issue 15): a hidden "create an account", "forgot your
password?" or log-in window asks for an e-mail address, and so looks like a newsletter box,
but its form posts to a register / reset-password / login step. A class word shared with a
paywall tool ("tp-container") matches as a whole token only. Small pages written for the
project, in English, German, French and Spanish; a real newsletter box beside the window
stays a newsletter.
"""

from __future__ import annotations

import pytest

import syndicate
from regionpages import page, source

#: (language, the window's heading, its blurb, its form's action, its button)
_WINDOWS = [
    ("en", "Forgot your password?", "Enter your email address and we will send you a link.",
     "/action/requestResetPassword", "Send"),
    ("de", "Passwort vergessen?", "Geben Sie Ihre E-Mail-Adresse ein, wir senden Ihnen einen Link.",
     "/konto/passwort-zuruecksetzen", "Senden"),
    ("fr", "Créer un compte", "Saisissez votre adresse e-mail pour recevoir votre lien d'inscription.",
     "/utilisateur/registration", "Créer"),
    ("es", "Iniciar sesión", "Introduzca su correo electrónico para recibir un enlace de acceso.",
     "/es_ES/login_check", "Entrar"),
]


def _window(heading: str, blurb: str, action: str, button: str) -> str:
    return (f"<div class='popup top-drawer hidden'><div class='form'><h2>{heading}</h2><p>{blurb}</p>"
            f"<form action='{action}' method='post'><label for='em'>E-mail</label>"
            f"<input id='em' type='email' name='email'><input type='submit' value='{button}'>"
            "</form></div></div>")


_NEWSLETTER = ("<div class='signup'><h3>Newsletter</h3><p>The week's stories in your inbox.</p>"
               "<form action='https://lists.example.net/subscribe/post'>"
               "<input type='email' name='EMAIL'><button>Sign up</button></form></div>")


@pytest.mark.parametrize(("lang", "heading", "blurb", "action", "button"), _WINDOWS)
def test_account_window_is_no_newsletter(lang, heading, blurb, action, button):
    """The account window gives no CTA; the newsletter box in the side column still does."""
    raw = page(lang=lang, top=_window(heading, blurb, action, button), side=_NEWSLETTER)
    doc = syndicate.parse(raw, url="https://news.example.org/story")
    found = [(c.kind, [f.get("action") for f in source(raw, c.locator).iter("form")]) for c in doc.ctas]
    assert found == [("newsletter", ["https://lists.example.net/subscribe/post"])]


def test_newsletter_form_posting_to_a_register_path_stays_a_signup():
    """A form posting to "/newsletter/register" names the newsletter: a sign-up still."""
    box = ("<div class='letter'><h3>Our newsletter</h3><form action='/newsletter/register'>"
           "<input type='email' name='email'><button>Register</button></form></div>")
    raw = page(side=box)
    doc = syndicate.parse(raw, url="https://news.example.org/story")
    assert [(c.kind, c.url) for c in doc.ctas] == [("newsletter", "https://news.example.org/newsletter/register")]


def test_site_prefix_tp_is_no_paywall():
    """A site whose layout classes start with "tp-" ("tp-container-inner" around each menu
    entry) has no paywall box in its menu; Piano's own "tp-container" still is one."""
    menu = "".join(f"<li><div class='tp-container-inner'><a href='/products/{n}/'><p>{n.title()}</p></a></div></li>"
                   for n in ("switches", "routers"))
    raw = page(header=f"<nav><ul>{menu}</ul></nav>")
    doc = syndicate.parse(raw, url="https://news.example.org/story")
    assert [c for c in doc.ctas if c.kind == "subscribe"] == []
    raw = page(below="<div class='tp-container'><p>Subscribe to read on.</p>"
                     "<a class='btn' href='/subscribe'>Subscribe</a></div>")
    doc = syndicate.parse(raw, url="https://news.example.org/story")
    assert [c.kind for c in doc.ctas] == ["subscribe"]
