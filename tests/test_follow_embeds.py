"""Follow widgets a script draws, found by the markup the page holds before it runs, on
small pages written for the project in English, German, French and Spanish:

1. a network's follow plugin in an iframe naming the profile (Facebook's page plugin or like
   box, X's follow button): a follow CTA, the frame with its wrappers; a like button of the
   article (its own URL) is none;
2. a blog platform's followers gadget (Blogger's ``widget Followers``), empty but for its
   title and script: a follow CTA;
3. Facebook's page plugin in a page whose wrapper is classed like a menu (walked as
   navigation) is still a follow widget.
"""

from __future__ import annotations

import pytest

from pages import parse_article as parse
from regionpages import page, source


def _follows(doc):  # type: ignore[no-untyped-def]
    return [c for c in doc.ctas if c.kind == "follow"]


_LIKE_BOX = ("https://www.facebook.com/plugins/likebox.php?href=https%3A%2F%2Fwww.facebook.com%2F{0}"
             "&amp;width=300&amp;show_faces=true")
_PAGE_PLUGIN = "https://www.facebook.com/v2.5/plugins/page.php?adapt_container_width=true&amp;href=https%3A%2F%2Fwww.facebook.com%2F{0}%2F"
_FOLLOW_BUTTON = "https://platform.twitter.com/widgets/follow_button.html?screen_name={0}&amp;show_count=false"


@pytest.mark.parametrize(("lang", "title", "src"), [
    ("en", "Eastmere on Facebook", _LIKE_BOX.format("eastmere")),
    ("de", "Hafenblatt bei Facebook", _PAGE_PLUGIN.format("hafenblatt")),
    ("fr", "Suivez-nous", _FOLLOW_BUTTON.format("porthaut")),
])
def test_network_follow_frame(lang, title, src):
    """A sidebar widget: a title and the network's frame in a centring wrapper."""
    widget = (f"<div class='box'><h2>{title}</h2><div class='box-content'><center>"
              f"<iframe src='{src}' width='300' height='500'></iframe></center></div></div>")
    raw = page(side=widget, lang=lang)
    (cta,) = _follows(parse(raw))
    assert source(raw, cta.locator).get("class") in ("box", "box-content")


def test_like_button_of_the_article_is_no_follow_frame():
    """Spanish: Facebook's like button frame naming the article's own URL."""
    src = ("https://www.facebook.com/plugins/like.php?href=https%3A%2F%2Fpuertoalto.example%2Fmuelle"
           "&amp;layout=button_count")
    raw = page(after=f"<div class='like'><iframe src='{src}'></iframe></div>", lang="es")
    assert _follows(parse(raw)) == []


_GADGET_SCRIPT = ("<script>window.followersIframe = null; function followersIframeOpen(url) {}; "
                  "followersIframeOpen('https://www.blogger.com/followers.g?blogID=1');</script>")


@pytest.mark.parametrize(("lang", "title"), [("en", "Followers"), ("de", "Leser"), ("es", "Seguidores")])
def test_blog_followers_gadget(lang, title):
    """Blogger's followers gadget: a title, an empty box its script fills, an edit control."""
    gadget = (f"<div class='widget Followers' id='Followers1'><h2 class='title'>{title}</h2>"
              f"<div class='widget-content'><div id='Followers1-wrapper'>{_GADGET_SCRIPT}</div></div>"
              "<span class='widget-item-control'><a class='quickedit' href='//www.blogger.com/rearrange?blogID=1'>"
              "<img alt='' src='/wrench.png'></a></span></div>")
    raw = page(side=gadget, lang=lang)
    (cta,) = _follows(parse(raw))
    assert source(raw, cta.locator).get("id") == "Followers1"


def test_a_followers_list_with_text_is_no_gadget():
    """English: a box classed the same holding a paragraph of prose is no gadget."""
    prose = ("<p>" + "Our readers write to us every week about the harbour, the boats and the weather. " * 4
             + "</p>")
    raw = page(side=f"<div class='widget Followers'><h2>Readers</h2>{prose}</div>")
    assert _follows(parse(raw)) == []


def test_page_plugin_in_a_page_classed_like_a_menu():
    """German: the page wrapper's class names an off-canvas menu; Facebook's page plugin in
    the sidebar is a follow widget all the same."""
    widget = ("<section class='fb'><h3>Facebook</h3><div class='fb-page' "
              "data-href='https://www.facebook.com/hafenblatt/' data-tabs='timeline'></div></section>")
    raw = page(side=widget, lang="de").replace(b"<header class='site-header'>",
                                               b"<div class='dialog-off-canvas-main-canvas'><header class='site-header'>"
                                               ).replace(b"<footer", b"</div><footer")
    (cta,) = _follows(parse(raw))
    assert source(raw, cta.locator).get("class") in ("fb", "fb-page")


@pytest.mark.parametrize(("lang", "title", "cls", "label"), [
    ("de", "Twitter", "twitter-timeline", "Tweets von @hafenblatt"),
    ("fr", "Derniers tweets", "twitter-follow-button", "Suivre @porthaut"),
])
def test_network_embed_link_is_a_follow_widget(lang, title, cls, label):
    """X's embed code: a link the widget script replaces, its profile in ``href`` with the
    embed's tracking query: a follow CTA, the widget with its title."""
    widget = (f"<div class='box'><h3>{title}</h3><a class='{cls}' "
              f"href='https://twitter.com/hafenblatt?ref_src=twsrc%5Etfw'>{label}</a>"
              "<script async src='https://platform.twitter.com/widgets.js'></script></div>")
    raw = page(side=widget, lang=lang)
    (cta,) = _follows(parse(raw))
    assert source(raw, cta.locator).get("class") == "box"


def test_embed_class_on_a_link_to_no_profile_is_no_follow_widget():
    """The same class on a link to a single post (a quoted tweet's permalink) names no
    profile to follow."""
    widget = ("<div class='box'><h3>Twitter</h3><a class='twitter-timeline' "
              "href='https://twitter.com/hafenblatt/status/1234567890'>Ein Tweet</a></div>")
    assert _follows(parse(page(side=widget, lang="de"))) == []


def test_search_timeline_is_no_follow_widget():
    """A timeline of a search follows nobody."""
    widget = ("<div class='box'><h3>Twitter</h3><a class='twitter-timeline' "
              "href='https://twitter.com/search?q=hafen%20OR%20kai'>Tweets über hafen OR kai</a></div>")
    assert _follows(parse(page(side=widget, lang="de"))) == []
