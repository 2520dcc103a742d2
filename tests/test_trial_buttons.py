"""A product's funnel beside a log-in (issue 15: navigation is a region, not a mask): a
header button asking for a trial or a demo — "Get started", "Schedule a demo", "Jetzt
testen", "Essai gratuit", a button whose class says ``start_trial`` — is a CTA of kind
``other`` placed ``outside``, even beside the "Log in" link, where a "Register" or "Sign up"
to an account stays account navigation. Small pages written for the project, chrome in
English, German and French.
"""

from __future__ import annotations

import regionpages
from pages import parse_article as parse

MENU = ("<nav class='main-nav'><ul><li><a href='/product/'>Product</a></li>"
        "<li><a href='/pricing/'>Pricing</a></li><li><a href='/blog/'>Blog</a></li>"
        "<li><a href='/about/'>About</a></li></ul></nav>")


def outside(doc) -> list[tuple[str, str | None]]:
    return [(c.kind, c.text) for c in doc.ctas if c.position.placement == "outside"]


def _bar(*links: str) -> str:
    return f"{MENU}<div class='header-actions'>{''.join(links)}</div>"


def test_get_started_beside_log_in_is_a_cta():
    """English: "Log in" and "Get started", both buttons to the app's home (no word in the
    target): the label asks for a trial, so "Get started" is a CTA beside the log-in."""
    header = _bar("<a class='button button-outline' href='https://app.example.io/'>Log in</a>",
                  "<a class='button button-primary' href='https://app.example.io/'>Get started</a>")
    doc = parse(regionpages.page(header=header, lang="en"))
    assert outside(doc) == [("other", "Get started")]


def test_demo_target_or_trial_class_beside_log_in_is_a_cta():
    """German "Demo vereinbaren" to /demo-anfordern/ (the target names a demo) and an English
    "Sign-Up Free" whose id says ``start_trial`` (the sign-up is the trial's): CTAs beside
    their page's "Anmelden" / "Log In"."""
    cases = (
        ("de", "<a class='btn' href='https://app.example.de/anmelden'>Anmelden</a>",
         "<a class='btn btn-rot' href='/demo-anfordern/'>Unverbindlich vorführen lassen</a>",
         "Unverbindlich vorführen lassen"),
        ("en", "<a class='btn' href='https://app.example.io/en/login'>Log In</a>",
         "<a id='start_trial_nav_cta' class='btn' href='https://app.example.io/en/signup'>Sign-Up Free</a>",
         "Sign-Up Free"),
    )
    for lang, login, button, label in cases:
        doc = parse(regionpages.page(header=_bar(login, button), lang=lang))
        assert outside(doc) == [("other", label)], (lang, outside(doc))


def test_trial_label_in_french_beside_connexion_is_a_cta():
    """French: "Essai gratuit" beside "Connexion", both to the app's pages without a kind."""
    header = _bar("<a class='bouton' href='https://app.example.fr/connexion'>Connexion</a>",
                  "<a class='bouton cta' href='https://app.example.fr/bienvenue'>Essai gratuit</a>")
    doc = parse(regionpages.page(header=header, lang="fr"))
    assert outside(doc) == [("other", "Essai gratuit")]


def test_register_or_sign_up_beside_log_in_stays_account_navigation():
    """English "Register" and French "Créer un compte" beside the log-in: the account's
    pair, no trial asked, no CTA."""
    cases = (
        ("en", "<a class='button' href='/login'>Log in</a>", "<a class='button' href='/register'>Register</a>"),
        ("fr", "<a class='bouton' href='/connexion'>Connexion</a>",
         "<a class='bouton cta' href='/inscription'>Créer un compte</a>"),
    )
    for lang, login, button in cases:
        doc = parse(regionpages.page(header=_bar(login, button), lang=lang))
        assert outside(doc) == [], (lang, outside(doc))
