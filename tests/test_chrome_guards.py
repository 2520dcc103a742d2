"""What page wrappers named like a menu hid (``extract/chrome_guards.py``), misread on any
page: a related heading climbing over a column of ad slots, a share counter, a "Read more" style on other links, a genre kicker over a teaser, an
ad label boxed above its slot, a consent window's "Advertising" category; and a header menu of
two bare entries ("About Us | Subscribe"), no CTA box. Small pages written for the project,
in English, German, French and Spanish.
"""

from __future__ import annotations

import syndicate
from regionpages import TEXTS, page, source

_URL = "https://example.org/news/harbour-wall"


def _lang_page(lang: str, **parts: str) -> bytes:
    """``regionpages.page`` with the story's paragraphs in ``lang``."""
    from regionpages import P

    raw = page(lang=lang, **parts).decode()
    for mine, theirs in zip(P, TEXTS[lang], strict=True):
        raw = raw.replace(mine, f"<p>{theirs}</p>")
    return raw.encode()


def _ctas(raw: bytes) -> list[tuple[str, str | None]]:
    doc = syndicate.parse(raw, url=_URL)
    return [(c.kind, source(raw, c.locator).get("class")) for c in doc.ctas]


# ------------------------------------------------------------------ page wrappers

#: An empty share block a script fills (AddToAny).
_SHARE = "<div class='a2a_kit a2a_kit_size_32 addtoany_list' data-a2a-url='https://example.org/x'></div>"


def test_real_menu_still_hides_its_entries():
    """A real off-canvas menu (short links, no article) stays navigation: its share-named
    entry box is no CTA."""
    menu = (f"<div class='off-canvas'><ul><li><a href='/a'>Home</a></li><li><a href='/b'>World</a></li>"
            f"</ul>{_SHARE}</div>")
    raw = _lang_page("en", header=menu)
    assert ("share", "a2a_kit a2a_kit_size_32 addtoany_list") not in _ctas(raw)


# ------------------------------------------------------------------ what wrappers hid


def test_related_heading_over_a_column_of_ad_slots_takes_no_slot():
    """German sidebar: "Das könnte Sie auch interessieren" over an empty recommendation box,
    with ad slots above and below it in the same column: the slots stay slots."""
    side = ("<div class='ad-slot' id='div-gpt-ad-sidebar-1' data-ad-unit='/123/side1'></div>"
            "<section class='block'><h2>Das könnte Sie auch interessieren</h2><div id='reco-widget'></div></section>"
            "<ul class='latest'><li><a href='/news/a-story-about-ships'>Neue Fähre für die Insel bestellt</a></li>"
            "<li><a href='/news/b-story-about-roads'>Umgehungsstraße wird im Mai eröffnet</a></li></ul>"
            "<div class='ad-slot' id='div-gpt-ad-sidebar-2' data-ad-unit='/123/side2'></div>")
    doc = syndicate.parse(_lang_page("de", side=side), url=_URL)
    assert len(doc.ads) == 2


def test_share_counter_is_no_share_bar():
    """French page: a share counter ("828" beside a share icon) holds nothing to press."""
    after = "<div class='counters'><span class='share-count'><i class='icon-share'></i> 828</span></div>"
    raw = _lang_page("fr", after=after)
    assert all(kind != "share" for kind, _ in _ctas(raw))


def test_read_more_style_on_a_sentence_link_is_no_read_more():
    """A theme's "btn readmore" style on a link that says something else ("Learn about our
    editorial policies") is no "Read more" of the article."""
    after = ("<div class='policy'><a class='ui-content-readmore btn' href='/about/editorial'>"
             "Learn about our editorial policies and standards</a></div>")
    raw = _lang_page("en", after=after)
    assert all(kind != "read_more" for kind, _ in _ctas(raw))


def test_read_more_closing_an_excerpt_is_no_cta():
    """An author bio cut short, "... Read more" to the author's page: the bio's link."""
    below = ("<div class='contributor-bio'><a href='/contributor/ann'>Ann Lee</a> covers harbours, ferries and "
             "the coastal towns of the region for the paper, and before that reported on city hall for "
             "ten years... <a href='/contributor/ann'>Read more</a></div>")
    raw = _lang_page("en", below=below)
    assert all(kind != "read_more" for kind, _ in _ctas(raw))


def test_kicker_over_a_teaser_is_no_comments_prompt():
    """German teaser list: "Kommentar" over a story's headline names its genre (an opinion
    piece), no prompt to comment."""
    below = ("<div class='teasers'>" + "".join(
        f"<article class='teaser'><header><div class='teaser__kicker'>Kommentar</div>"
        f"<h3><a href='/news/{i}-meinung'>Warum der Hafen jetzt Geld braucht {i}</a></h3></header>"
        f"<p>Eine Einschätzung unserer Redaktion zur Lage am Hafen.</p></article>" for i in range(2)) + "</div>")
    raw = _lang_page("de", below=below)
    assert all(kind != "comments" for kind, _ in _ctas(raw))


def test_ad_label_boxed_above_its_slot_is_one_slot():
    """German page: "Anzeige" in a box of its own right above the box holding the ad tag:
    one slot, the tag's."""
    between = ("<div class='row'><div class='title-bar'>Anzeige</div></div>"
               "<div class='row'><ins class='adsbygoogle' data-ad-client='ca-pub-1' data-ad-slot='2'></ins></div>")
    doc = syndicate.parse(_lang_page("de", between=between), url=_URL)
    assert len(doc.ads) == 1
    assert source(_lang_page("de", between=between), doc.ads[0].locator).get("class") != "title-bar"


def _ad_boxes(raw: bytes) -> list[str]:
    """Tag and class of each ad slot found in ``raw``."""
    doc = syndicate.parse(raw, url=_URL)
    return [f"{(el := source(raw, a.locator)).tag}.{el.get('class') or ''}" for a in doc.ads]


def test_ad_label_heading_over_a_container_of_slots_is_no_slot():
    """German page: a "-Anzeige-" heading line over a box whose two inner boxes are the
    slots: the two slots, no third one for the heading."""
    between = ("<div class='market'><div class='heading'><span class='banner-text'>-Anzeige-</span>"
               "<h4>Marktplatz</h4></div><div class='content clearfix'>"
               "<div class='market-element'><div id='ad_market_left' class='market_left ad'></div></div>"
               "<div class='market-element'><div id='ad_market_right' class='market_right ad'></div></div>"
               "</div></div>")
    boxes = _ad_boxes(_lang_page("de", between=between))
    assert len(boxes) == 2
    assert "div.heading" not in boxes


def test_ad_label_alone_in_a_heading_over_its_slot_is_one_slot():
    """Spanish and French sidebars: the label alone in a heading (``<h1><b>``), the ad tag in
    the box after that heading: one slot, the tag's box, not the label."""
    other = ("<h1><b>Dossiers</b></h1><div class='modulo-sidebar'><div class='textwidget'>"
             "<a href='/dossier/port'><img src='/port.jpg' alt=''></a><p>Cliquez sur l'image pour lire "
             "notre dossier complet sur le port et les travaux de la digue.</p></div></div>")
    for lang, word in (("es", "» Publicidad"), ("fr", "Publicité")):
        side = (f"{other}<h1><b>{word}</b></h1><div class='modulo-sidebar'><div class='textwidget'>"
                f"<ins class='adsbygoogle' data-ad-client='ca-pub-1' data-ad-slot='2'></ins></div></div>{other}")
        assert _ad_boxes(_lang_page(lang, side=side)) == ["div.modulo-sidebar"]


def test_advertising_category_of_a_consent_window_is_no_ad():
    """German cookie window: its "Werbung" category (advertising cookies) is no ad label."""
    top = ("<div role='dialog' aria-modal='true' class='consent'><h2>Diese Webseite verwendet Cookies</h2>"
           "<p>Wir nutzen Cookies, um Inhalte zu personalisieren. Bitte wählen Sie aus.</p>"
           "<div role='tab' class='category'><span>Werbung</span><div class='description'>Werbe-Cookies "
           "werden genutzt, um Besucher über verschiedene Websites zu identifizieren und ihnen passende "
           "Anzeigen zu zeigen.</div></div><button>Alle akzeptieren</button></div>")
    doc = syndicate.parse(_lang_page("de", top=top), url=_URL)
    assert doc.ads == []


def test_signup_box_holding_a_follow_bar_is_two_widgets():
    """English footer: a box named "social-newsletter" holding the profile icons and a
    "Subscribe to our news" link: a follow bar of its own, not one newsletter box."""
    footer = ("<div class='social-newsletter-container'><div class='social'><h3>Follow Us</h3><ul>"
              "<li><a href='https://www.facebook.com/harbourtimes'>Facebook</a></li>"
              "<li><a href='https://twitter.com/harbourtimes'>Twitter</a></li>"
              "<li><a href='https://www.instagram.com/harbourtimes'>Instagram</a></li></ul></div>"
              "<div class='news'><a href='/newsletter'>Subscribe to our news</a></div></div>")
    kinds = [kind for kind, _ in _ctas(_lang_page("en", footer=footer))]
    assert "follow" in kinds


def test_search_form_with_a_mail_trap_is_no_newsletter():
    """A header search form with an anti-spam field named like an e-mail field asks for no
    address: no newsletter."""
    header = ("<div class='header-search'><form role='search' action='/'><input type='search' name='s'>"
              "<input type='text' class='trap' name='apbct__email_id__search_form'>"
              "<input type='submit' value='Search'></form></div>")
    assert all(kind != "newsletter" for kind, _ in _ctas(_lang_page("en", header=header)))


# ------------------------------------------------------------------ menus of two entries


def _header_columns(right: str, lang: str = "en") -> bytes:
    """A site header of columns: a search form, the logo, ``right`` (the top-right corner)
    and the main menu, whose entries are long guide titles (no plain menu by their words)."""
    main = "".join(f"<li><a href='/gear/{slug}/'>{title}</a></li>" for slug, title in (
        ("best-hiking-daypacks-for-long-trails", "The best hiking daypacks for long trails this year"),
        ("best-tents-for-windy-coastal-camping", "The best tents for windy coastal camping trips"),
        ("best-rain-jackets-tested-on-the-harbour", "The best rain jackets we tested on the harbour walls")))
    return _lang_page(lang, header=(
        "<div class='wp-block-columns'><div class='wp-block-column search-column'><form role='search'>"
        "<label>Search</label><input type='search'></form></div><div class='wp-block-column logo-column'>"
        "<a href='/'><img src='/logo.png' alt='Harbour Times'></a></div>"
        f"<div class='wp-block-column menu-right'>{right}</div>"
        f"<div class='wp-block-column main-nav'><nav><ul>{main}</ul></nav></div></div>"))


def _cta_kinds(raw: bytes) -> list[str]:
    return [c.kind for c in syndicate.parse(raw, url=_URL).ctas]


def test_header_menu_of_two_entries_is_no_cta():
    """English: the header's top-right menu "About Us | Subscribe" lists two pages alike;
    the subscription page is one of them, no box asking to subscribe."""
    raw = _header_columns("<nav aria-label='Top right'><ul><li><a href='/about/'>About Us</a></li>"
                          "<li><a href='/subscribe/'>Subscribe</a></li></ul></nav>")
    assert _cta_kinds(raw) == []


def test_german_header_menu_of_two_entries_is_no_donation_box():
    """German: "Partner werden | Spenden" as a menu of two entries is navigation."""
    raw = _header_columns("<nav><ul class='menu'><li><a href='/partner/partner-werden'>Partner werden</a></li>"
                          "<li><a href='/spenden'>Spenden</a></li></ul></nav>", "de")
    assert _cta_kinds(raw) == []


def test_menu_of_two_entries_beside_a_search_form_is_no_cta():
    """A mobile menu's "Login | Donate" beside the site search form: the search's label and
    button are no prompt, the list is a menu."""
    raw = _header_columns("<nav><ul class='links'><li><a href='https://tickets.example.org/login'>Login</a></li>"
                          "<li><a href='/support/donate/'>Donate</a></li></ul><form role='search' class='searchform'>"
                          "<label class='screen-reader-text'>Search…</label><input type='search'>"
                          "<button type='submit'>Search</button></form></nav>")
    assert _cta_kinds(raw) == []


def test_menu_entry_styled_as_a_button_stays_a_cta():
    """The same two entries, "Subscribe" styled as a button: the page sets the ask apart."""
    raw = _header_columns("<nav aria-label='Top right'><ul><li><a href='/about/'>About Us</a></li>"
                          "<li><a class='button' href='/subscribe/'>Subscribe</a></li></ul></nav>")
    assert _cta_kinds(raw) == ["subscribe"]


def test_two_app_store_links_stay_app_badges():
    """Two store links in a list are the site's app badges, no menu of its pages."""
    raw = _header_columns("<nav><ul class='badges'><li class='apple'><a href='https://apps.apple.com/app/id123'>"
                          "App Store</a></li><li class='google'><a href='https://play.google.com/store/apps/"
                          "details?id=org.example'>Google Play</a></li></ul></nav>")
    assert _cta_kinds(raw) == ["app"]
