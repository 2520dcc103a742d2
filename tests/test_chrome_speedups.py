"""The chrome pass's shortcuts answer as the patterns they stand for (speed only)."""

from __future__ import annotations

import re

import pytest

from syndicate.extract import chrome, chrome_text, class_hints, ctas, region_names, related
from syndicate.extract.firstchars import first_chars
from syndicate.extract.rules import chrome_patterns as rules


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"abc|d", {"a", "d"}),
    (r"(?:x|y)?z", {"x", "y", "z"}),
    (r"\d* ?comments?", set("0123456789 c")),
    (r"[a-c]b", {"a", "b", "c"}),
    (r"(?<![a-z])nav", {"n"}),
])
def test_first_chars(pattern: str, expected: set[str]) -> None:
    assert first_chars(pattern) == expected


def test_first_chars_ignorecase_gives_both_cases() -> None:
    assert first_chars("read|More", re.IGNORECASE) == {"r", "R", "m", "M"}


@pytest.mark.parametrize("pattern", [r"a*", r"\w+", r"[^a]b", r".x", r"(?:a|b)*c?", "é|a", r"(?:a|)"])
def test_first_chars_gives_up(pattern: str) -> None:
    # empty match possible, a class it does not follow, or a first character beyond ASCII
    assert first_chars(pattern) is None


def test_first_chars_says_where_every_match_starts() -> None:
    for pattern in (r"(?:read|see) (?:more|all)", r"\d+ (?:comments?|replies)", r"(?:the )?news(?:letter)?"):
        start = first_chars(pattern)
        assert start is not None
        for text in ("read more", "see all", "12 comments", "3 replies", "the newsletter", "news"):
            m = re.match(pattern, text)
            if m is not None:
                assert text[0] in start


@pytest.mark.parametrize(("text", "expected"), [
    ("Advertisement", ("ad", "Advertisement")),
    ("- ADVERTISEMENT -", ("ad", "ADVERTISEMENT")),
    ("Related articles", ("related", "Related articles")),
    ("» Read more", ("cta", "read_more")),
    ("12 Comments", ("cta", "comments")),
    ("Subscribe now", ("cta", "subscribe")),
    ("Zebra crossing", None),
    ("Read more about the budget in our annual report", None),
])
def test_classify_by_first_character_as_whole_pattern(text: str, expected: tuple[str, str] | None) -> None:
    assert chrome_text.classify(text) == expected
    # the whole pattern gives the same answer as the one narrowed to the first character
    assert (chrome_text._ANY.match(text) is not None) == (expected is not None)


@pytest.mark.parametrize("value", [
    "site-nav", "related-posts", "sponsored-links", "newsletter-box", "share-bar", "main-menu",
    "entry-content", "col-md-8", "post-12345", "td-module-thumb", "comments-area", "tagcloud",
])
def test_class_words_needed_rule_out_only_what_names_nothing(value: str) -> None:
    expected = (
        bool(rules.NAVIGATION.search(value)), related.is_related_class(value),
        related.is_sponsored_class(value), ctas.class_kind(value))
    assert rules.CLASS_WORDS_NEEDED is not None
    if rules.CLASS_WORDS_NEEDED.search(value) is None:
        assert expected == class_hints.NOTHING
    class_hints.hint_info.cache_clear()
    assert class_hints.hint_info(value) == expected


def test_labelled_controls_in_document_order() -> None:
    from lxml import html

    from syndicate.extract.sharebars import labelled_controls

    root = html.fromstring(
        "<html><body><div role='button' id='d1'>x</div><ul><li title='Facebook' id='l1'>f</li>"
        "<li id='l2'>plain</li></ul><span aria-label='Share on X' id='s1'></span>"
        "<span id='s2'>no label</span><div role='region' id='d2'></div>"
        "<p title='not a control' id='p1'>p</p></body></html>")
    assert [x.get("id") for x in labelled_controls(root)] == ["d1", "l1", "s1"]


@pytest.mark.parametrize(("cls", "eid", "menu", "edge"), [
    ("site-header", None, False, True),
    ("post-header", None, False, False),   # the article's own header part
    (None, "main-menu", True, False),
    ("x", "footer-123", False, True),
    ("widget", "post-98765", False, False),
])
def test_area_words_of_class_and_id_apart(cls: str | None, eid: str | None, menu: bool, edge: bool) -> None:
    from lxml import etree


    el = etree.Element("div")
    if cls:
        el.set("class", cls)
    if eid:
        el.set("id", eid)
    area = region_names.area_of(el, "div")
    assert (area == region_names.MENU) == menu
    assert (area == region_names.EDGE) == edge


@pytest.mark.parametrize("markup", [
    "<a href='/x'>  Some   headline </a>",   # a leaf: its own text
    "<a href='/x'></a>",                      # no text at all
    "<a href='/x'>Read <b>more</b> here</a>",  # children: their text and tails
    "<p>one<!-- a comment -->two</p>",        # a comment child: its text is no text
])
def test_text_content_as_lxml_gives_it(markup: str) -> None:
    from lxml import html

    from syndicate.extract.chrome_util import text_content

    el = html.fragment_fromstring(markup)
    assert text_content(el) == el.text_content()


@pytest.mark.parametrize(("cls", "eid"), [
    ("newsletter-box", None), ("x", "newsletter"), ("card", "post-123"), (None, "donate-now"),
    ("comment-list newsletter", None), ("", ""),
])
def test_cta_box_class_kind_read_as_on_class_and_id_together(cls: str | None, eid: str | None) -> None:
    from lxml import html

    from syndicate.extract import cta_boxes

    el = html.fragment_fromstring("<div><h3>Our newsletter</h3><a href='/signup'>Sign up</a></div>")
    if cls:
        el.set("class", cls)
    if eid:
        el.set("id", eid)
    hint = f"{cls or ''} {eid or ''}".strip().lower()
    expected = ctas.class_kind(hint) if hint else None
    # cta_class is the first test class_kind makes, on class and id apart
    assert (expected is None) or cta_boxes.cta_class(el)


def test_nested_box_inherits_its_parents_missing_stems() -> None:
    from lxml import html

    from syndicate.extract import cta_boxes

    root = html.fromstring(
        "<html><body><div id='outer'><div id='inner'><p>Photos of the day</p>"
        "<a href='/gallery/1'>See the gallery</a></div></div>"
        "<div id='box'><div id='in'><p>Get our newsletter every morning</p>"
        "<a href='/signup'>Sign up</a></div></div></body></html>")
    for outer_id, inner_id in (("outer", "inner"), ("box", "in")):
        outer, inner = root.get_element_by_id(outer_id), root.get_element_by_id(inner_id)
        alone = cta_boxes.cta_box(inner, "div", 1)
        plain: set = set()
        cta_boxes.cta_box(outer, "div", 1, plain=plain)
        # the memo only ever skips a text that holds no stem: same answer with or without it
        assert cta_boxes.cta_box(inner, "div", 1, plain=plain) == alone
    assert cta_boxes.cta_box(root.get_element_by_id("in"), "div", 1) == "newsletter"
    assert cta_boxes.cta_box(root.get_element_by_id("inner"), "div", 1) is None


def test_region_scan_collects_comment_candidates_in_document_order() -> None:
    from lxml import html

    from syndicate.extract import regions
    from syndicate.extract.comment_sections import comment_candidates

    root = html.fromstring(
        "<html><body><section class='Comments'><div id='respond'></div></section>"
        "<div class='post'><a href='/a'>a</a></div><div id='disqus_thread'></div>"
        "<div class='kommentare-liste'></div><div class='ad'></div></body></html>")
    walk = regions._Regions(None, frozenset(), set(), set(), set())
    walk.count_links(root)
    assert walk.comments == comment_candidates(root)
    assert [el.get("id") or el.get("class") for el in walk.comments] == [
        "Comments", "respond", "disqus_thread", "kommentare-liste"]  # ("omment" in "kommentare")


@pytest.mark.parametrize(("cls", "names_ad"), [
    ("site-header shadow", False),  # "ad" inside words: no ad word
    ("thread-loading breadcrumb", False),
    ("x2Adbox", False),  # no camelCase break after a digit: the word is "x2adbox"
    ("ad-slot", True),
    ("boxinlineAd", True),  # camelCase: the word "ad"
    ("sidebarAds2", True),  # a compound name (AD_COMPOUND)
    ("col bottomad", True),
    ("quads-location", True),  # a theme's ad class name whose "ad" opens no word
    ("trc_related_container", True),  # a network class
    ("werbung", True),
    ("header-banner-wrapper", True),  # a format name
    ("Ünïcode adslot", True),
])
def test_can_name_ad_rules_out_only_strings_without_ad_names(cls: str, names_ad: bool) -> None:
    from syndicate.extract import ad_words, ads
    assert ad_words.can_name_ad(cls) is names_ad
    classes = tuple(cls.split())
    # the full look-up agrees: a string ruled out names no network, ad container or format
    full = (ads._class_network(classes), ads._generic_classes(classes),
            any(ads._format_name(c) for c in classes))
    if not names_ad:
        assert full == (None, False, False)
    else:
        assert full != (None, False, False)


@pytest.mark.parametrize("h", ["main content", "brand", "this and that", "x-and-y", "hid", "hidden-xs",
                               "elementor-widget", "sidebar-widget", "post-text", "nothing here", "-ad- slot"])
def test_any_of_answers_as_the_whole_pattern(h: str) -> None:
    from syndicate.extract import element_hints
    from syndicate.extract.rules import boilerplate
    for alternation in (boilerplate.MAYBE, boilerplate.NEGATIVE, r"\band\b|article|(?<!x-)widget"):
        assert element_hints._any_of(alternation)(h) == (re.search(alternation, h) is not None)


def _consent_page() -> str:
    return """<html><body><div class="page"><main><p>Story text.</p>
    <div class="wrap"><div><div><div><div><div><div><div><div><div><div><div><div>
      <a id="deep" href="/x">Subscribe</a></div></div></div></div></div></div></div></div></div></div></div></div></div>
    </main></div>
    <div role="dialog" class="notice"><p>We use cookies to improve the site. Cookies help us
      measure visits; please accept cookies or manage your choices.</p>
      <div><button id="c1">Accept</button></div><div><span><button id="c2">Sign up</button></span></div></div>
    <div class="bar"><a id="out" href="/s">Subscribe</a></div>
    </body></html>"""


def test_consent_climb_memo_gives_the_answers_of_fresh_climbs() -> None:
    # (a memo shared across one page's CTAs answers as a climb of each alone: a sibling's
    # climb stops where they meet, a too-deep CTA reaches no panel either way)
    from lxml import html as lhtml

    from syndicate.extract.chrome import Found
    from syndicate.extract.consent_ctas import in_consent_panel
    from syndicate.model import CallToAction

    root = lhtml.fromstring(_consent_page())
    ids = ("c2", "c1", "deep", "out", "c2")
    fresh = [in_consent_panel(Found(root.get_element_by_id(i), CallToAction(id=""))) for i in ids]
    assert fresh == [True, True, False, False, True]  # (the dialog's two buttons only)
    memo: dict = {}
    shared = [in_consent_panel(Found(root.get_element_by_id(i), CallToAction(id="")), memo) for i in ids]
    assert shared == fresh


@pytest.mark.parametrize("markup", [
    "<div>Read <b>more</b> </div>",
    "<div> <!-- c --> Read more</div>",
    "<div><b>Read more</b><!-- tail -->x</div>",
    "<div>Adver<span>tisement</span>\n</div>",
])
def test_label_of_one_leaf_child_reads_as_text_content(markup: str) -> None:
    # the walk's text of a one-child label equals lxml's text_content(), whitespace collapsed
    from lxml import html as lhtml

    el = lhtml.fragment_fromstring(markup)
    seen: list[str] = []
    original = chrome.classify_short

    def spy(text: str) -> tuple[str, str] | None:
        seen.append(text)
        return original(text)

    chrome.classify_short = spy  # type: ignore[assignment]
    try:
        chrome._Walk(el, None)._by_text(el, "div")
    finally:
        chrome.classify_short = original  # type: ignore[assignment]
    assert seen == [" ".join(el.text_content().split())]


def test_literal_search_finds_a_literal_wherever_one_occurs() -> None:
    """Literals found by a rare character of their own (and the rest of them behind it) are
    found wherever the written alternation finds one, at the start, the end, overlapping."""
    literals = ("facebook", "fb-messenger", "t.me", "x.com", "mailto:", "sms:", "book", "q",
                "über", "news.google")
    anchored = rules.literal_search(literals)
    written = re.compile("|".join(re.escape(x) for x in literals))
    for text in ("facebook", "xfacebookx", "faceboo", "acebook", "t.me/x", "tme", "x.co",
                 "mailto", "sms:?", "über", "uber", "news.googl", "news.google.com", "b", "",
                 "fb-messenge", "ok", "zzz", "bbb", "aqa"):
        assert (anchored.search(text) is None) == (written.search(text) is None), text
    assert rules.literal_search(("ab", "cd")).search("xcd") is not None


def test_walk_over_the_callers_node_list_finds_the_same() -> None:
    """``detect_chrome`` given the page's node list (the reader holds one) walks it as it
    walks the tree: the same items, skipped subtrees and navigation alike."""
    from syndicate.readers.tree import parse_tree

    root = parse_tree(
        "<html><body><nav class='menu'><a href='/a'>Start</a><a href='/abo'>Abonnieren</a></nav>"
        "<article><p>Der Artikel beginnt hier mit einem langen Satz über die Stadt.</p>"
        "<div class='share-buttons'><a href='https://www.facebook.com/sharer/sharer.php?u=x'>Teilen</a>"
        "<a href='https://twitter.com/intent/tweet?url=x'>Twittern</a></div>"
        "<!-- Kommentar --><script>var a = 1;</script>"
        "<div class='newsletter-box'><h3>Newsletter</h3><form><input type='email'>"
        "<button>S'inscrire</button></form></div>"
        "<p>Publicité</p><div class='ad-slot' id='div-gpt-ad-1'></div></article></body></html>")
    walked = [(f.element, type(f.item).__name__) for f in chrome.detect_chrome(root, None)]
    listed = [(f.element, type(f.item).__name__) for f in chrome.detect_chrome(root, None, list(root.iter()))]
    assert walked == listed
    assert len(walked) >= 2


def test_classes_and_ids_are_each_nodes_own() -> None:
    """``classes_and_ids``: the class and id of each node of the page's list, in its order
    (None without one, and for a comment), as ``get`` reads them, and its tag; the body analysis given
    them measures the page as it does reading them itself."""
    from syndicate.extract.chrome_util import classes_and_ids
    from syndicate.extract.content import analyse
    from syndicate.readers.tree import parse_tree

    root = parse_tree(
        "<html><body><div id='page' class='wrap'><!-- Navigation --><nav class='menu main-nav'>"
        "<a href='/'>Accueil</a></nav><article class='post'><h1>Überschrift</h1>"
        "<p class='lead'>Ein langer erster Absatz, mit Kommas, der den Artikel eröffnet und erklärt.</p>"
        "<p>Un deuxième paragraphe, assez long lui aussi, pour que la page ait un article.</p>"
        "<div class='sidebar-widget' id='w1'><p>Lesen Sie auch</p></div></article></div></body></html>")
    nodes = list(root.iter())
    classes, ids, tags = classes_and_ids(nodes)
    assert tags == [n.tag for n in nodes]
    assert classes == [n.get("class") if isinstance(n.tag, str) else None for n in nodes]
    assert ids == [n.get("id") if isinstance(n.tag, str) else None for n in nodes]
    assert "menu main-nav" in classes and "w1" in ids and None in classes
    given = analyse(root, set(), nodes=nodes, names=(classes, ids, tags))
    read = analyse(root, set(), nodes=nodes)
    assert given.text_len == read.text_len and given.scores == read.scores and given.why == read.why
    assert given.why  # (the menu and the side widget: skipped by their class/id)


def test_link_count_over_the_node_list_counts_the_same() -> None:
    """The region pass's link count walking the reader's node list (with its classes and
    ids) collects what its tag-filtered walk of the tree collects."""
    from syndicate.extract.chrome_util import classes_and_ids
    from syndicate.extract.regions import _Regions
    from syndicate.readers.tree import parse_tree

    root = parse_tree(
        "<html><body><div id='comments' class='kommentare'><p>Noch keine Kommentare</p></div>"
        "<ul><li class='btn-abo'><a href='/abo'>Abo</a></li><li><a href='/b'>B</a></li></ul>"
        "<!-- Teilen --><a class='button cta' href='/essai'>Essai gratuit</a>"
        "<a id='nl-btn' href='mailto:redaktion@example.org'>Schreiben Sie uns</a>"
        "<a href='https://www.facebook.com/example'>Facebook</a><span aria-label='Partager'>P</span>"
        "<div role='button' class='share'>Teilen</div><form><textarea></textarea></form></body></html>")
    nodes = list(root.iter())
    walks = [_Regions(None, frozenset(), set(), set(), set()) for _ in range(2)]
    walks[0].count_links(root)
    walks[1].count_links(root, nodes, classes_and_ids(nodes))
    for name in ("hrefs", "comments", "buttons_a", "named_a", "styled_boxes", "follows", "jumps",
                 "controls", "labelled", "textareas", "page_hrefs"):
        assert getattr(walks[0], name) == getattr(walks[1], name), name
    assert walks[0].links == walks[1].links and walks[0].buttons == walks[1].buttons
    assert walks[0].comments and walks[0].buttons_a


def test_narrowed_patterns_answer_as_the_whole_one_in_both_cases() -> None:
    for text in ("Read more", "read MORE", "RELATED ARTICLES", "7 comments", "Werbung", "werbung"):
        found, swapped = chrome_text.classify(text), chrome_text.classify(text.swapcase())
        assert found is not None and swapped is not None and found[0] == swapped[0]
        narrowed = chrome_text._any_from(text[0])
        assert narrowed is not None
        assert (narrowed.match(text) is not None) == (chrome_text._ANY.match(text) is not None)


@pytest.mark.parametrize(("markup", "limit", "forms"), [
    ("<div><form><input name='e'><button>Go</button></form><p>x</p></div>", 2000, 2),
    ("<div><p>no form <a href='/a'>here</a></p></div>", 2000, 0),
    ("<form><input name='e'><input name='f'></form>", 2, 2),  # (the scan stops: the form, one input)
    ("<div><form></form></div>", 0, 0),                        # (nothing scanned)
])
def test_text_stats_forms_count_the_form_parts_scanned(markup: str, limit: int, forms: int) -> None:
    from lxml import html

    from syndicate.extract.chrome_util import text_stats

    el = html.fragment_fromstring(markup)
    assert text_stats(el, max_elements=limit).forms == forms


def test_text_stats_link_and_paragraph_text_as_text_content() -> None:
    from lxml import html

    from syndicate.extract.chrome_util import norm, text_stats

    el = html.fragment_fromstring(
        "<div><p>Intro <b>bold</b> text<!-- c --> end</p>"
        "<a href='/a'>Read <span>the  whole</span>\n story</a><a>no target</a></div>")
    stats = text_stats(el)
    links = [a for a in el.iter("a") if a.get("href")]
    assert stats.links == 1
    assert stats.link_chars == sum(len(norm(a.text_content())) for a in links)
    assert stats.longest_p == max(len(norm(p.text_content())) for p in el.iter("p"))


@pytest.mark.parametrize(("cls", "hidden"), [
    ("d-none", True), ("card hidden", True), ("u-hidden x", True), ("d-none d-md-block", False),
    ("hidden lg:flex", False), ("hidden-xs", False), ("hide-title", False), ("no-hide", False),
    ("invisible", True), ("visible-lg invisible", False), ("menu", False),
])
def test_hiding_class_as_is_hidden_reads_it(cls: str, hidden: bool) -> None:
    from lxml import html

    from syndicate.extract.element_hints import hiding_class, is_hidden

    assert hiding_class(cls) is hidden
    assert is_hidden(html.fragment_fromstring(f"<div class='{cls}'>x</div>")) is hidden
    # (a page's body hidden by class is shown by a script)
    assert not is_hidden(html.document_fromstring(f"<html><body class='{cls}'><p>x</p></body></html>").body)


@pytest.mark.parametrize("text", [
    "12 Comments", "Leave a comment", "Sign up for our newsletter", "Subscribe now", "Share",
    "Follow us", "Donate", "Download the app", "Read more", "Contact us", "Kommentare (3)",
    "Advertisement", "Related articles",
])
def test_kind_is_the_last_group_closed(text: str) -> None:
    # (the named group of a kind holds unnamed ones: it still closes last)
    m = chrome_text._ANY.match(text)
    assert m is not None
    assert m.lastgroup == next(k for k, v in m.groupdict().items() if v is not None)
