"""Share bars found by structure on pages the rules were not tuned on (issue 15, fourth round),
on small pages written for the project, with prompts in English, German, French, Spanish,
Italian, Portuguese and Dutch:

1. a share bar that a script fills: a box named for sharing that holds no link yet, only a
   third-party share widget (its class words: AddThis, Shariff, ShareThis...) or a ``data-*``
   URL telling the widget which page to share, at most a short prompt: one share CTA; a float
   clearer and a bare counter named like a share tool are none (a likes widget is a like
   button, no share bar: ``test_script_mounts``);
2. share links of the older or lesser forms (the tweet box ``twitter.com/home?status=``,
   Google+, Buffer, AddToAny's menu, Messenger, SMS) make a share bar like the usual ones;
3. links to a profile with a tracking query ("?fref=ts", "?utm_source=") are follow links; a
   link to a post is none, query or not.

Every parse goes through ``parse_article``, which also checks that the body is exactly the
article's four paragraphs.
"""

from __future__ import annotations

import pytest

from pages import parse_article as parse
from regionpages import page, source

URL = "https://news.example.org/2024/05/harbour-wall"

# ------------------------------------------------------------------ 1. script-filled share bars


def test_empty_addthis_bar_with_a_page_url_is_a_share_cta():
    """An empty AddThis box under the text, told which page to share: a share CTA."""
    bar = f"<div class='at-below-post addthis_tool' data-url='{URL}'></div>"
    raw = page(after=bar)
    (cta,) = parse(raw).ctas
    assert cta.kind == "share"
    assert source(raw, cta.locator).get("class") == "at-below-post addthis_tool"
    assert cta.position.placement == "after"


@pytest.mark.parametrize(("lang", "prompt"), [("de", "Teilen:"), ("fr", "Partager :"), ("es", "Compartir:")])
def test_share_box_holding_a_widget_and_a_prompt_is_one_share_cta(lang: str, prompt: str):
    """A box named for sharing, a prompt and a widget's empty container (no URL on it): one
    CTA, the box with its prompt."""
    bar = (f"<div class='post-share'><span class='label'>{prompt}</span>"
           "<div class='shariff' data-services='[&quot;facebook&quot;,&quot;twitter&quot;]'></div></div>")
    raw = page(after=bar, lang=lang)
    (cta,) = parse(raw).ctas
    assert cta.kind == "share" and cta.text == prompt
    assert source(raw, cta.locator).get("class") == "post-share"


def test_share_rail_of_empty_buttons_naming_the_page_is_a_share_cta_in_dutch():
    """A rail of script buttons without links, each told which page to share."""
    rail = ("<div class='m-share m-share__rail'>"
            f"<div class='share-item' data-social-media-name='whatsapp' data-url='whatsapp://send?text={URL}'>"
            "<div class='icon'></div></div>"
            f"<div class='share-item' data-social-media-name='facebook' data-url='{URL}'><div class='icon'></div>"
            "</div></div>")
    raw = page(below=rail, lang="nl")
    (cta,) = parse(raw).ctas
    assert cta.kind == "share"
    assert source(raw, cta.locator).get("class") == "m-share m-share__rail"


@pytest.mark.parametrize(("lang", "widget"), [
    # (a likes widget named like the share tool of its blog platform is a like button, no
    # share bar: ``test_script_mounts``)
    # an empty float clearer of a share plugin
    ("es", "<div class='heateorSssClear'></div>"),
    # a bare share counter
    ("de", f"<div class='share-count addthis_counter' data-url='{URL}'></div>"),
])
def test_likes_clearer_and_counter_named_for_sharing_are_no_share_cta(lang: str, widget: str):
    raw = page(after=widget, lang=lang)
    assert parse(raw).ctas == []


def test_empty_box_named_for_sharing_with_nothing_in_it_is_no_cta():
    """No widget, no URL, no link: a class name alone says nothing is there."""
    raw = page(after="<div class='share-wrapper'><div class='inner'></div></div>")
    assert parse(raw).ctas == []


# ------------------------------------------------------------------ 2. older share URL forms


@pytest.mark.parametrize(("lang", "prompt", "links"), [
    ("en", "Share:", ("https://twitter.com/home?status=Harbour%20wall%20" + URL,
                      "https://plus.google.com/share?url=" + URL)),
    ("de", "Teilen:", ("https://buffer.com/add?url=" + URL, "https://www.addtoany.com/share#url=" + URL)),
    ("es", "Compartir:", ("fb-messenger://share/?link=" + URL, "sms:?&body=" + URL)),
])
def test_older_share_link_forms_make_a_share_bar(lang: str, prompt: str, links: tuple[str, str]):
    items = "".join(f"<li><a href='{href}'><svg></svg></a></li>" for href in links)
    bar = f"<div class='row-tools'><span>{prompt}</span><ul class='icons'>{items}</ul></div>"
    raw = page(after=bar, lang=lang)
    (cta,) = parse(raw).ctas
    assert cta.kind == "share"
    assert source(raw, cta.locator).find(".//ul") is not None


# ------------------------------------------------------------------ 3. profile links with a tracking query


@pytest.mark.parametrize(("lang", "prompt"), [("fr", "Rejoins-nous sur :"), ("it", "Seguici su:"),
                                              ("pt", "Siga-nos:"), ("en", "Follow us:")])
def test_profile_links_with_a_tracking_query_make_a_follow_bar(lang: str, prompt: str):
    links = ("https://www.facebook.com/harbournews/?fref=ts", "https://twitter.com/harbournews?lang=fr",
             "https://www.instagram.com/harbournews/?utm_source=site")
    items = "".join(f"<li><a href='{href}'>{name}</a></li>" for href, name in zip(links, ("fb", "tw", "ig"), strict=True))
    bar = f"<div class='col-3 text-right'><span>{prompt}</span><ul class='liens'>{items}</ul></div>"
    raw = page(footer=bar, lang=lang)
    (cta,) = parse(raw).ctas
    assert cta.kind == "follow"
    assert cta.position.placement == "outside"


def test_a_post_link_with_a_query_is_no_profile():
    """Links to posts (two path segments) stay no follow links, query or not."""
    links = ("https://www.instagram.com/p/B5FoFWk/?utm_source=ig_embed",
             "https://www.facebook.com/harbournews/posts/123?ref=embed")
    items = "".join(f"<li><a href='{href}'>post</a></li>" for href in links)
    raw = page(footer=f"<div class='col-3'><ul class='liens'>{items}</ul></div>")
    assert parse(raw).ctas == []
