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
