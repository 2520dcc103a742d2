"""Share bars read as a reader sees them (``extract/bar_text.py``), on small pages written for
the project in English, Spanish and German: a label kept for screen readers or hidden by the
markup is no visible text, and a bar's own e-mail, feed, print and comment-jump links do not
break it; a page link with words of its own beside the icons still does, and a hidden part
holding the story's title still counts.
"""

from __future__ import annotations

import lxml.html

import syndicate
from regionpages import page
from syndicate.extract.sharebars import social_bar

URL = "https://example.de/2024/02/harbour-wall-to-be-rebuilt/"
ES = "https://example.uy/ambiente/2024/02/el-muro-del-puerto-sera-reconstruido/"


def _bar(html: str) -> str | None:
    return social_bar(lxml.html.fragment_fromstring(html))


def _jetpack_like(label_class: str) -> str:
    """Three share links, each with a long label for screen readers (48 characters)."""
    links = "".join(
        f"<li><a href='https://www.{n.lower()}.com/sharer?u={URL}'><svg></svg>"
        f"<span class='{label_class}'>Click to share on {n} (Opens in new window)</span></a></li>"
        for n in ("Facebook", "Twitter", "Linkedin"))
    return f"<div class='share-row'><ul>{links}</ul></div>"


def test_screen_reader_labels_are_no_visible_text() -> None:
    """With the labels in ``screen-reader-text``/``sr-only`` spans the row is a bar; the same
    labels shown make long link texts, a list of stories."""
    assert _bar(_jetpack_like("screen-reader-text")) == "share"
    assert _bar(_jetpack_like("sr-only")) == "share"
    assert _bar(_jetpack_like("label")) is None
    # (a whole token only: "sr-only-toggle" names no screen-reader label)
    assert _bar(_jetpack_like("sr-only-toggle")) is None


def _spanish_widget(mail_href: str, hide: str) -> str:
    """A share widget: its title, WhatsApp/Facebook/Twitter links, an e-mail link, print and
    copy-link controls with the page's address kept in a span for the copy script."""
    return (
        "<section class='share-widget'><span class='title'>Compartir este artículo</span><ul>"
        f"<li><a href='whatsapp://send?text={ES}' aria-label='Compartir en WhatsApp'><svg></svg></a></li>"
        f"<li><a href='https://www.facebook.com/sharer/sharer.php?u={ES}' aria-label='Compartir en Facebook'><svg></svg></a></li>"
        f"<li><a href='https://twitter.com/intent/tweet?url={ES}' aria-label='Compartir en Twitter'><svg></svg></a></li>"
        f"<li><a href='{mail_href}' aria-label='Compartir vía email'><svg></svg></a></li>"
        "<li><span onclick='window.print()' aria-label='Imprimir'><svg></svg></span></li>"
        f"<li><span class='btn-copy' aria-label='Copiar enlace'><svg></svg></span><span class='{hide}'>{ES}{ES}</span></li>"
        "</ul></section>")


def test_hidden_copy_of_the_address_is_no_loose_text() -> None:
    """The address kept in a hidden span (class ``hide``) is not the widget's text: a bar,
    also with a Cloudflare-protected e-mail link; the address shown is a box of text."""
    assert _bar(_spanish_widget("/cdn-cgi/l/email-protection#2a1b5d", "hide")) == "share"
    assert _bar(_spanish_widget("mailto:?subject=x", "hide")) == "share"
    assert _bar(_spanish_widget("/cdn-cgi/l/email-protection#2a1b5d", "copy-source")) is None


def _german_rail(third: str) -> str:
    """A sticky share rail: Facebook and X with their words, an e-mail link and a third link."""
    return (
        "<div class='rail'><h2>Teilen</h2>"
        f"<a href='https://www.facebook.com/sharer/sharer.php?u={URL}'>FacebookTeilen</a>"
        f"<a href='https://x.com/intent/tweet?url={URL}'>XPosten</a>"
        "<a href='/cdn-cgi/l/email-protection#3e014d4b5c'>E-Mail</a>"
        f"{third}</div>")


def test_mail_and_comment_links_do_not_break_a_rail() -> None:
    """Two network links of four: the e-mail and comment-jump links are the rail's own; a
    page link with words ("Abonnieren") beside the icons makes a menu row, no bar."""
    assert _bar(_german_rail("<a href='#kommentare'>Kommentare</a>")) == "share"
    assert _bar(_german_rail("<a href='/feed/'>RSS</a>")) == "share"
    assert _bar(_german_rail("<a href='/abo/'>Abonnieren</a>")) is None


def test_hidden_part_with_the_title_still_counts() -> None:
    """A sticky header hidden until the reader scrolls (class ``is-hidden``) holds the story's
    title and a share row: its text is a page part, not a label; the box is no bar."""
    header = ("<div class='sticky'><div class='nav is-hidden'><a href='/'>Home</a>"
              "<h1>Harbour wall to be rebuilt after the winter storms hit the town</h1></div>"
              + "".join(f"<a href='https://www.{n}.com/sharer?u={URL}'><svg></svg></a>"
                        for n in ("facebook", "twitter", "linkedin", "reddit")) + "</div>")
    assert _bar(header) is None


def test_page_reports_the_rail_as_one_share_bar() -> None:
    """On a whole page (German), the rail beside the text is one share item, not a lone
    comments link."""
    raw = page(lang="de", side=_german_rail("<a href='#kommentare'>Kommentare</a>"))
    doc = syndicate.parse(raw, url=URL)
    kinds = [(c.kind, c.locator) for c in doc.ctas]
    assert [k for k, loc in kinds if loc.startswith("/html/body/div/div")] == ["share"], kinds
    assert not any(k == "comments" for k, _ in kinds), kinds
