"""Promo boxes among the article's paragraphs (``extract/inline_promos.py``): a banner set
apart in the text (a pitch and a link styled as a button, by a class word or by utility
classes) whose words name no CTA kind, opening an offer's page, is a CTA ``other``, reported
at the banner (its picture column too) and taken out of the body; each copy in the text is
one CTA. A box of cards alike, a teaser's "Learn more" to a story and the article's head
stay as they are. Small pages written for the project, in English and German.
"""

from __future__ import annotations

import lxml.html

from regionpages import TEXTS, article_in, parse
from syndicate.extract.inline_promos import promo_box


def banner(title: str, pitch: str, label: str, href: str, cls: str = "btn btn-primary") -> str:
    """A banner: a picture column beside a text column holding a title, a pitch and a button."""
    return (f"<div class='promo-{len(title)}'><div class='row'><div class='col-pic'>"
            f"<img src='/media/banner.png' alt=''></div><div class='col-text'>"
            f"<h3>{title}</h3><p>{pitch}</p><a class='{cls}' href='{href}'>{label}</a>"
            f"</div></div></div>")


def inline(doc) -> list[tuple[str, str]]:
    return [(c.kind, c.position.placement) for c in doc.ctas if c.position.placement == "inline"]


CASES = (
    ("en", banner("Launch your business today", "Forming a company takes courage; we make the paperwork easy.",
                  "Start my company", "/formation/limited-liability-company/state")),
    ("de", banner("Ihr Kredit in zehn Minuten", "Holen Sie sich das Geld, das Sie brauchen, zu einem fairen Zins.",
                  "Jetzt beantragen", "/angebote/kredit-antrag",
                  cls="inline-flex rounded-lg bg-brand px-5 py-3 text-white")),
)


def test_banner_with_a_button_to_an_offer_page_is_a_cta():
    """An English banner with a ``btn`` link, a German one with a utility-class button: one
    CTA ``other`` inline each, its pitch out of the body, the article's text kept."""
    for lang, box in CASES:
        doc = parse(article_in(lang, between=box))
        assert inline(doc) == [("other", "inline")], (lang, inline(doc))
        text = doc.text()
        assert "Forming a company" not in text and "zu einem fairen Zins" not in text, lang
        assert all(t in text for t in TEXTS[lang]), lang


def test_the_same_banner_repeated_in_the_text_is_one_cta_per_copy():
    lang, box = CASES[0]
    p = TEXTS[lang]
    raw = article_in(lang, between=box + f"<p>{p[1]}</p>" + box.replace("promo-", "promo-x"))
    assert inline(parse(raw)) == [("other", "inline")] * 2


def test_cards_alike_a_teaser_and_the_articles_head_are_no_promo():
    """Guards: two product cards alike side by side (a listing's entries), a teaser box whose
    "Learn more" opens another story, a head box holding the date beside a button."""
    card = ("<div class='card'><img src='/p.png' alt=''><p>A compact lamp with a warm light and a timer.</p>"
            "<a class='btn' href='/shop/lamp'>Lamp details</a></div>")
    cards = f"<div class='cards'>{card}{card.replace('lamp', 'desk-lamp')}</div>"
    teaser = banner("More on the harbour", "How the old wall was built a century ago, and by whom.",
                    "Learn more", "/news/how-the-old-harbour-wall-was-built")
    head = ("<div class='article-header'><p>February 1, 2024</p><p>18 min read</p>"
            "<a class='google_cta' href='https://www.google.com/preferences/source?q=example.com'>Add us</a></div>")
    doc = parse(article_in("en", between=cards))
    assert inline(doc) == [], inline(doc)
    # (the teaser's box and the head, asked of the rule itself: other rules may report their
    # button alone, none the box)
    for box, path in ((teaser, ".//div[@class='col-text']"), (head, ".")):
        el = lxml.html.fromstring(box).find(path)
        assert promo_box(el, frozenset({"example.com"}), "https://example.com/news/harbour-wall") is None, box[:40]
    shop = lxml.html.fromstring(CASES[0][1]).find(".//div[@class='col-text']")
    assert promo_box(shop, frozenset({"example.com"}), "https://example.com/news/harbour-wall") == "other"


def nested(pitch: str, label: str, href: str, depth: int = 6) -> str:
    """A page builder's promo section: a picture column and a text column, each nested
    ``depth`` wrappers deep, the button in a section of its own below the pitch."""
    def wrap(inner: str, name: str) -> str:
        for i in range(depth):
            inner = f"<div class='el-{name}-{i}'>{inner}</div>"
        return inner
    button = wrap(f"<a class='el-button el-button-link' href='{href}'>{label}</a>", "btn")
    text = wrap(f"<p>{pitch}</p>", "text")
    return (f"<div class='builder builder-template'><section class='el-section'><div class='el-col-33'>"
            f"<img src='/media/promo.jpg' alt=''></div><div class='el-col-66'>{text}{button}</div>"
            f"</section></div>")


def test_promo_nested_deep_by_a_page_builder_is_one_cta_per_copy():
    """English "Apply now" to a loan page and German "Jetzt starten" to a sign-up, each box
    nested deeper than the body's box climb reaches and set twice in the text: one CTA
    ``other`` at each copy's outer box, its pitch out of the body."""
    cases = (
        ("en", "Get the cash you need with a low-interest personal loan today.", "Apply now",
         "/web-offers/get-rate/loan-amount-purpose"),
        ("de", "Starten Sie Ihr eigenes Unternehmen in wenigen Minuten und ohne Papierkram.", "Jetzt starten",
         "/gruendung/gmbh-gruenden/antrag"),
    )
    for lang, pitch, label, href in cases:
        box = nested(pitch, label, href)
        p = TEXTS[lang]
        doc = parse(article_in(lang, between=box + f"<p>{p[1]}</p>" + box))
        found = [(c.kind, c.locator) for c in doc.ctas]
        assert found == [("other", "/html/body/main/article/div/div[1]"),
                         ("other", "/html/body/main/article/div/div[2]")], (lang, found)
        assert pitch not in doc.text(), lang
        assert all(t in doc.text() for t in p), lang
