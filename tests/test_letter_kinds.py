"""A subscription box whose words say what comes by mail (news or updates to receive, a blog)
and name no price or paid access is an e-mail list, ``newsletter``, not a paid ``subscribe``
(``ask_kinds._letter_box``). Small pages written for the project, in English and German.
"""

from __future__ import annotations

from regionpages import article_in, page, parse, parse_intact


def box(cls: str, words: str, label: str, href: str) -> str:
    return f"<div class='{cls}'><p>{words}</p><a class='button' href='{href}'>{label}</a></div>"


def test_a_subscribe_box_to_receive_the_news_is_a_newsletter():
    """"Be the first to receive industry news and product announcements" with a "Subscribe"
    button: what the reader gets is mail, a newsletter."""
    raw = page(side=box("subscribe-box", "Be the first to receive industry news and product announcements.",
                        "Subscribe", "/subscribe"))
    doc = parse(raw)
    assert [c.kind for c in doc.ctas] == ["newsletter"]


def test_a_german_box_to_receive_the_news_is_a_newsletter():
    """"Erhalten Sie jede Woche die Neuigkeiten aus dem Hafen" with "Jetzt abonnieren": a newsletter
    (German)."""
    raw = article_in("de", sidebar=box("abo-box", "Erhalten Sie jede Woche die Neuigkeiten aus dem Hafen.",
                                       "Jetzt abonnieren", "/abonnieren"))
    doc = parse_intact(raw, "de")
    assert [c.kind for c in doc.ctas] == ["newsletter"]


def test_a_blog_subscription_link_is_a_newsletter():
    """A "Subscribe" button to the blog's subscription form ("/form/blog-subscription"): the
    blog's posts by mail, a newsletter."""
    raw = page(after="<div class='subscribe-cta'><a class='button' href='/form/blog-subscription'>Subscribe</a></div>")
    doc = parse(raw)
    assert [c.kind for c in doc.ctas] == ["newsletter"]


def test_a_paid_offer_to_get_the_news_stays_subscribe():
    """"Get the latest news for $1 a month": a price, a paid subscription."""
    raw = page(side=box("subscribe-box", "Get the latest news for just $1 a month.", "Subscribe", "/subscribe"))
    doc = parse(raw)
    assert [c.kind for c in doc.ctas] == ["subscribe"]
