"""The short cuts of ClassMatcher (per-token search, per-word answers, one-token values,
the shortened vocabulary search) give the documented answers (extract/classtokens.py)."""

from syndicate.extract.classtokens import ClassMatcher


def test_a_token_without_a_key_is_skipped_and_the_next_one_still_matches() -> None:
    m = ClassMatcher(word=("ad", "promo"), prefix=("header",))
    assert m.match("shadow download promo-box") == "promo"  # ("ad" inside words only)
    assert m.match("shadow download") is None
    assert m.match("subheader page-header") == "header"
    assert m.match("  ad  ") == "ad"  # one token, spaces around


def test_a_key_held_by_a_shorter_key_still_names_its_own_pattern() -> None:
    # "adsense" and "ads" hold "ad": the vocabulary search needs only "ad", the answer
    # is still the pattern that matched.
    m = ClassMatcher(word=("ad", "ads"), prefix=("adsense",), substring=("adsbygoogle",))
    assert m.match("adsense-unit") == "adsense"
    assert m.match("top-ads") == "ads"
    assert m.match("ad-slot") == "ad"
    assert m.match("xadsbygooglex") == "adsbygoogle"
    assert m.match("roads adsense") == "adsense"


def test_words_seen_in_one_token_answer_the_same_in_another() -> None:
    m = ClassMatcher(word=("share",), prefix=("comment",))
    assert m.match("share-bar") == "share"
    assert m.match("why-we-share-our-data") is None  # (a long token: ends only)
    assert m.match("share-why-we-our-data") == "share"
    assert m.match("comments-list") == "comment"
    assert m.match("ArticleComments_root__x1Yz2") == "comment"
    assert m.match("post-commentary sharer") == "comment"  # ("sharer" is no word "share")


def test_values_without_capitals_match_words_after_every_separator() -> None:
    # (such values are searched for words only where one starts; camelCase has capitals)
    m = ClassMatcher(word=("header", "read-more"), token=("ad",), substring=("outbrain",))
    assert m.match("site.header") == "header"
    assert m.match("a/b:header") == "header"
    assert m.match("x\theader") == "header"
    assert m.match("post_read-more") == "read-more"
    assert m.match("subheader myad") is None
    assert m.match("siteHeader") == "header"
    assert m.match("myoutbrainbox") == "outbrain"
    assert m.match("x ad") == "ad"
    assert m.match("x\u00e9 header") == "header"  # (not ASCII: searched everywhere)


def test_substrings_are_found_whichever_character_they_are_searched_from() -> None:
    m = ClassMatcher(substring=("ai2html", "disqus", "taboola", "yom-remote", "x.y"))
    for value, expected in {
        "g-ai2html-box": "ai2html", "mydisqusthread": "disqus", "trc_TaboolaFeed": "taboola",
        "yom-remote-x": "yom-remote", "ax.yb": "x.y", "ai2htm isqus aboola yomremote xzy": None,
    }.items():
        assert m.match(value) == expected, value


def _match_through_ruled_out(m: ClassMatcher, value: str) -> str | None:
    """``_match`` as it was before its ``_ruled_out`` test was written out in it."""
    if m._ruled_out(value):
        return None
    raws = value.split()
    if len(raws) == 1:
        return m._token_words(raws[0], raws[0].lower())
    return next((found for raw in raws if (found := m._token(raw)) is not None), None)


def test_the_written_out_search_answers_as_ruled_out_does() -> None:
    import random

    from syndicate.extract.classtokens import matcher
    from syndicate.extract.rules import boilerplate

    rng = random.Random(7)
    pieces = ["ad", "ads", "menu", "item", "post", "Header", "widget", "disqus", "outbrain", "x",
              "comment", "share", "readMore", "nav", "ai2html", "yom-remote", "123", "2eeb96c", "é"]
    seps = ["-", "_", " ", "--", ".", ":", "/", "\t", "\n", ""]
    values = ["".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(1, 6)))
              for _ in range(3000)]
    values += ["".join(rng.choice("abdegimnorstuwy-_ 2AQ") for _ in range(rng.randint(1, 30)))
               for _ in range(3000)]
    tables = [boilerplate.UNLIKELY, boilerplate.INNER_CHROME,
              {"word": ("promo",), "substring": tuple(f"vendor{i}" for i in range(12))},
              {"word": ("menu",)}, {"token": ("é",)}]
    for table in tables:
        m = matcher(table)
        for value in values:
            if value.strip():
                assert m._match(value) == _match_through_ruled_out(m, value), (table, value)
