"""A block of links to the site's own listing, service or product pages is no related
block (``extract/own_listings.py``, the ``listing`` guard of ``extract/related_guards.py``):
three or more pages under one section of the site the page does not stand in, each named
by a short slug without a number. Small pages written for the project.

The page tests read a page (at news.example.org/2024/hafen) twice: with the guards (no
related block) and with ``guard`` switched off (the block is found), so that they fail
when the guard does not act. The guard tests ask ``guard`` about one element.
"""

from __future__ import annotations

import lxml.html
import pytest

import syndicate.extract.related_guards as guards
from regionpages import page, related_unguarded
from syndicate.extract.related import build_related

BASE = "https://news.example.org/2024/hafen"
OWN = frozenset({"news.example.org/2024/hafen"})

#: A bar of the site's market listings, under the text (labels in a few words).
MARKETS = ("<div id='x' class='flex flex-col'>"
           "<a href='https://news.example.org/markets/most-active-stocks/'>Most Active Stocks</a>"
           "<a href='https://news.example.org/markets/top-stock-gainers/'>Daily Stock Gainers</a>"
           "<a href='https://news.example.org/markets/top-stock-losers/'>Daily Stock Losers</a></div>")


def _ask(block: str, own: frozenset[str] = OWN, base: str = BASE) -> str | None:
    """What ``guard`` says of the element ``#x`` of ``block``, under the article's text."""
    root = lxml.html.fromstring(page(after=block))
    (el,) = root.xpath("//*[@id='x']")
    paras = root.xpath("//article//p")
    order = {node: i for i, node in enumerate(root.iter())}
    return guards.guard(el, build_related(el, base), base, own, order[paras[0]], order, (paras[0], paras[-1]))


def test_a_bar_of_the_sites_listing_pages_is_no_related_block():
    assert _ask(MARKETS) == "listing"


def test_a_band_of_tour_pages_with_its_see_all_link_is_no_related_block():
    """Trips under the site's trip section, and the section's own index ("See all")."""
    block = ("<section id='x'><h2>Popular photo tours</h2><ul>"
             "<li><a href='/trips/summer-workshops-in-iceland'>Summer Photo Tours in Iceland</a></li>"
             "<li><a href='/trips/greenland-photo-workshops'>Greenland Photo Tours</a></li>"
             "<li><a href='/trips/private-photo-tours'>Private Photo Tours</a></li></ul>"
             "<a href='/trips/'>See all tours</a></section>")
    assert _ask(block) == "listing"


def test_a_page_with_a_bar_of_listing_pages_has_no_related_block(monkeypatch: pytest.MonkeyPatch):
    raw = page(after=MARKETS)
    assert len(related_unguarded(raw, True, monkeypatch)) == 1
    assert related_unguarded(raw, False, monkeypatch) == []


def test_short_slugs_in_the_pages_own_section_are_related_stories():
    """Recipes beside a recipe: the page stands in the section its links go to."""
    block = ("<div id='x'><h3>More recipes</h3><ul>"
             "<li><a href='/recipes/chicken-soup'>Chicken Soup</a></li>"
             "<li><a href='/recipes/apple-pie'>Apple Pie</a></li>"
             "<li><a href='/recipes/beef-stew'>Beef Stew</a></li></ul></div>")
    base = "https://food.example.org/recipes/pumpkin-bread"
    assert _ask(block, frozenset({"food.example.org/recipes/pumpkin-bread"}), base) is None


@pytest.mark.parametrize("slugs", [
    ("ferry-runs-to-plan-again-after-three-weeks", "rowing-club-wins-the-regatta-for-a-third-time",
     "fish-market-moves-into-the-old-engine-shed"),  # (headline slugs: stories)
    ("2024/ferry-runs", "2024/rowing-club", "2024/fish-market"),  # (dated paths)
    ("ferry-runs-118273", "rowing-club-118274", "fish-market-118275"),  # (ids)
    ("neuer-fahrplan-fuer-den-winter", "neue-rettungswache-am-kai-eroeffnet",
     "hafenmarkt-kehrt-im-fruehling-zurueck"),  # (short headlines: five words)
])
def test_story_addresses_under_another_section_stay_related(slugs: tuple[str, ...]):
    block = "<div id='x'><h3>Most read</h3><ul>" + "".join(
        f"<li><a href='/region/{s}'>Story {i}</a></li>" for i, s in enumerate(slugs)) + "</ul></div>"
    assert _ask(block) is None


def test_a_page_at_the_sites_root_address_names_no_section():
    """A page whose own address is the site's root: where its stories live is unknown."""
    assert _ask(MARKETS, frozenset({"news.example.org"}), "https://news.example.org/") is None


def test_priced_product_cards_are_left_to_the_offer_lists():
    """Cards showing prices are an offer list (``offer_lists``), not dropped as a menu."""
    block = ("<div id='x'><h3>In our shop</h3><ul>"
             "<li><a href='/shop/hammock'>Hammock</a><span class='price'>19,99 €</span></li>"
             "<li><a href='/shop/tent'>Tent</a><span class='price'>89,99 €</span></li>"
             "<li><a href='/shop/lantern'>Lantern</a><span class='price'>9,99 €</span></li></ul></div>")
    assert _ask(block) != "listing"
