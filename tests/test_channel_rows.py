"""A row of the site's channels the profile count misses -- its feeds, its newsletter page, a
profile on a fediverse server of its own -- is a follow CTA (``channel_rows``), while a menu
of the site's pages where channels are few ('Newsletter · RSS · Contact · Shop') and a pair
of a post feed and a comment feed are none. Small pages written for the project, in English,
German, French and Spanish.
"""

from __future__ import annotations

import syndicate
from regionpages import page, source


def _follows(raw: bytes, url: str) -> list[tuple[str | None, str]]:
    doc = syndicate.parse(raw, url=url)
    out = []
    for c in doc.ctas:
        if c.kind == "follow":
            el = source(raw, c.locator)
            out.append((el.get("class"), el.tag))
    return out


def test_english_two_feed_icons_closing_the_column_are_a_follow_row():
    """English: two icon links to the site's RSS and Atom feeds under the article."""
    row = ("<div class='feeds'><a href='/rss' title='RSS'><img src='/rss.png' alt='RSS feed'></a>"
           "<a href='/atom' title='Atom'><img src='/atom.png' alt='Atom feed'></a></div>")
    assert ("feeds", "div") in _follows(page(lang="en", below=row), "https://example.com/a")


def test_german_feed_and_self_hosted_profiles_line_is_a_follow_row():
    """German: 'RSS | Mastodon | Pixelfed': the feed and two profiles on the site's own
    fediverse servers (one marked rel=me), no known network among them."""
    row = ("<div class='kanaele'><p><a href='https://example.de/feed/'>RSS</a> | "
           "<a rel='me' href='https://sozial.example.de/@redaktion'>Mastodon</a> | "
           "<a href='https://bilder.example.de/@redaktion'>Pixelfed</a></p></div>")
    follows = _follows(page(lang="de", below=row), "https://example.de/a")
    assert follows and follows[0][0] in ("kanaele", None), follows


def test_french_menu_with_few_channels_is_no_follow_row():
    """French: 'Newsletter · RSS · Contact · Boutique · Mentions légales': pages of the site."""
    menu = ("<div class='liens'><a href='/newsletter/'>Newsletter</a> <a href='/rss'>RSS</a> "
            "<a href='/contact/'>Contact</a> <a href='/boutique/'>Boutique</a> "
            "<a href='/mentions-legales/'>Mentions légales</a></div>")
    assert not _follows(page(lang="fr", below=menu), "https://example.fr/a")


def test_spanish_post_feed_beside_comment_feed_is_no_follow_row():
    """Spanish: the post feed and the comment feed: one channel, no row."""
    line = ("<div class='suscribir'><a href='https://example.es/feed/'>Entradas (RSS)</a> "
            "<a href='https://example.es/comments/feed/'>Comentarios (RSS)</a></div>")
    assert not _follows(page(lang="es", below=line), "https://example.es/a")
