"""The cheap pre-tests of ``extract/blocktext.py`` decide exactly as the patterns behind them."""

from __future__ import annotations

import re

import pytest

from syndicate.extract import blocktext as bt
from syndicate.extract.rules import boilerplate as rules

PROMOS = [
    "Follow us on Twitter for more", "Folgen Sie uns auf Instagram", "Síguenos en Facebook",
    "Download the free app today", "Subscribe now and save", "Click here to subscribe.",
    "Diesen Artikel mit anderen teilen", "Einfach hier klicken und lesen", "You must be logged in to post",
    "This entry was posted in News", "Zum Vergrößern auf das Bild klicken", "Leave a comment",
    "Last modified: May 2", "Categories: Travel", "Filed under: Sports", "Tel: 555 123, Fax: 555 124",
    "E-Mail: a@b.example and phone: 123", "A long story cut short … read more »",
    "SUBSCRIBE TODAY", "Join our Telegram channel on Telegram", "Canal de WhatsApp",
    # long s, dotless and dotted i: matched by the pattern's re.I, not by the lower-cased
    # keywords of their phrase (another keyword lets the text past the first test)
    "Click: ſubſcribe now", "Phone: clıck here to register", "Leave: follow us on Tw\u0130tter",
]
PLAIN = [
    "The hotel was full when the telegraph arrived.", "She decided to leave early.",
    "Download speeds rose in 2024.", "He will follow the rules...", "Call us at the office.",
    "The category of the case was unclear", "Weiterlesen lohnt sich.",
]


@pytest.mark.parametrize("text", PROMOS + PLAIN)
def test_promo_phrases_decide_as_the_whole_pattern(text: str) -> None:
    # (a text with no keyword at all is no promo, whatever the pattern says)
    keyword = any(k in text.lower() for k in rules.PROMO_KEYWORDS)
    whole = keyword and re.compile(rules.PROMO, re.I).search(text) is not None
    assert bt._is_promo(text) == whole == (text in PROMOS)


def test_promo_keywords_are_those_of_the_phrases() -> None:
    assert rules.PROMO == "|".join(p for p, _ in rules.PROMO_PHRASES)
    assert set(rules.PROMO_KEYWORDS) == {k for _, keys in rules.PROMO_PHRASES for k in keys}


def test_folds_lists_every_character_re_i_matches_to_an_ascii_letter() -> None:
    letter = re.compile("[a-z]", re.I)
    found = {chr(c) for c in range(128, 0x110000) if letter.match(chr(c))}
    assert found == {"\u0130", "\u0131", "\u017f", "\u212a"}
    assert all(bt._FOLDS.search(ch) for ch in found)


CAPTIONS = [
    "A view of the harbour (Photo: Jane Roe)", "The bridge at night (iStock / Getty)  ",
    "Harbour view © Jane Roe", "A protest in the square. REUTERS FILES",
    "Crowds gathered (Image credit: AP)\n", "Market day | © 2019 Studio Nine",
]
NOT_CAPTIONS = ["The harbour (it is old) is busy today.", "Files were lost.", "We met (briefly)."]
CREDITS = [
    "(Reporting by Jane Roe; Editing by John Doe)", "Reporting by Jane Roe; editing by Max Muster.",
    "Additional reporting by Ann Lee; writing by Bo Chan", "Jane Roe contributed reporting from Oslo.",
    "JANE ROE CONTRİBUTED REPORTING.",
]


@pytest.mark.parametrize("text", CAPTIONS + NOT_CAPTIONS)
def test_caption_tail_decides_as_its_pattern(text: str) -> None:
    assert bt._caption_tail(text) == (bt._CAPTION_TAIL.search(text) is not None)


#: The whole credit pattern, as the data table writes it (``_reporting_credit`` tries its kinds apart).
REPORTING_CREDIT = re.compile(rules.REPORTING_CREDIT, re.I)


@pytest.mark.parametrize("text", CREDITS + NOT_CAPTIONS)
def test_reporting_credit_decides_as_its_pattern(text: str) -> None:
    assert bt._reporting_credit(text) == (REPORTING_CREDIT.match(text) is not None)


PHRASES = [
    "Advertisement", "- Anzeige -", "Related: Ten ways to cook rice", "Lea también: El titular",
    "Read more", "Subscribe to our newsletter", "Facebook", "» Twitter «", "x", "• Pinterest",
    "E-Mail", "Copy link", "The harbour is busy today.", "Share: this story is long enough",
    "Facebook bought a company today", ":", "—", "Related：Headline",
]


@pytest.mark.parametrize("text", PHRASES + CREDITS + PROMOS + PLAIN)
@pytest.mark.parametrize("ad_labels", [True, False])
def test_reads_as_phrase_decides_as_the_phrase_tests(text: str, ad_labels: bool) -> None:
    from syndicate.extract import chrome_text as ct

    each = bool((ad_labels and ct.ad_label(text)) or ct.related_heading(text) or ct.cta_kind(text)
                or ct.social_network(text) or ct.related_prefix(text))
    assert ct.reads_as_phrase(text, ad_labels=ad_labels) == each
