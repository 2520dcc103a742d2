"""Share controls a script drives (``scripted_shares``): small pages written for the project,
chrome in German, English and Spanish.

1. a row mixing a network link with a control that loads no page (``href="#"``,
   ``javascript:``, an in-page ``#fragment``) named only by a class token (``fb``,
   ``icon-facebook``) is a share bar; the controls count together;
2. guards: one network and an e-mail control make no bar; a "Sign in with Facebook" button
   is no share control; a hidden template's row is none;
3. a link labelled "Artikel teilen" that opens the page's closed share dialog
   (``href="#modal-share"``) is a share CTA; a plain jump to a section named so is not.

Every parse goes through ``parse_article``: the body must stay the article's four paragraphs.
"""

from __future__ import annotations

from pages import parse_article as parse
from regionpages import page, source

TWEET = "<a class='social twitter' href='https://twitter.com/intent/tweet?url=https://example.com/hafen'>{}</a>"
SHARER = "<a class='red facebook' href='https://www.facebook.com/sharer/sharer.php?u=https://example.com/hafen'>{}</a>"


def shares(raw: bytes) -> list[str]:
    """The class of the source element of each share CTA of ``raw``."""
    doc = parse(raw)
    return [source(raw, c.locator).get("class") or "" for c in doc.ctas if c.kind == "share"]


# ------------------------------------------------------------------ 1. mixed rows


def test_a_script_driven_facebook_link_beside_a_tweet_link_is_a_share_bar():
    """German page: ``<a href="#" class="social fb">`` with an icon, beside a Twitter intent
    link: one network link and one named control make the bar."""
    row = ("<div class='teilen-leiste'><div class='big'><a class='social fb' href='#' target='_blank'>"
           "<i class='icon-facebook'></i></a>" + TWEET.format("<i class='icon-twitter'></i>") + "</div></div>")
    assert shares(page(after=row, lang="de")) == ["teilen-leiste"]


def test_an_icon_only_javascript_control_joins_the_sharer_links():
    """Spanish page: Facebook and Twitter sharer links beside an e-mail control that opens an
    in-page form (``#compartir-correo``, labelled by its title): the three are one bar."""
    row = ("<div class='compartir-fila'>" + SHARER.format("Facebook") + TWEET.format("Twitter")
           + "<a href='#compartir-correo' class='boton correo' title='Enviar por email'><i class='icon-email'></i></a>"
           + "<a href='javascript:window.print()' class='boton'>Imprimir</a></div>")
    assert shares(page(after=row, lang="es")) == ["compartir-fila"]


# ------------------------------------------------------------------ 2. guards


def test_one_network_and_an_email_control_make_no_bar():
    """English page: a tweet link and an e-mail ``#`` control: one network only, no bar."""
    row = ("<div class='tools-row'>" + TWEET.format("<i class='icon-twitter'></i>")
           + "<a href='#' class='tool email'><i class='icon-mail'></i></a></div>")
    assert "tools-row" not in shares(page(after=row))


def test_a_sign_in_with_facebook_button_is_no_share_control():
    """English page: a log-in box with "Sign in with Facebook" (a ``<button>`` named by the
    class token ``facebook``) beside a link to the site's Twitter profile: no share bar."""
    box = ("<div class='account-box'><button class='btn facebook'>Sign in with Facebook</button>"
           "<a href='https://twitter.com/eastmere_news'>Twitter</a></div>")
    assert shares(page(side=box)) == []


def test_a_hidden_template_row_is_none():
    """German page: the same mixed row inside a hidden template: no share CTA."""
    row = ("<div class='vorlage' hidden><div class='zeile'><a class='social fb' href='#'><i class='icon-facebook'></i></a>"
           + TWEET.format("<i class='icon-twitter'></i>") + "</div></div>")
    assert shares(page(after=row, lang="de")) == []


# ------------------------------------------------------------------ 3. a link to the share dialog


def _share_dialog() -> str:
    return ("<div class='o-modal mfp-hide' id='modal-share'><h4>Teilen Sie diesen Artikel</h4>"
            "<a href='#' class='schliessen' title='Abbrechen'>x</a></div>")


def test_a_link_opening_the_share_dialog_is_a_share_cta():
    """German page: a sticky toolbar link "Artikel teilen" to ``#modal-share``, the page's
    closed share dialog (empty: a script fills it): a share CTA (the dialog may be one too)."""
    bar = ("<div class='werkzeugleiste' role='toolbar'><div class='werkzeugleiste__eintrag'>"
           "<a href='#modal-share' title='Artikel teilen' class='u-link js-modal-inline'>"
           "<svg class='icon'><use href='/img/symbols.svg#icon-share'></use></svg><span>Artikel teilen</span></a>"
           "</div></div>")
    assert "werkzeugleiste" in shares(page(top=bar + _share_dialog(), lang="de"))


def test_a_jump_to_a_section_named_share_is_none():
    """German page: the same link to ``#teilen``, a plain section of the page (no dialog):
    a jump, not a control."""
    bar = ("<div class='werkzeugleiste'><div class='werkzeugleiste__eintrag'>"
           "<a href='#teilen' title='Artikel teilen' class='u-link'><span>Artikel teilen</span></a></div></div>"
           "<section id='teilen'><p>Unsere Leser teilen ihre Meinung gern.</p></section>")
    assert "werkzeugleiste" not in shares(page(top=bar, lang="de"))
