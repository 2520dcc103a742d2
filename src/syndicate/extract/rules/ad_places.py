"""What an ad slot's FORMAT says about where it stands, as data for ``extract/ad_place.py``.

A slot's format is trade vocabulary (IAB and ad-server names) written in its class or id, its
``data-*`` values, or its sizes. Some formats only ever stand beside the page: a skyscraper or a
half-page in a gutter or a side rail, a wallpaper/skin/fireplace around the page, a sticky
adhesion bar. Such a slot is ``outside`` unless it stands between two body blocks of the
article (then it is ``inline`` whatever its name).
"""

from __future__ import annotations

#: Words of a slot's class/id naming a format or a place beside the page (matched whole,
#: after splitting at -, _ and camelCase): "sideAd", "ad-gutter", "skin-ad", "rail-ad".
#: Bare "left"/"right" are no such word: two rectangles side by side under the article are
#: "ad-left" and "ad-right". Left out: "sky" (Tailwind's sky-50 colours), "anchor" (a
#: scroll anchor of an in-text slot), "interstitial" (a slot between article fields).
SIDE_WORDS = frozenset({
    "side", "lateral", "gutter", "gutters", "rail", "siderail", "sidebar", "sitebar", "aside",
    "skin", "wallpaper", "skyscraper", "fireplace", "halfpage", "adhesion", "seitenleiste",
    "laterale",
    # "sky": the skyscraper's short name in ad-server and site names ("ga-sky-left", "sad_sky",
    # "sky-right-wrapper")
    "sky",
    # out-of-page formats (drawn over or around the page, never in its flow): "ad--out-of-page"
    # is joined to "outofpage"; "habillage" is the French skin
    "oop", "outofpage", "habillage", "1x1",
})
#: Format names glued to another word ("skyscraperprimary", "wallpaperContainer",
#: "sidebarad"): a word starting with one of these stems.
SIDE_STEMS = ("skyscraper", "wallpaper", "fireplace", "halfpage", "gutter", "sidebar", "sitebar")
#: Format names in a ``data-*`` value ("data-ns=halfpage", "data-format=skyscraper"): only the
#: format names, not bare position words (a value "left" may say anything).
SIDE_VALUE_STEMS = ("skyscraper", "wallpaper", "fireplace", "halfpage", "gutter", "sidebar", "sitebar")
#: A size is a tall side format (skyscraper 120/160x600, half page 300x600, 300x1050) when it
#: is at most this wide and at least ``TALL_RATIO`` times as high as wide.
TALL_MAX_WIDTH = 300
#: A size at most this wide and high is an out-of-page slot's (GPT's 1x1 and 0x0).
PIXEL_MAX = 1
#: Unit-path words of 1x1 slots that start a video inside the article text (outstream).
IN_TEXT_PIXEL_UNITS = ("teads", "outstream", "inread", "inarticle", "incontent")
TALL_RATIO = 2
