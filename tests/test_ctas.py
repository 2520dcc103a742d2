"""Calls to action found in HTML by ``syndicate.parse``: newsletter signups, comment prompts,
subscribe/paywall prompts, share and follow bars, donate, app download, read more — kind,
text, URL, locator, position; and what must not become a CTA."""

from __future__ import annotations

import syndicate
from pages import ARTICLE_PARAS, ARTICLE_URL
from pages import parse_article as parse
from regionpages import source

PARAS = ARTICLE_PARAS
URL = ARTICLE_URL


def article(before: str = "", between: str = "", after: str = "", footer: str = "") -> bytes:
    p = [f"<p>{t}</p>" for t in PARAS]
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Harbour wall</title></head><body>"
        f"<main><article><h1>Harbour wall to be rebuilt</h1><div class='entry-content'>{before}"
        f"{p[0]}{p[1]}{between}{p[2]}{p[3]}{after}</div></article></main>"
        f"<footer class='site-footer'>{footer}</footer></body></html>"
    ).encode()


def test_newsletter_box_by_class():
    raw = article(after=(
        "<div class='newsletter-signup'><h3>Sign up for our daily newsletter</h3>"
        "<form action='/subscribe/daily' method='post'><input type='email' name='email' "
        "placeholder='Your e-mail'><button>Sign up</button></form></div>"
    ))
    doc = parse(raw)
    (cta,) = doc.ctas
    assert (cta.kind, cta.text, cta.url) == ("newsletter", "Sign up for our daily newsletter",
                                             "https://news.example.com/subscribe/daily")
    assert cta.position.placement == "after" and cta.position.after == doc.body[-1].id
    assert source(raw, cta.locator).get("class") == "newsletter-signup"


def test_email_form_without_telling_class_is_a_newsletter_signup():
    raw = article(between="<form action='https://lists.example.org/join'><label>Get the briefing</label>"
                          "<input type='email' name='EMAIL'><input type='submit' value='Go'></form>")
    doc = parse(raw)
    (cta,) = doc.ctas
    assert cta.kind == "newsletter" and cta.url == "https://lists.example.org/join"
    assert cta.text == "Get the briefing"
    assert cta.position.placement == "inline" and cta.position.after == doc.body[1].id


def test_login_and_search_forms_are_not_newsletters():
    raw = article(footer="<form action='/login'><input type='email' name='email'><input type='password'></form>"
                         "<form action='/search'><input type='search' name='s'></form>")
    doc = parse(raw)
    assert not doc.ctas


def test_comments_prompt_and_read_more_link():
    """The seed's tagDiv chrome: a comments prompt and a "Read more" link after the article."""
    raw = article(after="<p>Tell us your opinion in the comments.</p>"
                        "<a class='btn' href='/news/harbour-wall-part-2'>Read more</a>")
    doc = parse(raw)
    comments, more = doc.ctas
    assert (comments.kind, comments.text, comments.url) == ("comments", "Tell us your opinion in the comments.", None)
    assert (more.kind, more.text, more.url) == ("read_more", "Read more", "https://news.example.com/news/harbour-wall-part-2")
    assert [c.position.placement for c in doc.ctas] == ["after", "after"]


def test_share_bar_from_share_links():
    bar = ("<div class='post-tools'><span>Share:</span>"
           "<a href='https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example.com'>Facebook</a>"
           "<a href='https://twitter.com/intent/tweet?url=https%3A%2F%2Fnews.example.com'>Twitter</a>"
           "<a href='mailto:?subject=Harbour'>Email</a></div>")
    raw = article(before=bar)
    doc = parse(raw)
    (cta,) = doc.ctas
    assert cta.kind == "share" and cta.url is None and "Facebook" in cta.text
    assert cta.position.placement == "before" and cta.position.after is None
    assert source(raw, cta.locator).get("class") == "post-tools"


def test_follow_bar_in_the_footer_is_outside():
    bar = ("<ul><li><a href='https://www.facebook.com/harbourgazette'>Facebook</a></li>"
           "<li><a href='https://twitter.com/harbourgazette'>Twitter</a></li>"
           "<li><a href='https://www.instagram.com/harbourgazette/'>Instagram</a></li></ul>")
    raw = article(footer=bar)
    doc = parse(raw)
    (cta,) = doc.ctas
    assert cta.kind == "follow" and cta.position.placement == "outside"
    assert source(raw, cta.locator).tag == "ul"


def test_embedded_tweet_is_no_follow_bar():
    tweet = ("<blockquote class='twitter-tweet'><p>The wall is finally getting fixed!</p>&mdash; Jo "
             "(@jo) <a href='https://twitter.com/jo/status/123'>May 1, 2024</a> "
             "<a href='https://twitter.com/jo'>@jo</a></blockquote>")
    raw = article(between=tweet)
    doc = syndicate.parse(raw, url=URL)
    assert not doc.ctas


def test_subscribe_donate_and_app_prompts():
    raw = article(
        between="<div class='paywall-prompt paywall'><p>Subscribers only: get full access.</p>"
                "<a href='/subscribe'>Subscribe now</a></div>",
        after="<div class='support-us'><h4>Support independent journalism</h4><a href='/donate'>Donate</a></div>"
              "<p><a href='https://apps.example.com/gazette'>Download our app</a></p>",
    )
    doc = parse(raw)
    kinds = [(c.kind, c.url) for c in doc.ctas]
    assert kinds == [("subscribe", "https://news.example.com/subscribe"),
                     ("donate", "https://news.example.com/donate"),
                     ("app", "https://apps.example.com/gazette")]
    assert doc.ctas[0].position.placement == "inline"


def test_menu_items_are_no_ctas():
    menu = ("<nav><ul class='menu'><li><a href='/subscribe'>Subscribe</a></li>"
            "<li><a href='/newsletter'>Newsletter</a></li><li><a href='/contact'>Contact us</a></li></ul></nav>")
    raw = article().replace(b"<main>", b"<header>" + menu.encode() + b"</header><main>")
    doc = parse(raw)
    assert not doc.ctas


def test_sentence_mentioning_comments_stays_body():
    text = "Several readers left a comment on our earlier story, and the council has promised to reply to each."
    raw = article(between=f"<p>{text}</p>")
    doc = syndicate.parse(raw, url=URL)
    assert text in doc.text() and not doc.ctas


def test_prompt_beside_a_share_bar_joins_it():
    bar = ("<div class='share-block'><h4>Social Share</h4><div class='social-share-buttons'>"
           "<a href='https://www.facebook.com/sharer.php?u=x'>f</a><a href='https://twitter.com/share?u=x'>t</a>"
           "</div></div>")
    raw = article(after=bar)
    doc = parse(raw)
    (cta,) = doc.ctas
    assert cta.kind == "share" and cta.text == "Social Share"
    assert "Social Share" not in doc.text()


def test_many_share_links_in_one_region():
    """Thousands of share links in one container: no bar (too many links), no error."""
    links = "".join(f"<a href='https://twitter.com/intent/tweet?u={i}'>t{i}</a> " for i in range(3000))
    raw = article(after=f"<div>{links}</div>")
    doc = syndicate.parse(raw, url=URL)
    syndicate.validate(doc.to_dict())
    assert all(c.kind == "share" for c in doc.ctas)


def test_one_pattern_classifies_like_the_separate_matchers():
    """``classify`` (one regex for all phrase tables) agrees with ``ad_label``,
    ``related_heading`` and ``cta_kind`` applied in that order, on every table phrase."""
    from syndicate.extract.chrome_text import ad_label, classify, cta_kind, related_heading
    from syndicate.extract.rules.phrases import AD_LABELS, RELATED_HEADINGS

    samples = list(AD_LABELS) + list(RELATED_HEADINGS) + [
        "- Advertisement -", "Read more »", "Tell us your opinion in the comments.", "12 Comments",
        "Sign up for our newsletter", "Follow us on Instagram", "Donate now", "Download our app",
        "Continue reading", "Subscribe", "Share this article", "Contact us", "A sentence about the harbour.",
    ]
    for text in samples:
        a, r, c = ad_label(text), related_heading(text), cta_kind(text)
        expected = ("ad", a) if a else ("related", r) if r else ("cta", c) if c else None
        assert classify(" ".join(text.split())) == expected, text


def test_footer_link_list_items_are_no_ctas():
    menu = ("<ul><li><a href='/impressum'>Impressum</a></li><li><a href='/kontakt'>Kontakt</a></li>"
            "<li><a href='/newsletter'>Newsletter</a></li><li><a href='/abo'>Abonnieren</a></li></ul>")
    doc = parse(article(footer=menu))
    assert not doc.ctas


def test_newsletter_prompt_prefers_the_heading_over_form_labels():
    box = ("<div class='mc4wp-form'><form action='/nl'><label>Bitte dieses Feld leer lassen</label>"
           "<input type='text' name='hp'><h4>Der Newsletter am Morgen</h4><label>E-Mail</label>"
           "<input type='email' name='EMAIL'></form></div>")
    doc = parse(article(after=box))
    (cta,) = doc.ctas
    assert (cta.kind, cta.text) == ("newsletter", "Der Newsletter am Morgen")
