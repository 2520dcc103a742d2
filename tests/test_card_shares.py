"""A share tool that shares a teaser card's story, not the page (``card_shares``), and the
teaser lists such tools sit in: small pages written for the project, in English, German and
Spanish.

1. a "Social Share" overlay beside each card of a "Last news" column (its ``u=`` naming the
   card's story) is the card's, no CTA; the column is a related block (its share links count
   for nothing in its measure: ``linklists.link_facts``);
   the article's own share bar stays a CTA, also when a card of the column is the story itself;
2. a house-ad teaser's "Inhalt teilen" box (``onclick`` naming the teaser's page) is none;
3. the page's own bar beside its linked headline stays one, without a canonical URL too.
"""

from __future__ import annotations

import lxml.html
import pytest

import syndicate
from pages import ARTICLE_URL
from pages import parse_article as parse
from regionpages import page, source
from syndicate.extract.card_shares import shared_page
from syndicate.extract.linklists import link_facts

STORIES = [
    "Footballers leave for the World Cup qualifiers", "Coach keen to gauge the progress of his team",
    "National ballers eager to get going again", "Ferry service to stop for two weekends",
    "Council approves the new harbour budget", "Fishermen welcome the repairs on the quay",
]


def sharers(url: str) -> str:
    """A share bar's network links sharing ``url``."""
    return (f"<a href='https://www.facebook.com/sharer/sharer.php?u={url}' class='social-share-link facebook'>"
            "<i class='fa fa-facebook'></i></a>"
            f"<a href='https://twitter.com/intent/tweet?text=News&amp;url={url}' class='social-share-link twitter'>"
            "<i class='fa fa-twitter'></i></a>"
            f"<a href='https://www.linkedin.com/shareArticle?mini=true&amp;url={url}' class='social-share-link "
            "linkedin'><i class='fa fa-linkedin'></i></a>"
            f"<a href='https://wa.me/?text=News%20{url}' class='social-share-link whatsapp'>"
            "<i class='fa fa-whatsapp'></i></a>"
            f"<a href='https://pinterest.com/pin/create/button/?url={url}' class='social-share-link pinterest'>"
            "<i class='fa fa-pinterest'></i></a>"
            f"<a href='https://www.reddit.com/submit?url={url}' class='social-share-link reddit'>"
            "<i class='fa fa-reddit'></i></a>"
            f"<a href='https://buffer.com/add?url={url}' class='social-share-link buffer'><i class='fa fa-buffer'></i></a>")


def column(urls: list[str], heading: str = "LAST NEWS") -> str:
    """A column of teaser cards (WordPress post classes), each after its hidden share overlay
    (a heading no vocabulary names: the column is found by its structure alone)."""
    cards = "".join(
        f"<div class='overlay_share_icons' id='{i}'><div class='wrapper-share-icons'>"
        f"<section class='widget widget_social_share_widget'><h2 class='widget-title'>Social Share</h2>"
        f"<div class='social-share-block'>{sharers(url)}</div></section></div></div>"
        f"<div id='post-{i}' class='col-md-12 post-{i} post type-post status-publish hentry category-sports "
        f"tag-harbour tag-eastmere'><div class='image-wrap'><a href='{url}'><img src='/img/{i}.jpg' alt=''></a>"
        f"</div><div class='mrkt'><a href='/category/sports/'>Sports</a></div>"
        f"<h4><a href='{url}'>{title}</a></h4><p class='date'>March {i}, 2024</p></div>"
        for i, (url, title) in enumerate(zip(urls, STORIES, strict=True), 1))
    return f"<div class='block line-news'><div class='mrkt bold'>{heading}</div><div class='row'>{cards}</div></div>"


def story_urls(n: int) -> list[str]:
    return [f"https://news.example.com/2024/03/{i}/story-number-{i}/" for i in range(1, n + 1)]


def own_bar() -> str:
    return f"<div class='sidebar-top-post-content'>{sharers(ARTICLE_URL)}</div>"


# ------------------------------------------------------------------ 1. a column's card overlays


@pytest.mark.parametrize("urls", [story_urls(6), [ARTICLE_URL, *story_urls(5)]],
                         ids=["other stories", "the first card is the story itself"])
def test_card_share_overlays_are_the_cards_and_the_column_is_related(urls: list[str]):
    """Six cards (English) each after a share overlay naming the card's story: one share CTA,
    the article's own bar; the column is one related block of the six stories."""
    raw = page(between=own_bar(), below=column(urls))
    doc = parse(raw)
    shares = [c for c in doc.ctas if c.kind == "share"]
    assert len(shares) == 1
    assert source(raw, shares[0].locator).get("class") == "sidebar-top-post-content"
    assert len(doc.related) == 1
    assert source(raw, doc.related[0].locator).get("class") == "block line-news"
    assert {i.title for i in doc.related[0].items} >= set(STORIES[1:])


def test_a_share_link_counts_for_nothing_in_a_list():
    share = lxml.html.fromstring("<a href='https://www.facebook.com/sharer/sharer.php?u=https://x.org/a'>f</a>")
    profile = lxml.html.fromstring("<a href='https://www.facebook.com/eastmere'>Facebook</a>")
    assert link_facts(share, frozenset({"news.example.com"}))[0] is None
    assert link_facts(profile, frozenset({"news.example.com"}))[0] is not None


# ------------------------------------------------------------------ 2. a house ad's share box


def test_a_house_ad_teasers_share_box_is_no_cta():
    """A hidden fallback teaser (German) for an empty ad slot: a link to a travel shop and an
    "Inhalt teilen" box whose script controls name that shop's page. No share CTA but the
    article's own bar."""
    shop = "https://www.leserreisen.example.de/"
    box = "".join(f"<li><a onclick=\"social.{n}('{shop}', '');\" href='javascript:' class='{n}'></a></li>"
                  for n in ("facebook", "twitter", "email"))
    teaser = (f"<div id='fallbackTeaser_slot-0' style='display:none'><article class='teaser300'>"
              f"<a href='{shop}' class='normalTeaser'><div class='teaser_image'><img src='/r.jpg' alt='Reisen'></div>"
              f"<h3 class='teaser_heading'></h3></a><aside class='teaser_social_block'>"
              f"<span class='teaser_social_block_title'>Inhalt teilen</span><ul class='social_nav'>{box}</ul>"
              f"<input type='text' value='{shop}'></aside></article></div>")
    raw = page(between=own_bar(), side=teaser, lang="de")
    doc = parse(raw)
    shares = [c for c in doc.ctas if c.kind in ("share", "follow")]
    assert [source(raw, c.locator).get("class") for c in shares] == ["sidebar-top-post-content"]


# ------------------------------------------------------------------ 3. the page's own bar


def test_the_pages_own_bar_beside_its_linked_headline_stays():
    """A page read at another address than its permalink, no canonical URL (Spanish): its bar
    shares the permalink, which its linked headline shows. Still the page's share CTA."""
    permalink = "https://diario.example.es/2024/05/el-muelle-sera-reconstruido/"
    head = (f"<header class='cabecera'><h2 class='titulo'><a href='{permalink}'>Harbour wall to be rebuilt</a></h2>"
            f"<div class='compartir'>{sharers(permalink)}</div></header>")
    raw = page(between=head, lang="es")
    doc = syndicate.parse(raw, url="https://example.com/x")
    shares = [c for c in doc.ctas if c.kind == "share"]
    assert [source(raw, c.locator).get("class") for c in shares] == ["compartir"]


@pytest.mark.parametrize("markup, page", [
    ("<div><a href='https://www.facebook.com/sharer/sharer.php?u=https://www.x.org/a/?utm=1'></a>"
     "<a href='https://twitter.com/intent/tweet?url=https%3A%2F%2Fx.org%2Fa'></a></div>", "x.org/a"),
    ("<ul><li><a onclick=\"share.mail('https://x.org/b', '');\" href='javascript:'></a></li></ul>", "x.org/b"),
    ("<div><button data-url='https://x.org/c'>Teilen</button></div>", "x.org/c"),
    ("<div><a href='https://wa.me/?text=Read%20https://x.org/d'></a></div>", "x.org/d"),
    ("<div><a href='https://www.facebook.com/sharer/sharer.php?u=https://x.org/a'></a>"
     "<a href='https://twitter.com/intent/tweet?url=https://x.org/e'></a></div>", None),  # (two pages)
])
def test_shared_page(markup: str, page: str | None):
    assert shared_page(lxml.html.fromstring(markup)) == page
