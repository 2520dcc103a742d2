"""Cards that each carry an offer button beside the page they link (a booking site's
"Book Now", a shop's "Shop …", a partner's "Check prices", a phone number) are offers, no
related block (``related_guards.offers``); teaser cards whose buttons open their stories
("Read more", "Weiterlesen", "Learn more") stay one."""

from __future__ import annotations

from pages import article_with
from pages import parse_article as parse

SITE = "https://news.example.com"


def cards(*rows: tuple[str, str, str, str]) -> str:
    """One card per (slug, title, button label, button target) under no heading."""
    out = []
    for slug, title, label, target in rows:
        out.append(
            f"<div class='card'><a class='card-image' href='{SITE}/{slug}/'><img src='/{slug}.jpg' alt=''></a>"
            f"<h3><a href='{SITE}/{slug}/'>{title}</a></h3><p>Rated 4.5 by our readers.</p>"
            f"<a class='card-button btn' href='{target}'>{label}</a></div>")
    return f"<div class='card-grid'>{''.join(out)}</div>"


RESTAURANTS = (
    ("venues/the-harbour-kitchen-on-the-quay", "The Harbour Kitchen on the Quay"),
    ("venues/the-old-lighthouse-seafood-bar", "The Old Lighthouse Seafood Bar"),
    ("venues/the-fishermans-arms-dining-room", "The Fisherman's Arms Dining Room"),
)
STORIES_DE = (
    ("2024/05/hafenfest-wird-auf-den-herbst-verschoben", "Das Hafenfest wird auf den Herbst verschoben"),
    ("2024/05/neue-faehre-fuer-die-insel-bestellt", "Eine neue Fähre für die Insel ist bestellt"),
    ("2024/04/deichbau-beginnt-im-juni-am-nordstrand", "Der Deichbau beginnt im Juni am Nordstrand"),
)


def test_booking_cards_are_no_related_block():
    doc = parse(article_with("", after=cards(*((s, t, "Book Now", f"{SITE}/{s}/book/") for s, t in RESTAURANTS))))
    assert doc.related == []


def test_cards_with_a_partners_price_button_and_a_phone_number_are_no_related_block():
    rows = [(s, t, "Check prices", f"https://partner.example.org/go/{n}") for n, (s, t) in enumerate(RESTAURANTS)]
    rows[1] = (rows[1][0], rows[1][1], "+1 555 0100", "tel:+15550100")
    doc = parse(article_with("", after=cards(*rows)))
    assert doc.related == []


def test_german_shop_buttons_are_no_related_block():
    doc = parse(article_with("", lang="de", after=cards(
        *((s, t, "Jetzt kaufen", f"{SITE}/shop/{n}") for n, (s, t) in enumerate(STORIES_DE)))))
    assert doc.related == []


def test_teaser_cards_with_read_more_buttons_stay_a_related_block():
    doc = parse(article_with("", lang="de", after=cards(*((s, t, "Weiterlesen", f"{SITE}/{s}/") for s, t in STORIES_DE))))
    (rel,) = doc.related
    assert [i.title for i in rel.items] == [t for _, t in STORIES_DE]


def test_teaser_cards_with_learn_more_buttons_stay_a_related_block():
    doc = parse(article_with("", after=cards(*((s, t, "Learn more", f"{SITE}/{s}/") for s, t in RESTAURANTS))))
    (rel,) = doc.related
    assert [i.url for i in rel.items] == [f"{SITE}/{s}/" for s, _ in RESTAURANTS]


def test_a_malformed_button_address_is_read_as_no_partner_and_the_page_still_parses():
    # ("http://[…" is no address urlsplit can read: it raised ValueError out of parse)
    rows = [(s, t, "Check", f"http://[partner-{n}") for n, (s, t) in enumerate(STORIES_DE)]
    doc = parse(article_with("", lang="de", after=cards(*rows)))
    (rel,) = doc.related
    assert [i.title for i in rel.items] == [t for _, t in STORIES_DE]
