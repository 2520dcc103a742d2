"""Regions outside the body, third round (issue 15): offers (CTA ``other``) found by their
structure, and widgets kept apart. Small pages written for the project, chrome in English,
German, Spanish, French and Polish.

1. an offer box: a small box whose one action is a link styled as a button, its label an
   imperative ("Shop houseplants", "Consigue tu regalo"), is a CTA ``other``; a teaser card's
   "En savoir plus" to a story, a button naming no action, a cookie notice and a button
   repeated under every item of a listing are not;
2. a lead funnel: a form with a choice and a submit button asking to act is a CTA ``other``;
   a settings form ("Zapisz") is not;
3. widgets: a sign-up form and a demo card side by side in a sidebar are two CTAs.

Pages 1-3 go through ``parse_article``, which also checks that the body is exactly the
article's four paragraphs: none of the widgets' text may leak into it.
"""

from __future__ import annotations

import syndicate
from pages import parse_article as parse
from regionpages import page, source


def others(doc: syndicate.Document) -> list[str]:
    return [c.text or "" for c in doc.ctas if c.kind == "other"]


# ------------------------------------------------------------------ 1. offer boxes


def test_button_styled_shop_link_between_paragraphs_is_an_inline_offer():
    box = ("<div class='module'><a class='shop-button' "
           "href='https://shop.example.com/dept/257/houseplants'>Shop houseplants</a></div>")
    raw = page(between=box)
    doc = parse(raw)
    (cta,) = doc.ctas
    assert (cta.kind, cta.position.placement) == ("other", "inline")
    assert source(raw, cta.locator).get("class") == "module"
    assert cta.url == "https://shop.example.com/dept/257/houseplants"


def test_closable_sticky_button_below_body_is_an_offer_outside():
    """Spanish: a sticky button with a close control, no offer vocabulary in its words."""
    sticky = ("<div class='pegajoso'><a class='btn btn-sello' href='/club/'>Consigue tu regalo</a>"
              "<button type='button' class='cerrar' aria-label='Cerrar'></button></div>")
    raw = page(top=sticky, lang="es")
    doc = parse(raw)
    (cta,) = doc.ctas
    assert (cta.kind, cta.position.placement) == ("other", "outside")
    assert source(raw, cta.locator).get("class") == "pegajoso"


def test_learn_more_button_to_a_story_is_no_offer():
    """French: a teaser card whose "En savoir plus" button points to a story's slug."""
    card = ("<div class='carte'><h3>Le port sera reconstruit</h3><a class='btn' "
            "href='/2024/05/le-port-sera-reconstruit-cette-annee/'>En savoir plus</a></div>")
    doc = parse(page(after=card, lang="fr"))
    assert others(doc) == []


def test_button_naming_no_action_is_no_offer():
    box = "<div class='module'><a class='btn' href='/care-sheet/'>Houseplant light chart</a></div>"
    doc = parse(page(between=box))
    assert others(doc) == []


def test_cookie_notice_button_is_no_offer():
    notice = ("<div class='notice'><p>We use cookies to improve your visit.</p>"
              "<a class='btn' href='/privacy/'>Learn more</a></div>")
    doc = parse(page(top=notice))
    assert others(doc) == []


def test_button_repeated_under_each_listing_item_is_no_offer():
    items = "".join(
        f"<div class='produkt'><p>Gerät {n}</p><a class='button' href='https://shop.example.com/p{n}'>"
        "Jetzt kaufen</a></div>" for n in range(3))
    doc = parse(page(after=f"<div class='liste'>{items}</div>", lang="de"))
    assert others(doc) == []


# ------------------------------------------------------------------ 2. lead funnels


def test_form_with_a_choice_and_an_asking_submit_is_a_funnel():
    funnel = ("<div class='embudo'><h2>Crea tu empresa en Madrid</h2><form method='post'>"
              "<select name='provincia'><option>Madrid</option><option>Toledo</option></select>"
              "<button type='submit'>Empieza ahora</button></form></div>")
    raw = page(after=funnel, lang="es")
    doc = parse(raw)
    (cta,) = doc.ctas
    assert (cta.kind, cta.position.placement) == ("other", "after")
    assert source(raw, cta.locator).get("class") == "embudo"


def test_settings_form_is_no_funnel():
    """Polish: a region selector saved by its button asks nothing of the reader."""
    form = ("<div class='ustawienia'><form method='post' action='/region'><select name='region'>"
            "<option>Polska</option><option>Niemcy</option></select>"
            "<button type='submit'>Zapisz</button></form></div>")
    doc = parse(page(side=form, lang="pl"))
    assert others(doc) == []


# ------------------------------------------------------------------ 3. widgets kept apart


def test_sign_up_form_and_demo_card_side_by_side_are_two_ctas():
    rail = ("<div class='rail-box'><div class='capture'><div>Advice delivered to your inbox</div>"
            "<form><input type='email' name='email' placeholder='Enter email address'>"
            "<button type='submit'>Subscribe</button></form></div>"
            "<div class='demo'><h5>Over 7,500 contractors use our software.</h5>"
            "<ul><li>Lower cost through automation</li><li>Run your business from anywhere</li></ul>"
            "<button type='submit'>Get a Demo</button></div></div>")
    raw = page(side=rail)
    doc = parse(raw)
    kinds = sorted((c.kind, source(raw, c.locator).get("class")) for c in doc.ctas)
    assert kinds == [("newsletter", "capture"), ("other", "demo")]
    assert {c.position.placement for c in doc.ctas} == {"outside"}


def test_box_whose_link_a_script_follows_is_an_offer():
    """Spanish: the box's only link has no href (a shop widget's script follows it)."""
    box = ("<div class='caja-azul'><p>¿Te gusta la receta? <a class='widget-tienda' data-type='recipe-widget'>"
           "Añade los ingredientes al carrito</a> y te los llevamos a casa.</p></div>")
    raw = page(after=box, lang="es")
    doc = parse(raw)
    (cta,) = doc.ctas
    assert (cta.kind, cta.position.placement) == ("other", "after")
    assert source(raw, cta.locator).get("class") == "caja-azul"


def test_cookie_settings_are_no_offer():
    settings = ("<div class='ajustes'><a role='button' data-target='funcional'>Funcional</a>"
                "<p>Las cookies funcionales recogen feedback y comparten contenido.</p></div>")
    doc = parse(page(top=settings, lang="es"))
    assert others(doc) == []


def test_button_jumping_to_the_comments_is_no_offer():
    box = ("<div class='module'><a class='btn' href='/2024/harbour-wall#comments'>"
           "Join the discussion</a></div>")
    doc = parse(page(after=box))
    assert others(doc) == []
