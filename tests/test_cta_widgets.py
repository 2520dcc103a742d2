"""One CTA per widget and rows that ask nothing (issue 15, ``cta_widgets``), found on the open
web of the development corpus: a sign-up box reported as its heading and its form apart, a
footer's legal row, an author credit read as a donation, a comment section's own "notify me"
bar, a menu's "Newsletter" entry, a photo viewer's hidden comment box. Also the placement of
a share bar under the standfirst. Small pages written for the project, in English, German,
French, Spanish and Italian.
"""

from __future__ import annotations

import syndicate
from regionpages import TEXTS, page, source

IT_PARAS = [
    "Il comune di Porto Alto ricostruirà il vecchio molo prima dell'autunno, ha annunciato "
    "lunedì la giunta dopo una lunga riunione della commissione lavori pubblici.",
    "Il costo è stimato in circa dodici milioni di euro; una parte arriverà da un programma "
    "regionale che aiuta i comuni costieri a difendersi dalle mareggiate.",
    "Da anni i residenti lamentavano le crepe nel muro da cui il mare entra nelle cantine "
    "delle case sul lungomare a ogni tempesta invernale.",
    "I lavori partiranno in primavera e fermeranno il traghetto solo per qualche fine "
    "settimana, ha promesso il sindaco davanti ai giornalisti.",
]


def _page(lang: str, **parts: str) -> bytes:
    """``regionpages.page`` with the story in ``lang`` (its four paragraphs)."""
    paras = IT_PARAS if lang == "it" else TEXTS[lang]
    raw = page(lang=lang, **parts).decode()
    from regionpages import P

    for mine, theirs in zip(P, paras, strict=True):
        raw = raw.replace(mine, f"<p>{theirs}</p>")
    return raw.encode()


def _ctas(raw: bytes, url: str) -> list[tuple[str, str | None, str]]:
    doc = syndicate.parse(raw, url=url)
    return [(c.kind, source(raw, c.locator).get("class"), c.position.placement) for c in doc.ctas]


# ------------------------------------------------------------------ one CTA per widget


def test_heading_and_form_of_a_footer_signup_are_one_widget():
    """English footer column: a heading "Subscribe to our newsletter" and, beside it, a box
    with an e-mail field and a button: one newsletter CTA, the column."""
    footer = ("<div class='footer-col'><h4>Subscribe to our newsletter</h4><div class='signup-row'>"
              "<input type='text' name='subscribe' placeholder='Email address'>"
              "<div class='btn subscribe-btn'>Subscribe</div></div>"
              "<p><input type='checkbox' name='ok'> I accept the <a href='/privacy-policy'>Policy</a></p></div>")
    raw = _page("en", footer=footer)
    assert _ctas(raw, "https://example.com/a") == [("newsletter", "footer-col", "outside")]


def test_german_sidebar_heading_titles_its_feed_links():
    """German sidebar widget: "Abonnieren" as its title, then two feed links: one CTA for the
    widget, not the title alone."""
    side = ("<div class='widget'><h2 class='widget-title'>Abonnieren</h2><span>Abonnieren mit:</span>"
            "<ul><li><a href='/feed/'>RSS2</a></li><li><a href='/feed/atom/'>Atom</a></li></ul></div>")
    raw = _page("de", side=side)
    assert [k for k, cls, _ in _ctas(raw, "https://example.de/a") if cls == "widget"] == ["subscribe"]
    assert all(cls != "widget-title" for _, cls, _ in _ctas(raw, "https://example.de/a"))


def test_a_prompt_whose_form_a_script_fills_stays_its_own_widget():
    """French sidebar: a newsletter box (heading and an empty form holder a script fills)
    beside an offer box with its button: the newsletter box does not swallow the offer."""
    side = ("<div class='boxes'><div class='offer'><h4>Essayez notre appli de marées</h4>"
            "<a class='btn' href='/essai'>Essai gratuit</a></div>"
            "<div class='lettre'><h4>Recevez notre newsletter chaque semaine</h4>"
            "<div class='form-holder'></div></div></div>")
    raw = _page("fr", side=side)
    found = _ctas(raw, "https://example.fr/a")
    assert all(cls != "boxes" for _, cls, _ in found)


# ------------------------------------------------------------------ rows that ask nothing


def test_footer_legal_row_is_no_contact_cta():
    """German footer row: a hidden label, "Datenschutz" and "Kontakt / Impressum": legal pages."""
    footer = ("<div class='footer-bottom'><h2 class='visually-hidden'>Fußbereich</h2>"
              "<a href='/datenschutz'>Datenschutz</a> <a href='/kontakt'>Kontakt / Impressum</a></div>")
    raw = _page("de", footer=footer)
    assert _ctas(raw, "https://example.de/a") == []


def test_do_not_sell_link_is_no_share_bar():
    """English: the "Do Not Sell or Share My Personal Information" link classed as a share
    element is a legal link."""
    footer = ("<p class='footer-do-not-share'><a href='javascript:'>Do Not Sell or Share My Personal "
              "Information</a></p>")
    raw = _page("en", footer=footer)
    assert _ctas(raw, "https://example.com/a") == []


def test_copyright_row_with_a_feedback_link_is_no_cta():
    """Spanish footer: "© 2026 Puerto Alto" and a "Sugerencias" mail link: a copyright row."""
    footer = ("<div class='copyright-row'><div>© 2026 Ayuntamiento de Puerto Alto</div>"
              "<ul class='nav'><li><a href='mailto:web@example.es'>Buzón de sugerencias</a></li></ul></div>")
    raw = _page("es", footer=footer)
    assert _ctas(raw, "https://example.es/a") == []


def test_follow_bar_beside_the_copyright_line_stays():
    """Italian footer: the copyright line and the network icons in one row: a follow bar."""
    footer = ("<div class='bottom'>© 2026 Porto Alto Notizie <a href='https://www.facebook.com/portoalto'>"
              "Facebook</a> <a href='https://www.instagram.com/portoalto'>Instagram</a></div>")
    raw = _page("it", footer=footer)
    assert [k for k, _, _ in _ctas(raw, "https://example.it/a")] == ["follow"]


def test_author_credit_naming_contributors_is_no_donation():
    """English: an author box "The editors — Staff contributors" is a credit, no call to donate;
    a box asking to "make a contribution" is one."""
    after = ("<div class='author-box'><h3>The editors</h3><p>Staff contributors write and edit the "
             "harbour desk.</p><a href='/editors'>The editors</a></div>")
    raw = _page("en", after=after)
    assert all(k != "donate" for k, _, _ in _ctas(raw, "https://example.com/a"))
    side = "<div class='support'><h3>Make a contribution</h3><a href='/support'>Support us</a></div>"
    raw = _page("en", side=side)
    assert [k for k, _, _ in _ctas(raw, "https://example.com/a")] == ["donate"]


def test_consent_manager_naming_cookies_once_is_no_cta():
    """English consent manager (complianz-like): "cookies" once in its prose, consent asked
    three times; its title, opt-in checkboxes and "Read more" are no CTAs."""
    box = ("<div id='banner-container'><div class='cookiebanner optin' role='dialog' aria-modal='true'>"
           "<div class='banner-header'>Manage Consent</div><div class='banner-message'>To provide the best "
           "experiences, we use technologies like cookies to store device information. Consenting to these "
           "technologies will allow us to process data; not consenting or withdrawing consent may affect "
           "features.</div><div class='optin'><label><input type='checkbox'> Statistics</label></div>"
           "<a class='read-more' href='/purposes'>Read more about these purposes</a>"
           "<button>Accept</button><button>Deny</button></div></div>")
    raw = _page("en", top=box)
    assert _ctas(raw, "https://example.com/a") == []


# ------------------------------------------------------------------ comments and menus


def test_notify_bar_inside_a_comment_section_is_part_of_it():
    """Spanish comment section (a wpDiscuz-like thread): its "Suscribirse" bar and e-mail
    notification form are parts of the comment widget, no newsletter of their own."""
    below = ("<div id='comments' class='comments-area'><div id='wpdcom' class='wpd-comments-open'>"
             "<div class='wpd-form-head'><div class='wpd-subscribe'>Suscribirse</div>"
             "<form action='/notify' class='subscribe-form'><input type='email' name='email'>"
             "<button>Avisarme</button></form></div>"
             "<div class='comment-thread'><p>Deja un comentario sobre el muelle.</p>"
             "<form action='/wp-comments-post.php'><textarea name='comment'></textarea>"
             "<button>Publicar comentario</button></form></div></div></div>")
    raw = _page("es", below=below)
    kinds = [k for k, _, _ in _ctas(raw, "https://example.es/a")]
    assert "comments" in kinds
    assert "newsletter" not in kinds and "subscribe" not in kinds


def test_newsletter_entry_of_a_footer_link_list_is_navigation():
    """Italian footer list "Pubblicità | Archivio | Newsletter": a menu entry, no CTA; a pair
    "Accedi | Abbonati" beside the menu stays a CTA."""
    footer = ("<ul class='links'><li><a href='/pubblicita'>Pubblicità</a></li><li><a href='/archivio'>"
              "Archivio</a></li><li><a href='/newsletter'>Newsletter</a></li></ul>")
    raw = _page("it", footer=footer)
    assert _ctas(raw, "https://example.it/a") == []


def test_comment_box_of_a_hidden_photo_viewer_is_no_comment_section():
    """German: the photo viewer's overlay (hidden) carries its own comment form; the article's
    comment section below the text is the one comments CTA."""
    top = ("<div class='viewer-overlay' style='display: none;'><div class='viewer-container'>"
           "<div class='viewer-info'><div class='viewer-comments'><form action='/bild-kommentar'>"
           "<textarea name='comment' placeholder='Kommentar schreiben...'></textarea>"
           "<input type='text' name='email'><button>Senden</button></form></div></div></div></div>")
    below = ("<div id='comments' class='comments-area'><h3>Schreibe einen Kommentar</h3>"
             "<form action='/wp-comments-post.php'><textarea name='comment'></textarea>"
             "<button>Kommentar abschicken</button></form></div>")
    raw = _page("de", top=top, below=below)
    found = _ctas(raw, "https://example.de/a")
    assert [(k, cls) for k, cls, _ in found] == [("comments", "comments-area")]


# ------------------------------------------------------------------ placement


def test_share_bar_under_the_standfirst_is_before_the_text():
    """French: headline, a one-line standfirst, then the share bar, then the text: the bar
    is ``before`` the article's text, not inside it."""
    raw = _page("fr").decode().replace(
        "<h1>Harbour wall to be rebuilt</h1>",
        "<h1>Le quai sera reconstruit</h1><p class='chapo'>La mairie promet des travaux rapides.</p>"
        "<div class='share'><a href='https://www.facebook.com/sharer/sharer.php?u=https://example.fr/a'>"
        "Facebook</a><a href='https://twitter.com/intent/tweet?url=https://example.fr/a'>X</a></div>").encode()
    found = _ctas(raw, "https://example.fr/a")
    assert [(k, p) for k, _, p in found] == [("share", "before")]
