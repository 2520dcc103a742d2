"""Links of an author's box are no calls to action of the page (``extract/author_boxes.py``):
the byline tooltip's "Editorial Process" link, the bio's "Read more" expander, the author's
own profiles. A "Follow" the box says in words, and the site's own icons in a byline row,
stay. Small pages written for the project, in English, German, Spanish and French.
"""

from __future__ import annotations

import syndicate
from regionpages import TEXTS, page, source

_URL = "https://example.org/news/harbour-wall"
#: The site's own follow bar, in its footer.
_SITE_BAR = ("<div class='social'><a href='https://www.facebook.com/harbourtimes'>Facebook</a>"
             "<a href='https://twitter.com/harbourtimes'>Twitter</a>"
             "<a href='https://www.instagram.com/harbourtimes'>Instagram</a></div>")


def _lang_page(lang: str, author: str, **parts: str) -> bytes:
    """``regionpages.page`` with the story's paragraphs in ``lang`` and ``author`` named in
    the page's metadata."""
    from regionpages import P

    raw = page(lang=lang, **parts).decode()
    for mine, theirs in zip(P, TEXTS[lang], strict=True):
        raw = raw.replace(mine, f"<p>{theirs}</p>")
    return raw.replace("<title>", f"<meta name='author' content='{author}'><title>").encode()


def _ctas(raw: bytes) -> list[tuple[str, str]]:
    """Kind and class of each CTA of ``raw``."""
    doc = syndicate.parse(raw, url=_URL)
    return [(c.kind, source(raw, c.locator).get("class") or "") for c in doc.ctas]


def test_editorial_link_in_a_byline_tooltip_is_no_read_more():
    """English byline: the author's tooltip (headshot, name, bio) closes with the site's
    "Learn about our Editorial Process" link, classed "learn more": no "Read more"."""
    below = ("<div class='article-meta'><span>By</span> <a href='/dana-reyes-5219' class='attribution-name'>Dana Reyes</a>"
             "<div class='person-tooltip'><div class='tooltip-top'><img src='/dana.jpg' alt=\"Dana Reyes's headshot\">"
             "<a href='/dana-reyes-5219'>Dana Reyes</a><div class='tooltip-text'>Dana Reyes is a writer based in "
             "Portland covering ports, ferries and coastal towns.</div></div>"
             "<div class='tooltip-bottom'><span class='learn-more-text'>Learn about Harbour Times'</span> "
             "<a href='/about-us#editorial' class='learn-more-link'>Editorial Process</a></div></div></div>")
    raw = _lang_page("en", "Dana Reyes", below=below, footer=_SITE_BAR)
    assert all(kind != "read_more" for kind, _ in _ctas(raw))


def test_bio_expander_is_no_read_more():
    """English contributor box of a page's own components (``<contrib-block>``): picture, name,
    the bio cut short and a "Read More" button unfolding it: the bio's, no CTA."""
    below = ("<contrib-block class='group-blog'><a class='avatar' href='/sites/danareyes/'>"
             "<img src='/dana.jpg' alt='Dana Reyes'></a><div class='contrib-byline'>"
             "<a href='/sites/danareyes/'>Dana Reyes</a></div><contrib-full-bio class='contrib-bio'>"
             "<div class='full-description'><p>I write about ports, ferries and the towns along the coast, "
             "and before that I covered city hall for ten years.</p><button class='toggle-description'>Read More"
             "</button></div></contrib-full-bio></contrib-block>")
    raw = _lang_page("en", "Dana Reyes", below=below)
    assert all(kind != "read_more" for kind, _ in _ctas(raw))


def test_author_profiles_in_an_author_box_are_no_follow_bar():
    """German author box under the text (picture, name linking the author's page, bio) with
    the author's own profile icons: no follow CTA. The site's footer bar is one."""
    below = ("<section class='about-author'><a href='/autor/anna-muster/'><img src='/anna.jpg' alt='Anna Muster'></a>"
             "<div class='profiles'><a href='https://www.instagram.com/anna.muster/' title='Instagram'></a>"
             "<a href='https://www.linkedin.com/in/anna-muster/' title='LinkedIn'></a></div>"
             "<div class='text'><a href='/autor/anna-muster/'>Anna Muster</a><p>Anna Muster schreibt seit zehn "
             "Jahren über Häfen, Fähren und die Küstenorte der Region.</p></div></section>")
    found = _ctas(_lang_page("de", "Anna Muster", below=below, footer=_SITE_BAR))
    assert ("follow", "profiles") not in found
    assert ("follow", "social") in found


def test_list_of_story_authors_linking_their_profiles_is_no_follow_bar():
    """Spanish story header: the list of the story's authors, each a link to the person's
    LinkedIn page (name and role): the byline, no follow bar."""
    header_row = ("<div class='story-sidebar'><div class='post-author-list'>"
                  "<a href='https://www.linkedin.com/in/lucia-garcia/' class='post-author-link'>"
                  "<div class='post-author-name'>Lucía García</div><div>Redactora de economía</div></a>"
                  "<a href='https://www.linkedin.com/in/pablo-ruiz/' class='post-author-link'>"
                  "<div class='post-author-name'>Pablo Ruiz</div><div>Fotografía</div></a></div></div>")
    raw = _lang_page("es", "Lucía García", between=header_row)
    assert all(kind != "follow" for kind, _ in _ctas(raw))


def test_follow_said_in_words_in_an_author_box_stays():
    """French author box: a "Suivre" link to the author's Twitter profile asks in words: a
    follow CTA, as the gold labels it."""
    below = ("<div class='author-bio-box'><a href='/auteur/claire-martin/'><img src='/claire.jpg' alt='Claire Martin'>"
             "</a><a href='/auteur/claire-martin/'>Claire Martin</a><p>Claire Martin couvre le port et les "
             "chantiers navals de la région depuis 2015.</p><div class='follow-capsule'>"
             "<a href='https://twitter.com/clairemartin'>Suivre</a></div></div>")
    found = _ctas(_lang_page("fr", "Claire Martin", below=below))
    assert any(kind == "follow" for kind, _ in found)


def test_site_icons_in_a_byline_row_stay():
    """English byline row (name, date) repeating the site's own profile icons of its footer:
    the site's follow bar, kept."""
    below = ("<div class='byline-row'><a href='/author/dana-reyes/' rel='author'>Dana Reyes</a> <time>May 2</time>"
             "<div class='byline-social'><a href='https://www.facebook.com/harbourtimes/'></a>"
             "<a href='https://twitter.com/harbourtimes'></a></div></div>")
    found = _ctas(_lang_page("en", "Dana Reyes", below=below, footer=_SITE_BAR))
    assert ("follow", "byline-social") in found
