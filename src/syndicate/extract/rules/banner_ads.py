"""Where an image banner of another firm stands when it is an ad (``extract/banner_ads.py``).

Class/id words, matched whole after ``chrome_util.words`` splits the names (-, _, camelCase).
"""

from __future__ import annotations

#: How many ancestors of a banner's box are read for the place it stands in.
BANNER_SIDE_CLIMB = 8
#: Words naming a side column or a widget area (en de fr es it pt nl): a banner there is one
#: the page placed beside its article. ("widget" alone is none: page builders call every
#: box one, a header's logo too.)
BANNER_SIDE_WORDS = frozenset({
    "sidebar", "sidebars", "aside", "side", "rail", "siderail", "widgetarea", "secondary", "seitenleiste", "lateral", "laterale", "barra", "zijbalk",
    "rightcol", "leftcol", "rightcolumn", "leftcolumn", "rightside", "leftside", "rightbar",
    "leftbar", "colright", "colleft", "rightrail", "leftrail", "sidebarright", "sidebarleft",
})
#: Words naming a footer (a funder's, a member's or a partner's logo stands there, no ad).
BANNER_FOOT_WORDS = frozenset({
    "footer", "foot", "fusszeile", "pied", "piedepagina", "rodape", "colophon", "bottom",
})
#: Characters of text a banner's box may hold outside its link and heading (an
#: "Anzeige"/"Advertisement" label; a sentence is a funder's or a member's note).
MAX_LOOSE_CHARS = 20
#: Class/id words naming a box of its own in a column (a theme's or a widget plugin's).
BANNER_BOX_WORDS = frozenset({"widget", "textwidget", "block", "box", "module", "panel", "banner", "portlet"})
#: Ad sizes (IAB and common trade sizes, width x height) a banner is declared at (its width
#: and height attributes or style, or its file name "skyscraper_300x600px"). 88x31 and
#: 80x15 are left out: the web's badge sizes.
IAB_SIZES = frozenset({
    (300, 250), (336, 280), (728, 90), (970, 90), (970, 250), (300, 600), (160, 600), (120, 600),
    (300, 1050), (468, 60), (234, 60), (320, 50), (320, 100), (300, 50), (300, 100), (250, 250),
    (200, 200), (180, 150), (125, 125), (120, 240), (240, 400), (970, 66), (980, 120), (800, 250),
})
#: Words of a banner picture's file name or alt text that call it one (matched whole).
BANNER_FILE_WORDS = frozenset({
    "banner", "banners", "skyscraper", "leaderboard", "billboard", "werbebanner", "werbung",
    "anzeige", "advert", "advertisement", "advertising", "ad", "ads", "publicidad", "publicite",
    "publicidade", "pubblicita", "reklame", "sponsor", "sponsored",
})
#: Query keys of a paid link: an affiliate's or a campaign's ("linkcode": Amazon's
#: associates links; "csref": a dealer network's campaign reference; "afftrack", "aff_num":
#: affiliate networks' tracking keys).
PAID_QUERY_KEYS = frozenset({
    "utm_campaign", "utm_source", "utm_medium", "campaign", "csref", "aff", "affid", "aff_id",
    "affiliate", "affiliate_id", "linkcode", "afftrack", "aff_num", "affiliateid",
})
#: Words of a picture's file name, alt text or of the names of the link, the picture or the
#: box saying it is a logo, a badge or a button (a member's, a partner's, a licence's):
#: no banner, whatever else says so.
NOT_BANNER_WORDS = frozenset({
    "logo", "logos", "footerlogo", "badge", "badges", "button", "btn", "icon", "seal", "siegel",
    "member", "mitglied", "certified", "award", "dmca", "counter", "powered",
})
#: A stack of this many boxes or more side by side in one column, each a lone picture link
#: to another host (and as many hosts), is a column of sold boxes (a local paper's dealers).
STACK_BOXES = 3
