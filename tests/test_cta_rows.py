"""Calls to action judged by what the region IS (issue 15, pages the rules were not tuned on):
small pages written for the project, chrome in English, German, French, Spanish and Polish.

1. share tools inside alike teaser cards belong to their cards; a lone share button of a
   photo viewer or a comment-rules window (dialogs, marked in any of the ways pages do) is
   none, nor are the parts of a consent window named a dialog by its class; template and
   hidden empty boxes are none;
2. share buttons a script drives (``href="#"``/``javascript:``, labelled by text, class or
   icon) make a share bar;
3. a box under a contact heading with an e-mail link is a contact CTA; two small boxes
   asking different things side by side are two CTAs;
4. a line of the text that is one button-styled offer link is a CTA (unless a listing
   repeats it line after line).

Every parse goes through ``parse_article``: the body must stay the article's four paragraphs.
"""

from __future__ import annotations

import pytest

from pages import parse_article as parse
from regionpages import consent_window, page, source


def share_links(story: str) -> str:
    return (f"<a href='https://www.facebook.com/sharer/sharer.php?u=https://example.com/{story}'>Facebook</a>"
            f"<a href='https://twitter.com/intent/tweet?url=https://example.com/{story}'>Twitter</a>")


# ------------------------------------------------------------------ 1. what a tool belongs to


def test_share_tools_of_teaser_cards_belong_to_the_cards():
    """A band of three story cards (Spanish), each with its own share icons: no share CTA;
    the article's own share bar still is one."""
    cards = "".join(
        f"<div class='col'><div class='caja'><article class='nota'>"
        f"<h2><a href='/seguridad/2022/5/{i}/nota-numero-{i}-sobre-el-puerto.html'>La nota número {i} sobre "
        f"el puerto de la ciudad</a></h2><footer><small>Seguridad</small><div class='herramientas'>"
        f"{share_links(f'nota-{i}')}</div></footer></article></div></div>"
        for i in range(1, 4))
    bar = f"<div class='compartir'>{share_links('harbour')}</div>"
    raw = page(after=bar + f"<section class='mas'><div class='fila'>{cards}</div></section>", lang="es")
    doc = parse(raw)
    shares = [c for c in doc.ctas if c.kind == "share"]
    assert len(shares) == 1
    assert source(raw, shares[0].locator).get("class") == "compartir"


def test_a_photo_viewers_share_button_and_a_comment_rules_window_are_no_ctas():
    """A photo viewer (German, ``role=dialog``) whose toolbar has a share button beside its
    close and zoom buttons, and a hidden comment-rules window (French, class word ``modal``):
    neither is a CTA of the page; the article's own comment section is."""
    viewer = ("<div class='pswp' role='dialog' aria-hidden='true'><div class='leiste'>"
              "<button class='knopf knopf--schliessen' title='Schließen'></button>"
              "<button class='knopf knopf--teilen' title='Teilen'></button>"
              "<button class='knopf knopf--zoom' title='Zoom'></button></div></div>")
    rules = ("<div class='modal-window fenetre-comments-regles'><a class='fermer'></a>"
             "<header>Règles de la communauté</header><p>Les commentaires sont modérés.</p></div>")
    comments = "<section id='comments' class='comments'><h2>Commentaires</h2><a href='/login'>Connexion</a></section>"
    raw = page(after=comments, top=viewer + rules, lang="fr")
    doc = parse(raw)
    assert [c.kind for c in doc.ctas] == ["comments"]
    assert doc.ctas[0].locator.startswith("/html/body/div[1]/main/article/section")  # (not the dialogs)


@pytest.mark.parametrize("opening, closing", [
    ("<dialog open class='fenetre-comments-regles'>", "</dialog>"),
    ("<div class='fenetre-comments-regles' role='Dialog'>", "</div>"),
    ("<div class='fenetre-comments-regles' aria-modal='TRUE'>", "</div>"),
    ("<div class='fenetre-comments-regles fenetreModal'>", "</div>"),
])
def test_every_form_of_a_dialog_keeps_its_comment_box(opening: str, closing: str):
    """A comment-rules window (French) marked as a dialog in any of the ways pages do it (the
    element, its role or aria-modal in any case, a class word): no comments CTA of the page;
    the article's own comment section is one."""
    window = (f"{opening}<a class='fermer'></a><header>Règles de la communauté</header>"
              f"<p>Les commentaires sont modérés.</p>{closing}")
    comments = "<section id='comments' class='comments'><h2>Commentaires</h2><a href='/login'>Connexion</a></section>"
    raw = page(after=comments, top=window, lang="fr")
    doc = parse(raw)
    assert [c.kind for c in doc.ctas] == ["comments"]
    box = source(raw, doc.ctas[0].locator)  # the section, or its part that asks for comments
    assert "comments" in [box.get("id"), *(a.get("id") for a in box.iterancestors())]


def test_parts_of_a_consent_window_named_by_its_class_are_no_ctas():
    """English: a cookie-consent window marked a dialog by its class word alone ("modal"),
    inside a layer that also holds a long section menu: its opt-in checkboxes and its "Read
    more" link are no CTAs (the window is the panel, not the whole layer)."""
    window = consent_window("class='cookiebanner cookie-modal'")
    menu = "".join(f"<li><a href='/section-{i}/'>News of the harbour district number {i}</a></li>" for i in range(60))
    doc = parse(page(top=f"<div class='layer'><ul class='sections'>{menu}</ul>{window}</div>"))
    assert doc.ctas == []


def test_a_template_and_an_empty_hidden_backdrop_are_no_ctas():
    """A login template the page's script fills (``##loginname##``) listing a newsletter
    link, and the empty hidden backdrop of a newsletter overlay (German): no CTA; the
    overlay itself, with its form, is one."""
    template = ("<div class='vorlagen'><section><p>##loginname##</p><ul>"
                "<li><a href='/profil'>Profil bearbeiten</a></li>"
                "<li><a href='/newsletter.html'>Abonnierte Newsletter</a></li></ul></section></div>")
    overlay = ("<div id='newsletterOverlayBg' style='display:none'></div>"
               "<div id='newsletterOverlay' class='overlay'><h3>Newsletter: kostenlos per E-Mail</h3>"
               "<form action='/nl'><input type='email' name='email'><button>Anmelden</button></form></div>")
    raw = page(top=template + overlay, lang="de")
    doc = parse(raw)
    assert [c.kind for c in doc.ctas] == ["newsletter"]
    assert source(raw, doc.ctas[0].locator).get("id") == "newsletterOverlay"


# ------------------------------------------------------------------ 2. scripted share buttons


def test_scripted_share_links_with_counts_are_one_share_bar():
    """A row of share links a script drives (``javascript:``, ``#``) named by their text or
    class, beside a share counter: one share bar (English)."""
    row = ("<div class='interaction'>"
           "<a href='javascript:void(0)' class='btn counter'><span>445</span> shares</a>"
           "<ul class='social'>"
           "<li><a href='javascript:void(0)' class='link fb'>\n\t\t<svg></svg>\n\t\t<p>Facebook</p>\n\t</a></li>"
           "<li><a href='#' class='link tw' data-title='Harbour wall'>\n\t\t<svg></svg>\n\t\t<p>Twitter</p>\n\t</a></li>"
           "<li><a href='#' class='link'>\n\t\t<svg></svg>\n\t\t<p>Email</p>\n\t</a></li></ul></div>")
    raw = page(after=row)
    doc = parse(raw)
    (cta,) = doc.ctas
    assert cta.kind == "share" and cta.position.placement == "after"
    assert source(raw, cta.locator).get("class") == "interaction"


def test_icon_only_links_named_by_their_icons_are_a_bar():
    """Links with an empty ``href`` whose only content is an icon naming the network
    (Polish "Bądź z nami:"): a bar."""
    row = ("<div id='spolecznosc'><span>Bądź z nami:</span>"
           "<a href='' target='_blank'><span class='ikona icon-facebook-circled'></span></a>"
           "<a href='' target='_blank'><span class='ikona icon-twitter-circled'></span></a></div>")
    raw = page(top=row, lang="pl")
    doc = parse(raw)
    (cta,) = doc.ctas
    assert cta.kind in ("share", "follow") and cta.position.placement == "outside"
    assert source(raw, cta.locator).get("id") == "spolecznosc"


def test_one_scripted_network_link_is_no_bar():
    """One scripted Facebook link and an e-mail link: no bar (two networks make one)."""
    row = ("<div class='tools'><a href='#' class='fb'>Facebook</a><a href='mailto:?subject=x'>Email</a>"
           "<a href='/print'>Print</a></div>")
    doc = parse(page(after=row))
    assert [c.kind for c in doc.ctas if c.kind == "share"] == []


# ------------------------------------------------------------------ 3. contact and two boxes


def test_a_contact_widget_with_an_email_link_is_a_contact_cta():
    """A sidebar widget (German) under "So erreichen Sie uns – Kontakt" with an e-mail link
    and two profile links: one contact CTA at the widget."""
    widget = ("<div class='widget'><h3>So erreichen Sie uns – Kontakt</h3><div><p>Hinweise und Vorschläge "
              "bitte an <a href='mailto:redaktion@example.com'>redaktion@example.com</a> oder auf "
              "<a href='https://www.facebook.com/example'>Facebook</a> und "
              "<a href='https://twitter.com/example'>Twitter</a>.</p></div></div>")
    archive = ("<div class='archiv'><h3>Archiv</h3><ul><li><a href='/2024/'>2024</a></li>"
               "<li><a href='/2023/'>2023</a></li><li><a href='/2022/'>2022</a></li></ul></div>")
    raw = page(side=widget + archive, lang="de")
    doc = parse(raw)
    (cta,) = doc.ctas
    assert cta.kind == "contact" and cta.position.placement == "outside"
    assert source(raw, cta.locator).get("class") == "widget"


def test_a_box_of_document_facts_is_no_contact_widget_but_its_contact_part_is():
    """A box of facts about the article (authors, editors, a contact with an e-mail link):
    the contact CTA is the contact part, not the whole box (German)."""
    facts = ("<div class='infos'><p><strong>Dokumentinfos</strong></p><p><strong>Autoren</strong><br>"
             "Joachim Beispiel</p><p><strong>Redaktion</strong><br><a href='/redaktion'>Landesanstalt</a></p>"
             "<div class='teil'><strong>Kontakt</strong><p>Dirk Beispiel<br>Tel: 0123 456<br>"
             "<a href='mailto:dirk@example.com'>E-Mail</a></p></div></div>")
    raw = page(after=facts, lang="de")
    doc = parse(raw)
    contacts = [c for c in doc.ctas if c.kind == "contact"]
    assert len(contacts) == 1
    assert source(raw, contacts[0].locator).get("class") == "teil"


def test_two_buttons_asking_different_things_are_two_ctas():
    """A footer row (Spanish) with a newsletter button and a donation button, each in its own
    box: two CTAs, not one newsletter box holding both."""
    row = ("<div class='pie-abajo'><div class='pie-newsletter'><a class='btn' href='https://lists.example.org/'>"
           "Únete a nuestro boletín</a></div><div class='pie-dona'><a class='btn' href='https://pay.example.org/x'>"
           "Dona ahora</a></div></div>")
    raw = page(footer=row, lang="es")
    doc = parse(raw)
    assert sorted(c.kind for c in doc.ctas) == ["donate", "newsletter"]
    assert {source(raw, c.locator).get("class") for c in doc.ctas} == {"pie-newsletter", "pie-dona"}


# ------------------------------------------------------------------ 4. button lines


def test_a_line_that_is_one_offer_button_is_a_cta():
    """A paragraph of the text that is only a link styled as a button asking to act: a CTA
    in the text (English)."""
    line = "<p><a class='cta-button blue' href='https://auth.example.com/sign_up'>Get started</a></p>"
    raw = page(between=line)
    doc = parse(raw)
    (cta,) = doc.ctas
    assert cta.kind == "other" and cta.text == "Get started" and cta.position.placement == "inline"


def test_a_plain_link_line_and_a_repeated_button_line_are_no_ctas():
    """A line that is one plain link (no button), and a button line repeated under each item
    of a product list (French, three times): no CTA."""
    items = "".join(
        f"<h3>Produit {i}</h3><p>Un produit pour le jardin, numéro {i}.</p>"
        f"<p><a class='bouton btn' href='/produit-{i}'>Découvrez</a></p>" for i in range(1, 4))
    raw = page(after=f"<section class='produits'>{items}</section>"
               "<p><a href='https://auth.example.com/sign_up'>Get started</a></p>", lang="fr")
    doc = syndicate_parse(raw)
    assert [c for c in doc.ctas if c.kind == "other"] == []


def syndicate_parse(raw: bytes):
    import syndicate

    return syndicate.parse(raw, url="https://example.com/news/harbour-wall")
