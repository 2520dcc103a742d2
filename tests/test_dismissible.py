"""Boxes the reader dismisses (a close control, a live status): a promo bar holding one link
is no story card, and a snackbar offering a subscription is a subscribe CTA. Pages written
for the project (English, Spanish, German)."""

from __future__ import annotations

import pytest

from regionpages import page, parse

#: A promo bar with a close control and one link with a headline-length text, per language.
BARS = {
    "en": "<section class='strip'><a href='/training/small-business-ai'>Coming soon: free AI training for "
          "small firms, join the waitlist</a><button aria-label='close banner'></button></section>",
    "es": "<section class='strip'><a href='/formacion/pequenas-empresas-ia'>Muy pronto: formación gratuita "
          "en IA para pequeñas empresas</a><button aria-label='Cerrar'></button></section>",
    "de": "<section class='strip' role='status'><a href='/seminare/ki-training-fuer-kleine-firmen'>Bald: "
          "kostenloses KI-Training für kleine Firmen</a></section>",
}


@pytest.mark.parametrize("lang", sorted(BARS))
def test_a_closable_bar_with_one_link_is_no_story_card(lang: str):
    """One link to a page with a slug, a headline-length text, and a close control (or
    ``role=status``): a notice, no related block."""
    doc = parse(page(below=BARS[lang], lang=lang))
    assert doc.related == []


def test_the_same_box_without_close_control_is_a_card():
    """Without its close control the box is a story card: the guard is what tells."""
    bar = BARS["en"].replace("<button aria-label='close banner'></button>", "")
    doc = parse(page(below=bar))
    assert [len(r.items) for r in doc.related] == [1]


SNACKBARS = {
    "es": "<div class='snack'><div class='snack-title'>Nuestro periodismo depende de vos"
          "<button type='button' aria-label='Cerrar'>x</button></div><div class='snack-body'>"
          "<a href='/usuarios/suscribite/' class='ut-btn'>Suscribite por $195/mes</a>"
          "<div>Si ya tenés una cuenta</div><a href='/usuarios/entrar/'>ingresá</a>"
          "<div><a href='/usuarios/registrate/'>Registrate</a> para leer 10 artículos</div></div></div>",
    "en": "<div class='snack'><div class='snack-title'>Our reporting depends on you"
          "<button type='button' aria-label='Dismiss'>x</button></div><div class='snack-body'>"
          "<a href='/subscription/offers/' class='ut-btn'>Start today for $5 a month</a>"
          "<div>Have an account already?</div><a href='/account/login/'>Log in</a>"
          "<div><a href='/account/register/'>Register</a> to read ten stories a month</div></div></div>",
}


@pytest.mark.parametrize("lang", sorted(SNACKBARS))
def test_a_snackbar_leading_to_a_subscription_page_is_a_subscribe_cta(lang: str):
    """A dismissible box of three links whose first conversion target is a subscription
    page: one subscribe CTA, the whole box."""
    doc = parse(page(below=SNACKBARS[lang], lang=lang))
    assert [c.kind for c in doc.ctas] == ["subscribe"]


def test_a_snackbar_without_close_control_is_no_cta_by_this_rule():
    """The same links in a plain box (no close control): not taken as a snackbar."""
    box = SNACKBARS["es"].replace("<button type='button' aria-label='Cerrar'>x</button>", "")
    doc = parse(page(below=box, lang="es"))
    assert "subscribe" not in [c.kind for c in doc.ctas]
