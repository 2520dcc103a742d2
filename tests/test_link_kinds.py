"""A share/follow bar's kind is what its links' URLs say, over the word that named it
(``ctas.kind_of_links``): a footer box classed "…-share" holding links to the site's own
profiles is a follow bar; a box classed "social-icons" holding ``sharer.php?u=`` links is a
share bar; a bar holding links of both kinds keeps the kind its words gave it. Small pages
written for the project, in German, Spanish and English.
"""

from __future__ import annotations

import syndicate
from regionpages import page

URL = "https://example.de/2024/02/hafen-mauer-neu/"


def _kinds(raw: bytes, url: str = URL) -> list[tuple[str, str]]:
    return [(c.kind, c.locator or "") for c in syndicate.parse(raw, url=url).ctas]


def _profiles(cls: str) -> str:
    return (f"<ul class='{cls}'>"
            "<li><a href='https://www.facebook.com/hafenberger.zeitung/'>Die Zeitung bei Facebook</a></li>"
            "<li><a href='https://twitter.com/hafenberger'>Die Zeitung bei Twitter</a></li>"
            "<li><a href='https://www.instagram.com/hafenberger.zeitung/'>Die Zeitung bei Instagram</a></li>"
            "<li><a href='https://example.de/rss/'>RSS-Feed</a></li></ul>")


def test_a_footer_box_classed_share_holding_profiles_is_a_follow_bar():
    """German: the footer's "site-footer--social-share" list links the paper's profiles."""
    kinds = _kinds(page(footer=_profiles("site-footer--social-share social-share"), lang="de"))
    assert [k for k, loc in kinds if "footer" in loc] == ["follow"]


def test_a_box_classed_social_icons_holding_share_links_is_a_share_bar():
    """Spanish: "main-column-social-icons" under the text shares the article."""
    page_url = "https%3A%2F%2Fexample.es%2Fnoticias%2Fel-muelle-nuevo-68379.html"
    bar = ("<div class='main-column-social-icons'><ul class='drop'>"
           f"<li class='face'><a href='https://facebook.com/sharer/sharer.php?u={page_url}'> </a></li>"
           f"<li class='linkedin'><a href='http://www.linkedin.com/shareArticle?mini=true&amp;url={page_url}'> </a></li>"
           f"<li class='mail'><a href='mailto:?subject=El muelle&amp;body=Leer: {page_url}'> </a></li>"
           "</ul></div>")
    kinds = _kinds(page(after=bar, lang="es"), url="https://example.es/noticias/el-muelle-nuevo-68379.html")
    assert [k for k, _ in kinds if k in ("share", "follow")] == ["share"]


def test_a_bar_holding_both_kinds_keeps_the_kind_its_class_names():
    """English: one share link among the profiles: the class's word decides, as before."""
    bar = ("<div class='post-sharebar'>"
           "<a href='https://www.facebook.com/sharer.php?u=https%3A%2F%2Fexample.com%2Fx'>Share</a>"
           "<a href='https://twitter.com/eastmere'>Twitter</a>"
           "<a href='https://www.instagram.com/eastmere/'>Instagram</a></div>")
    assert [k for k, _ in _kinds(page(after=bar), url="https://example.com/2024/02/sea-wall/")
            if k in ("share", "follow")] == ["share"]


# --- what a link is by its URL's shape (``ctas.share_or_follow``) ---------------------------


def test_a_row_of_profile_links_with_a_tracking_query_is_a_follow_bar():
    """English: the footer's profile links each carry the site's own click tag ("?mod=footer")."""
    row = ("<div class='stay-in-touch'>"
           "<a href='https://www.facebook.com/eastmerepost?mod=footer'><svg></svg></a>"
           "<a href='https://twitter.com/eastmerepost/?mod=footer'><svg></svg></a>"
           "<a href='https://www.instagram.com/eastmerepost/?mod=footer'><svg></svg></a>"
           "<a href='http://www.linkedin.com/company/41970?mod=footer'><svg></svg></a></div>")
    kinds = _kinds(page(footer=row), url="https://example.com/2024/02/sea-wall/")
    assert [k for k, loc in kinds if "footer" in loc] == ["follow"]


def test_a_row_of_a_networks_videos_with_a_query_is_no_follow_bar():
    """German: links to two videos ("watch?v=") and a playlist are no profiles."""
    row = ("<div class='videos'>"
           "<a href='https://www.youtube.com/watch?v=abc123XYZ'><svg></svg></a>"
           "<a href='https://www.youtube.com/watch?v=def456UVW'><svg></svg></a>"
           "<a href='https://www.youtube.com/playlist?list=PL0123456789'><svg></svg></a></div>")
    assert "follow" not in [k for k, _ in _kinds(page(footer=row, lang="de"))]


def test_a_network_link_carrying_another_sites_address_is_a_share_link():
    """English: LinkedIn's composer, given the story's text and address, and X's post intent
    under the text: a share bar, though no table names the composer."""
    story = "https://itnews.example.com/story/harbour-wall-to-be-rebuilt"
    bar = ("<div class='flex items-center'><span>Share on:</span>"
           f"<a href='https://www.linkedin.com/feed/?shareActive=true&amp;text=Harbour%20wall%20{story}'><svg></svg></a>"
           f"<a href='https://x.com/intent/post?text=Harbour%20wall&amp;url={story}'><svg></svg></a></div>")
    assert "share" in [k for k, _ in _kinds(page(after=bar), url=story)]


def test_what_a_link_to_a_network_is_by_its_query():
    """The query's shape, whatever the endpoint: another site's address shares it (encoded or
    not); the network's own address is a log-in's return; a profile's tracking query leaves it
    a profile; a redirect or a search is neither."""
    from syndicate.extract.ctas import share_or_follow
    page_url = "https%3A%2F%2Fwww.example.de%2F2024%2F02%2Fhafen-mauer-neu%2F"
    assert share_or_follow(f"https://www.addtoany.com/add_to/mastodon?linkurl={page_url}") == "share"
    assert share_or_follow(f"https://mix.com/mixit?url={page_url}") == "share"
    assert share_or_follow("https://www.linkedin.com/login?session_redirect=https%3A%2F%2Fde%2Elinkedin%2Ecom"
                           "%2Fpulse%2Fhochzeit-im-wendland") is None
    assert share_or_follow("https://www.instagram.com/accounts/login/?next=https%3A%2F%2Fwww.instagram.com"
                           "%2Fhafenberg%2F") is None
    assert share_or_follow(f"https://www.facebook.com/l.php?u={page_url}") is None
    assert share_or_follow("https://twitter.com/search?q=https://www.example.de/") is None
    assert share_or_follow("https://www.facebook.com/hafenberg?mod=hp_footer") == "follow"
    assert share_or_follow("https://www.instagram.com/hafenberg/?next=%2F") == "follow"
    assert share_or_follow("https://www.facebook.com/photo.php?fbid=655164586655002") is None
    assert share_or_follow("https://www.facebook.com/hafenberg?next=https%3A%2F%2Fwww.facebook.com%2F") is None


def test_a_follow_bar_leaves_the_subscribe_button_beside_it_alone():
    """French: a footer column sets the profile icons and an "Abonnez-vous" button without a
    target (a script opens the offer): two widgets, the button none of the bar's."""
    column = ("<div class='col'><ul class='icons'>"
              "<li><a href='https://www.facebook.com/porthaut/'><svg></svg></a></li>"
              "<li><a href='https://x.com/porthaut'><svg></svg></a></li>"
              "<li><a href='https://www.linkedin.com/company/porthaut/posts/?feedView=all'><svg></svg></a></li>"
              "</ul><div class='button-wrap'><a class='button' href=''>Abonnez-vous</a></div></div>")
    kinds = _kinds(page(footer=column, lang="fr"), url="https://example.fr/2024/02/le-quai/")
    follow = [loc for k, loc in kinds if k == "follow"]
    assert len(follow) == 1 and follow[0].endswith("/ul")


def test_app_badges_beside_a_follow_bar_in_a_wrapping_span_stay_found():
    """Spanish: a footer menu wraps its "Síguenos" profile icons and the two store badges in
    a ``<span>``: the bar is found by its links, the badges beside it are still an app CTA
    (a span holding a found item is a wrapper, not a run of text)."""
    icons = "".join(f"<li><a href='https://www.{n}.com/puertoalto/'><i class='fa-{n}'></i></a></li>"
                    for n in ("facebook", "instagram", "youtube"))
    nav = ("<nav><div class='cols'><div class='col'><span><div class='social-nav'><p>Síguenos</p>"
           f"<ul>{icons}<li><a href='https://twitter.com/puertoalto'><i class='fa-x'></i></a></li></ul>"
           "<div class='app-icons'>"
           "<a href='https://apps.apple.com/es/app/puerto-alto/id1207929487'>"
           "<img src='/img/app-store.svg' alt='Descárgalo en el App Store'></a>"
           "<a href='https://play.google.com/store/apps/details?id=es.puertoalto.app'>"
           "<img src='/img/google-play.svg' alt='Disponible en Google Play'></a></div></div></span></div>"
           "<div class='col'><ul><li><a href='/quienes-somos/'>Quiénes somos</a></li>"
           "<li><a href='/contacto/'>Contacto</a></li><li><a href='/privacidad/'>Privacidad</a></li></ul></div>"
           "</div></nav>")
    kinds = [k for k, loc in _kinds(page(footer=nav, lang="es"), url="https://example.es/2024/02/el-muelle/")
             if "footer" in loc]
    assert "follow" in kinds and "app" in kinds
