"""Class/id patterns match tokens and words, not substrings (extract/classtokens.py)."""

from syndicate.extract.classtokens import ClassMatcher, base_part, words


def test_words_split_bem_camel_and_numbers() -> None:
    assert words("site-header") == ("site", "header")
    assert words("siteHeader") == ("site", "header")
    assert words("card__title--has-image") == ("card", "title")
    assert words("ad300x250") == ("ad",)
    assert base_part("node--has-ads--big") == "node--big"
    assert words("d89a7a04-1b5b-402c-ad05-11a6144efd07") == ()
    assert words("modal_2110a1e7-afbc-4454") == ("modal", "afbc")


def test_modifiers_and_longer_words_do_not_match() -> None:
    m = ClassMatcher(word=("ads", "promo", "header", "menu", "widget"), prefix=("advert",))
    assert m.match("x--has-ads") is None
    assert m.match("node node--promoted") is None
    assert m.match("subheader") is None
    assert m.match("menuitem-count") is None
    assert m.match("shadow") is None
    assert m.match("site-header") == "header"
    assert m.match("promo-box") == "promo"
    assert m.match("top-advertisement") == "advert"


def test_token_only_and_multiword_patterns() -> None:
    m = ClassMatcher(token=("widget",), word=("read-more",), substring=("outbrain",))
    assert m.search("widget widget_text")
    assert not m.search("c-product-widget")
    assert m.search("post-read-more")
    assert m.search("readMore")
    assert not m.search("read-the-more")
    assert m.search("OUTBRAIN_widget")
    assert not m.search(None)


def test_css_module_hashes_and_long_tokens() -> None:
    assert words("Header_falcCta__bzGq2") == ("header", "falc", "cta")
    m = ClassMatcher(word=("header", "share"))
    assert m.match("kt-pane-header-alignment-left") is None  # a setting, not a header
    assert m.match("why-we-share-our-data") is None  # a heading's slug
    assert m.match("site-header-inner") == "header"
    assert m.match("ArticleComponent_shareList__xn_As") == "share"


def test_vocabulary_search_never_hides_a_match():
    """The one search that rules out values with none of a matcher's words gives the same
    answers as the token rules: camelCase, numbered, BEM and hashed names included."""
    from syndicate.extract.classtokens import ClassMatcher

    m = ClassMatcher(word=("header", "read-more", "ad"), token=("widget",), prefix=("advert",),
                     substring=("taboola",))
    assert m._maybe is not None
    cases = {
        "site-header": "header", "subheader": None, "c-readMore": "read-more", "ad300x250": "ad",
        "top-Advertisement": "advert", "x--has-ads": None, "widget": "widget", "Widgets": None,
        "trc_taboolaFeed": "taboola", "SiteHeader_root__x1Yz2": "header", "footer nav": None,
        "": None, "READ-MORE": "read-more", "shadow": None,
    }
    for value, expected in cases.items():
        assert m.match(value) == expected, value
        assert m._match.__func__(m, value) == expected, value


def test_vocabulary_search_is_off_when_it_cannot_rule_anything_out():
    from syndicate.extract.classtokens import ClassMatcher

    assert ClassMatcher(prefix=("",)).__dict__["_maybe"] is None
    assert ClassMatcher(word=("kopf\u00e9",)).__dict__["_maybe"] is None


def test_a_number_on_a_css_module_local_name_is_a_variant() -> None:
    # "header2" of a CSS module ("styles_header2__5lsAa") is a second heading style, no page
    # header; a number set apart ("header-2") or on a plain name stays an instance number
    assert words("styles_header2__5lsAa") == ("styles", "header2")
    m = ClassMatcher(word=("footer",), prefix=("header",))
    assert m.match("styles_all__Vis5Y styles_header2__5lsAa undefined") is None
    assert m.match("styles_footer3__aB1cD") is None
    assert m.match("header2") == "header"
    assert m.match("site-header-2") == "header"
    assert m.match("Page_header__x1Yz2") == "header"


def test_a_section_heading_styled_header2_by_a_css_module_stays_in_the_body() -> None:
    from regionpages import TEXTS, parse_intact, text_page

    p = [f"<p>{t}</p>" for t in TEXTS["en"]]
    heading = "<h2 class='styles_all__Vis5Y styles_header2__5lsAa undefined'>What the council decided</h2>"
    doc = parse_intact(text_page("".join([p[0], p[1], heading, p[2], p[3]]), "en"), "en")
    assert "What the council decided" in doc.text()
