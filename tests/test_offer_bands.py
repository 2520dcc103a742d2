"""Offer bands (``extract/offer_bands.py``): a headed band of two to four offer cards, each
with its own button (one label repeated, or cards of one design), is ONE CTA ``other`` on
the band (conventions 1, 10.2), where ``offer_boxes`` alone drops every card as a
listing's button; buttons seen only by the band's wider test (the class on the link's
wrapper or child, a CSS module's ``Button…`` token) start a band of cards, never a box.
Story-card grids ("Read", long headlines, targets under /blog/) stay none. Small pages
written for the project, English and German.
"""

from __future__ import annotations

import regionpages
from pages import parse_article as parse


def _others(raw: bytes) -> list[str]:
    doc = parse(raw)
    return [c.locator or "" for c in doc.ctas if c.kind == "other"]


def _job_card(title: str, text: str, slug: str) -> str:
    return (f"<div class='job-col'><div class='job-card'><div class='job-title'>{title}</div>"
            f"<div class='job-text'>{text}</div>"
            f"<a class='a-button' href='https://jobs.example.org/jobs/{slug}/'>View Jobs</a></div></div>")


def test_headed_band_of_cards_repeating_one_button_en():
    """A band under the article: its heading, three job-board cards each closing with the
    same "View Jobs" button to another board page, is one offer reported at the band (no
    card alone, no listing)."""
    cards = (_job_card("Crane Operators", "Find crane and gantry jobs in ports nationwide.", "crane")
             + _job_card("Harbour Pilots", "Hundreds of pilot and mate posts on the coasts.", "pilots")
             + _job_card("Dock Engineers", "Engineering roles at docks, locks and shipyards.", "engineers"))
    band = ("<div class='jobs-band'><div class='band-title'><h2>Harbour Jobs Board</h2></div>"
            f"<div class='job-list'>{cards}</div></div>")
    assert _others(regionpages.page(below=band)) == ["/html/body/div/main/div"]


def test_side_product_list_of_two_cards_de():
    """German: a side column's list titled by a class-drawn heading, two product cards of one
    design each with a "Mehr erfahren" and a "Zum Händler" button, is one offer."""
    card = ("<div class='product-card'><div class='product-image'><img src='/p{i}.png' alt=''></div>"
            "<div class='product-info'><div class='product-name'>Hafenkran Modell {i} mit Greifer und Laufkatze</div></div>"
            "<div class='product-buttons'><a class='product-button one' href='/seiten/hafenkran-modell-{i}'>"
            "Mehr erfahren</a><a class='product-button two' href='https://shop.example.net/kran-{i}'>"
            "Zum Händler</a></div></div>")
    box = ("<div class='product-list'><div class='product-list-heading'><strong>Beliebte Produkte</strong>"
           "</div>" + card.format(i=1) + card.format(i=2) + "</div>")
    assert _others(regionpages.page(side=box, lang="de")) == ["/html/body/div/div/div"]


def test_css_module_cards_each_with_its_own_button_en():
    """A band of two cards whose links are drawn as buttons only by a CSS module's class
    ("Buttonstyles-sc-…"), each card its own offer (its title, a line, its own label), is
    one offer; the walk does not see those links as buttons."""
    card = ("<div class='GridItemstyles-sc-eu01-0 xYz'><div class='CardText-sc-1 aa'><h2>{t}</h2>"
            "<p>{p}</p></div><div><a class='Buttonstyles-sc-hq-1 {c}' href='{h}'>{l}</a></div></div>")
    band = ("<div class='FooterBand-sc-9 qq'><div class='Gridstyles-sc-is-0 rr'>"
            + card.format(t="The harbour cloud", p="Scale your port's systems as traffic grows.", c="k1",
                          h="/products", l="See all products")
            + card.format(t="Start for free", p="Sign up and get credit for your first two months.", c="k2",
                          h="https://cloud.example.com/registrations/new", l="Get started")
            + "</div><p>*The offer applies to new accounts only.</p></div>")
    header = "<a class='btn' href='/subscribe'>Subscribe</a>"  # (the walk's one button on the page)
    found = _others(regionpages.page(below=band, header=header))
    assert len(found) == 1 and found[0].startswith("/html/body/div/main/div")


def test_story_cards_with_read_buttons_are_none():
    """A headed grid of article cards, each with a "Read" button to a story, is related
    content, no offer band."""
    card = ("<div class='grid-item'><h3>Story {i} about the harbour</h3>"
            "<a class='btn' href='/harbour-story-number-{i}/'>Read</a></div>")
    grid = ("<div class='grid-band'><h2>Keep reading</h2><div class='grid'>"
            + "".join(card.format(i=i) for i in range(3)) + "</div></div>")
    assert _others(regionpages.page(below=grid)) == []


def test_cards_with_headlines_or_blog_targets_are_none():
    """Cards of one design whose wrapped buttons lead to the site's blog, or whose titles are
    a story's headline (seven words or more), are teaser cards, no offer band."""
    card = ("<div class='item'><div class='content-col'><h3>{t}</h3><p>A short line about it.</p>"
            "<div class='explore-btn'><a href='{h}'>Explore</a></div></div></div>")
    blog = ("<div class='carousel-band'><h2>Insights</h2><div class='carousel'>"
            + card.format(t="Crane market", h="/blogs/crane-market")
            + card.format(t="Pilot market", h="/blogs/pilot-market") + "</div></div>")
    long = ("<div class='carousel-band'><h2>Insights</h2><div class='carousel'>"
            + card.format(t="Top ten crane companies in the global market today", h="/reports/cranes")
            + card.format(t="Top five pilot companies in the global market today", h="/reports/pilots")
            + "</div></div>")
    assert _others(regionpages.page(below=blog)) == []
    assert _others(regionpages.page(below=long)) == []
