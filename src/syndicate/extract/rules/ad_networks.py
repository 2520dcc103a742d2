"""Ad networks and generic ad containers, as data (the algorithm is in ``extract/ads.py``,
the reading of the page's scripts in ``extract/ad_scripts.py``).

Class and id values are matched as *tokens*, never as substrings: a class attribute is split
into class names, and each name into words at ``-``, ``_`` and camelCase boundaries
("boxinlineAd" -> box inline ad; "td-a-rec" -> td a rec). So "header", "shadow", "load" or
"badge" never look like "ad".
"""

from __future__ import annotations

import re

# --------------------------------------------------------------------------- network signatures

#: Whole class names (lower-cased) that identify a network's slot element.
NETWORK_CLASSES: dict[str, str] = {
    "adsbygoogle": "adsense",
    "outbrain": "outbrain", "ob-widget": "outbrain", "ob_widget": "outbrain", "ob-smartfeed-wrapper": "outbrain",
    "trc_related_container": "taboola", "trc_rbox_container": "taboola", "taboola": "taboola",
    "taboola-widget": "taboola", "taboola-container": "taboola",
    "mgid": "mgid", "mgbox": "mgid", "mg-widget": "mgid",
    "rc-widget": "revcontent", "revcontent": "revcontent", "rc_widget": "revcontent",
    "amzn-native-container": "amazon", "amzn_assoc_ad_div": "amazon", "amazon-ad": "amazon",
    "amazon_ad": "amazon", "amzn-ad": "amazon",
    "prebid": "prebid", "pb-slot": "prebid", "prebid-ad": "prebid",
    "gpt-ad": "gpt", "dfp-ad": "gpt", "dfp-slot": "gpt", "googledfpad": "gpt", "google-ad-manager": "gpt",
    "s2nplayer": "sendtonews", "send2news": "sendtonews", "connatix-container": "connatix",
    "beopwidget": "beop",
    # WordPress.com's WordAds box ("wpa", around its "About these ads"/"Advertisements" label
    # and the atatags placeholder): 3 sites of the corpus
    "wpa": "wordads",
}

#: Words of a class name that name a network on their own ("taboola-sidebar"); generic
#: words such as "dfp" only name the network of a generic container (``NETWORK_WORDS``).
NETWORK_CLASS_WORDS: dict[str, str] = {
    "taboola": "taboola", "outbrain": "outbrain", "mgid": "mgid", "revcontent": "revcontent",
    "adsbygoogle": "adsense", "zergnet": "zergnet", "dianomi": "dianomi",
    "iqadtile": "iqdigital", "nativo": "nativo", "trendmd": "trendmd",
    # ad servers and networks drawing into a box of their own name ("teads" is not here: GPT
    # units for Teads carry it, "dfp-slot-TEADS_OUTSTREAM"; its own box is its placeholder id)
    "advally": "advally", "fengchao": "fengchao", "admediator": "admediator",
    # Carambola's in-content units: the box its loader script creates the unit in
    "carambola": "carambola",
    # vdo.ai's video units ("et_vdoai", "div-vdoai-mid-<n>")
    "vdoai": "vdoai",
    # Hashtag Labs' (HTL) ad mounts: "htlad-<site>_<unit>" as a class or id, or "htlad-adhesion",
    # "htlad-out_of_page" (empty until its script fills them; 3 sites of the corpus)
    "htlad": "htl",
}

#: A search for the ``NETWORK_CLASS_WORDS`` in a lower-cased id: most ids hold none, and only
#: those that do are split into words (``ads._id_word_network``).
NETWORK_WORD_HINT = re.compile("|".join(sorted(NETWORK_CLASS_WORDS)))

#: Regular expressions over the ``id`` attribute (as written) -> network.
NETWORK_IDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), net) for p, net in (
        (r"^div-gpt-ad", "gpt"),
        (r"^(?:google_ads_(?:iframe|div)|gpt[-_]ad|dfp[-_]ad)", "gpt"),
        (r"^taboola-", "taboola"),
        (r"^outbrain", "outbrain"),
        (r"^M\d+ScriptRootC\d+", "mgid"),
        (r"^(?:rc[-_]widget|rcjsload)", "revcontent"),
        (r"^amzn[-_]assoc[-_]ad", "amazon"),
        (r"^(?:prebid|pb[-_]slot)[-_]", "prebid"),
        (r"^zergnet", "zergnet"),
        (r"^iqadtile", "iqdigital"),
        (r"^nativo", "nativo"),
        (r"^trendmd", "trendmd"),
        (r"^ym_\d+$", "yieldmo"),  # (Yieldmo's placement box: ``<div id="ym_123" class="ym">``)
    )
)

#: Id prefixes (the id's first word) of networks that draw their unit into an EMPTY placeholder
#: element -> network. Such a network also names content it reads for its targeting
#: (nativendo's "nativendo-article" on the article, "nativendo-title" on the h1), so its id
#: makes a slot only of an empty box. Each seen on 3+ sites of the corpus (atatags 6,
#: nativendo 5 as slots; plista on 4, its ``plista_widget_*`` box on 2, its ``data-widget`` below).
PLACEHOLDER_IDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), net) for p, net in (
        (r"^atatags-", "wordads"),  # WordAds (Automattic): ``atatags-<section>-<hash>``
        (r"^nativendo-", "nativendo"),
        (r"^plista_widget_", "plista"),
        # ad servers' and networks' own placeholders: AdMediator's ``admediator-<site>-<zone>``,
        # Teads' in-text box, media.net's ``medianet…ad`` units
        (r"^admediator-\d", "admediator"),
        (r"^teads[-_]", "teads"),
        (r"^medianet\w*ad$", "medianet"),
        # Ezoic's numbered placeholder, an empty ``<span>`` or ``<div>`` its script fills
        # (``ezoic-pub-ad-placeholder-109``; a ``data-ez-ph-id`` span beside it)
        (r"^ezoic-pub-ad-placeholder-\d", "ezoic"),
    )
)
#: What every ``PLACEHOLDER_IDS`` pattern starts with.
PLACEHOLDER_ID_START = re.compile(r"atatags|nativendo|plista|admediator|teads|medianet|ezoic")

#: What every ``NETWORK_IDS`` pattern starts with (one match rejects most ids).
NETWORK_ID_START = re.compile(r"div-gpt|google_ads|gpt|dfp|taboola|outbrain|M\d|rc|amzn|prebid|pb|zergnet|iqadtile|"
                              r"nativo|trendmd|ym_")

#: Attributes whose presence identifies a network's slot element.
NETWORK_ATTRIBUTES: dict[str, str] = {
    "data-ad-client": "adsense",
    "data-ad-slot": "adsense",
    "data-google-query-id": "gpt",
    "data-ad-unit-path": "gpt",
    "data-dfp-id": "gpt",
    "data-ob-template": "outbrain",
    "data-amzn-ad": "amazon",
    "data-aax_size": "amazon",
    "data-pbjs": "prebid",
    "data-prebid": "prebid",
    "data-revive-zoneid": "revive",
    "data-asm-host": "adspirit",
    # Ziff Davis' ad library: ``<div data-pogo="sidebar">``, the slot's name as the value
    "data-pogo": "pogo",
}

#: Component names (as a mount attribute's value) of native networks.
_COMPONENT_NETWORKS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?i:outbrain)$"), "outbrain"), (re.compile(r"^(?i:taboola)$"), "taboola"),
)

#: Attribute -> (value regex, network) pairs that identify a network's slot element.
NETWORK_ATTRIBUTE_VALUES: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    "data-type": ((re.compile(r"^_mgwidget$"), "mgid"),),
    "data-widget-host": ((re.compile(r"revcontent|habitat"), "revcontent"),),
    "data-endpoint": ((re.compile(r"revcontent"), "revcontent"),),
    "data-src": ((re.compile(r"outbrain"), "outbrain"),),
    "data-widget": ((re.compile(r"^plista_widget_"), "plista"),),
    # a front-end component named after the network (React/Vue mounts: empty until they run)
    "data-react-component": _COMPONENT_NETWORKS,
    "data-component": _COMPONENT_NETWORKS,
}

#: Words of a generic container's class or id that name its network ("dfp-slot-top").
NETWORK_WORDS: dict[str, str] = {
    "dfp": "gpt", "gpt": "gpt", "doubleclick": "gpt", "googletag": "gpt", "dfpad": "gpt",
    "adsense": "adsense", "taboola": "taboola", "outbrain": "outbrain", "prebid": "prebid",
    "amazon": "amazon", "amzn": "amazon", "mgid": "mgid", "revcontent": "revcontent",
}

#: Default format of each network's slots.
NETWORK_FORMATS: dict[str, str] = {
    "adsense": "display", "gpt": "display", "amazon": "display", "prebid": "display",
    "outbrain": "native", "taboola": "native", "mgid": "native", "revcontent": "native",
    "sendtonews": "video", "connatix": "video", "adfox": "display", "clickio": "display",
    "revive": "display", "adspirit": "display", "zergnet": "native", "dianomi": "native",
    "iqdigital": "display", "nativo": "native", "trendmd": "native", "yieldmo": "display",
    "wordads": "display", "nativendo": "native", "plista": "native", "advally": "display",
    "teads": "video", "fengchao": "display", "admediator": "display", "medianet": "native",
    "beop": "native", "ezoic": "display", "adbutler": "display", "vdoai": "video",
}

#: Native recommendation networks: when their widget is filled with links it is a sponsored
#: related block rather than an ad slot.
NATIVE_NETWORKS = frozenset({"outbrain", "taboola", "mgid", "revcontent", "zergnet", "dianomi", "nativo", "trendmd",
                             "nativendo", "plista"})

#: data-ad-format / data-ad-layout values of AdSense native (in-feed, matched content) units.
ADSENSE_NATIVE_FORMATS = frozenset({"fluid", "autorelaxed", "in-article", "in-feed"})

# --------------------------------------------------------------------------- inline scripts

#: ``googletag.defineSlot('/unit', sizes, 'div-id')`` (sizes: [w, h], [[w, h], ...] or 'fluid').
GPT_DEFINE_SLOT = re.compile(
    r"""defineSlot\(\s*['"]([^'"]{1,300})['"]\s*,\s*(\[[\d\s,\[\]'"a-z]{0,400}\]|['"]fluid['"])\s*,\s*['"]([^'"]{1,200})['"]"""
)
#: ``googletag.defineOutOfPageSlot('/unit', 'div-id')``.
GPT_OUT_OF_PAGE = re.compile(r"""defineOutOfPageSlot\(\s*['"]([^'"]{1,300})['"]\s*,\s*['"]([^'"]{1,200})['"]""")
#: One [w, h] pair in a size list.
SIZE_PAIR = re.compile(r"\[\s*(\d{1,4})\s*,\s*(\d{1,4})\s*\]")
#: ``_taboola.push({mode: 'x', container: 'id', placement: 'y'})``.
TABOOLA_PUSH = re.compile(r"_taboola\.push\(\s*\{([^{}]{0,600})\}")
TABOOLA_FIELD = re.compile(r"""\b(mode|container|placement|target_type)\s*:\s*['"]([^'"]{1,200})['"]""")
#: The Taboola publisher id in its loader URL.
TABOOLA_PUBLISHER = re.compile(r"cdn\.taboola\.com/libtrc/([\w.-]{1,100})/loader\.js")

#: AdSense attributes set by a script that builds the ``ins`` element (tagDiv themes):
#: ``setAttribute("data-ad-client", "ca-pub-1")`` or ``'data-ad-slot': '123'``.
SCRIPT_AD_ATTRIBUTE = re.compile(
    r"""['"](data-ad-(?:client|slot|format|layout|layout-key))['"]\s*[,:]\s*['"]([^'"]{1,100})['"]"""
)

#: Legacy AdSense configuration (``google_ad_client = "ca-pub-1"; google_ad_width = 300;``).
LEGACY_ADSENSE_FIELD = re.compile(
    r"""\bgoogle_ad_(client|slot|width|height)\s*=\s*['"]?([\w-]{1,100})"""
)


def _word_start(*literals: str) -> str:
    """Any of ``literals`` where a word starts (``\\b(?:a|b)`` for literals opening with a word
    character), written literal first: the regex engine skips to where a literal's first
    character is instead of trying the word boundary at every character."""
    return "|".join(f"{re.escape(x)}(?<!\\w{re.escape(x)})" for x in literals)


#: Inline scripts that display an ad in their parent element -> network.
AD_SCRIPT_CALLS: tuple[tuple[re.Pattern[str], str | None], ...] = (
    (re.compile(r"googletag\.display\("), "gpt"),
    (re.compile(r"adsbygoogle\s*=\s*window\.adsbygoogle|\(adsbygoogle\s*=|adsbygoogle\.push"), "adsense"),
    (re.compile(r"apstag\.|amzn_assoc_"), "amazon"),
    (re.compile(r"pbjs\.(?:que|requestBids|renderAd)"), "prebid"),
    # (a placement names its container; ``{flush: true}`` and page settings are no slot)
    (re.compile(r"_taboola\.push\(\s*\{[^{}]{0,600}\bcontainer\b"), "taboola"),
    (re.compile(r"OBR\.extern|outbrain\.com/outbrain\.js"), "outbrain"),
    (re.compile(_word_start("tmntag.adTag", "adTag(", "showAd(", "displayAd(", "renderAd(", "loadAd(", "OAS_AD(")), None),
    # Legacy AdSense (``google_ad_client = "ca-pub-..."`` before show_ads.js).
    (re.compile(_word_start("google_ad_client") + r"\s*="), "adsense"),
    (re.compile(r"adfoxCode\.create\("), "adfox"),
    (re.compile(_word_start("__lxGc__") + r"\b"), "clickio"),
    # Revive / OpenX document.write zone tags.
    (re.compile(r"document\.MAX_used|/delivery/ajs\.php"), "revive"),
    # a publisher's own placement call (``hearstPlaceAd("OOP")``, ``placeAd('top')``)
    (re.compile(r"[a-z]PlaceAd\(|" + _word_start("placeAd(")), None),
    # WordAds (Automattic): ``__ATA.initVideoSlot('atatags-...')``, ``__ATA.initDynamicSlot``
    (re.compile(r"__ATA\.init\w{0,20}Slot\("), "wordads"),
    # AdButler's async zone tag: ``AdButler.ads.push({handler: … AdButler.register(acct, zone,
    # [728,90], 'placement_…')})`` after the ``document.write`` of its placement div, served from
    # servedbyadbutler.com or a publisher's own ad host (``ads.securityweek.com/app.js``)
    (re.compile(r"AdButler\.register\("), "adbutler"),
)
#: Text every ``AD_SCRIPT_CALLS`` pattern needs (each pattern contains one of these
#: literally): a script holding none of them is not scanned with the patterns.
AD_SCRIPT_HINTS = (
    "googletag.display(", "adsbygoogle", "apstag.", "amzn_assoc_", "pbjs.", "_taboola.push",
    "OBR.extern", "outbrain.com/outbrain.js", "adTag", "Ad(", "OAS_AD(", "google_ad_client",
    "adfoxCode", "__lxGc__", "MAX_used", "ajs.php", "__ATA.", "AdButler.register(",
)

#: ``<script src>`` of ad tags that draw the ad where they stand (document.write tags, in-place
#: widgets) -> network: the box holding one (and nothing visible) is that network's slot.
#: Loaders (adsbygoogle.js, gpt.js, outbrain.js...) are not here: they sit anywhere.
AD_SCRIPT_SOURCES: tuple[tuple[str, str], ...] = (
    ("googlesyndication.com/pagead/show_ads.js", "adsense"),
    ("ad.doubleclick.net/adj/", "gpt"),
    ("amazon-adsystem.com/widgets/onejs", "amazon"),
    ("/delivery/ajs.php", "revive"),
)
#: Hosts (and their subdomains) of ad servers whose ``<iframe src>`` IS the slot: the frame
#: draws the ad or the native unit where it stands (MGID's frame below the article, an Amazon
#: banner, an ad server's creative).
AD_FRAME_HOSTS: dict[str, str | None] = {
    "mgid.com": "mgid", "amazon-adsystem.com": "amazon", "doubleclick.net": "gpt",
    "googlesyndication.com": "adsense", "taboola.com": "taboola", "outbrain.com": "outbrain",
    "revcontent.com": "revcontent", "adverticum.net": None, "serving-sys.com": None,
    "advertising.com": None, "adnxs.com": None, "criteo.com": None, "criteo.net": None,
    "adform.net": None, "smartadserver.com": None, "yieldlove.com": None,
}
#: The host of an absolute or protocol-relative URL.
URL_HOST = re.compile(r"^(?:https?:)?//([^/?#:\s]{1,200})", re.IGNORECASE)

#: Inline-script calls that draw an ad into the element whose id they name, wherever the script
#: stands (often in the head): Nitropay's ``createAd('Content_Top_Mobile', ...)``, iq digital's
#: ``AdController.render('iqadtile4')``, ``googletag.display('slot-id')``.
SCRIPT_SLOT_CALL = re.compile(
    r"""\b(createAd|AdController\.render|googletag\.display)\(\s*['"]([\w.:/-]{1,120})['"]"""
)
#: Text every ``SCRIPT_SLOT_CALL`` match holds (``ad_scripts.scan_scripts`` tests them one by one).
SCRIPT_SLOT_HINTS = ("createAd(", "AdController.render(", "googletag.display(")
#: The network of each ``SCRIPT_SLOT_CALL`` call.
SCRIPT_SLOT_NETWORKS = {"createAd": None, "AdController.render": "iqdigital", "googletag.display": "gpt"}

#: One search over a ``src`` for any ``AD_SCRIPT_SOURCES`` entry.
AD_SCRIPT_SOURCE = re.compile("|".join(re.escape(host) for host, _ in AD_SCRIPT_SOURCES))

# --------------------------------------------------------------------------- generic containers

#: Whole class names or ids (lower-cased) of ad containers on common themes and sites.
AD_CLASS_NAMES = frozenset({
    "td-a-rec", "td-g-rec", "td-a-ad", "td-all-devices", "td-adspot-title", "td_ad_img",
    "adsbygoogle", "ad-slot", "adslot", "ad-unit", "adunit", "ad-container", "ad-wrapper",
    "ad-wrap", "ad-box", "adbox", "ad-block", "ad-zone", "adzone", "ad-space", "adspace",
    "ad-banner", "banner-ad", "bannerad", "adbanner", "ad-placeholder", "ad-placement",
    "advert", "adverts", "advertisement", "advertising", "sponsored-ad", "vendor-unit",
    "quads-location", "wp-ad", "g-single", "adsense", "ads", "ad",
    "mpu", "skyscraper", "superbanner", "billboard-ad", "bbccom_advert",
    "priad", "dfp", "gpt", "vestpocket", "ezoic-ad", "ezoic-adpicker-ad", "adthrive-ad", "mv-ad-box",
    # AdRotate (WordPress): one ad's box, "a-single a-12" ("g-single" in older versions;
    # groups are "g g-3"), beside its ad's number
    "a-single",
})

#: AdRotate's (WordPress) box of one ad in a group, under any disguise: the plugin writes the
#: group "g g-3" around "g-single a-12" by default (``AD_CLASS_NAMES``), and with its ad-blocker
#: disguise it glues one random string to both letters ("gbalday gbalday-26" around
#: "gbalday-single abalday-134"). Group 1: the string, which the ad's number class repeats
#: after "a" (``ads._class_signal`` checks; 2 sites of the corpus disguise it, 4 do not).
AD_PLUGIN_SINGLE = re.compile(r"(?:^|\s)g([a-z]{2,16})-single(?:\s|$)")

#: Words (from class names and ids split at -, _ and camelCase) that mark an ad container.
AD_WORDS = frozenset({
    "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertisements", "advertising",
    "adslot", "adslots", "adunit", "adunits", "adbox", "adzone", "adspace", "adspot", "adwrap",
    "adwrapper", "adcontainer", "adholder", "adplace", "adsense", "dfp", "gpt", "doubleclick",
    "admanager", "skyscraper", "mpu", "medrec", "superbanner", "dfpad",
    "googlead", "bannerad", "adbanner", "werbung", "anzeige", "adtech", "adform", "adngin",
    "priad", "adblade", "adlabel", "adserver", "adservers",
    # an ad word glued before its place ("adleft", "adside": ``AD_COMPOUND``'s other order)
    "adside", "adleft", "adright",
    # the word in other languages (es, pt, it, fr, nl; de above)
    "publicidad", "publicidade", "pubblicita", "publicite", "reclame", "advertentie", "advertenties",
    "werbe", "werbebanner", "werbeflaeche", "reklama",
})

#: Ad words glued to a position word in one class name or id ("bottomad", "sidebarAds").
AD_COMPOUND = re.compile(
    r"^(?:top|bottom|left|right|side|sidebar|mid|middle|inline|header|footer|content|article|"
    r"inread|incontent|leaderboard|sticky|float|mobile|desktop)_?(?:ad|ads|advert)\d*$",
    re.IGNORECASE,
)

#: Ad FORMAT and position names (IAB and trade names) as words of a class name or id, alone or
#: glued to a container word ("billboardcontainer", "skyscraperPrimary", "cb-inread-content",
#: "mreccontainer"). Weaker than ``AD_WORDS`` ("a billboard" is also a big teaser, "rectangle"
#: a CSS shape): they make an ad slot only of an EMPTY box (no visible text, no image) that
#: carries a hook for the ad script (an id or data-* attribute, or a script, in it): what a
#: page holds before its ad script fills the slot. ("sky" and "interstitial" are left out:
#: Tailwind's sky-50 colours, paywall interstitials.)
#: A number glued on between the format and the container word names the slot's place in a
#: series and is read like the bare word ("Medrec1Container" of a styled component: the
#: word split keeps "medrec1container" whole, as it keeps no camelCase after a digit).
AD_FORMAT_WORD = re.compile(
    r"^(?:top|bottom|side|mid|sticky|super|mobile|desktop|header|footer)?"
    r"(?:billboard|skyscraper|leaderboard|halfpage|mrec|medrec|mpu|rectangle|inread|"
    r"inpage|incontent|outstream|superbanner|wallpaper|fireplace|pushdown|leader)\d{0,2}"
    r"(?:(container|wrapper|wrap|holder|placeholder|slot)|content|box|area|zone|unit|primary|"
    r"secondary|left|right|top|bottom|btf|atf)?$"
)
#: Container words beside a format word in one class name ("leaderboard-container",
#: "halfpage_wrapper"; glued on, ``AD_FORMAT_WORD``'s group 1): the box is made to hold the
#: slot, so an empty one is a slot without a hook for the ad script (a styled component's
#: ``Medrec1Container`` carries none: the script finds it by its component).
AD_FORMAT_CONTAINERS = frozenset({"container", "wrapper", "wrap", "holder", "placeholder", "slot"})
#: The format names of ``AD_FORMAT_WORD``: every match holds one (most class strings and ids
#: hold none).
AD_FORMAT_STEMS = (
    "billboard", "skyscraper", "leaderboard", "halfpage", "mrec", "medrec", "mpu", "rectangle",
    "inread", "inpage", "incontent", "outstream", "superbanner", "wallpaper", "fireplace", "pushdown",
    # a leaderboard's short name ("dcoContentLeader1")
    "leader",
)
#: "banner" alone names hero images, cookie and newsletter bars too: it names an ad format
#: only with a position or size word in the same name ("header-banner-wrapper",
#: "sticky_banner", "sitebar-banner") or glued to one ("bigbanner", "fullbanner-spacer").
AD_BANNER_POSITIONS = frozenset({
    "top", "bottom", "header", "footer", "side", "sidebar", "sitebar", "sticky", "super", "big",
    "full", "half", "mid", "middle", "wide", "billboard", "skyscraper", "leaderboard",
})
AD_BANNER_WORD = re.compile(
    r"^(?:top|bottom|header|footer|side|sidebar|sitebar|sticky|super|big|full|half|mid|wide)"
    r"banner(?:container|content|wrapper|wrap|box|slot|holder|placeholder|area|zone|spacer)?$"
)
#: Words that name an ad slot in some sites' jargon or language but are common words too:
#: French "pub" (publicité; also a publication's date or list), "sky" (a skyscraper; also
#: Tailwind's sky colours), "creative" (what an ad server draws; also a CMS word), "oms" (the
#: German marketer's slots, "oms_intext_container"; also Spanish for the WHO). Like the
#: format words they make a slot only of an EMPTY box with a hook, and only beside a second
#: piece of evidence in the same class name or id: a slot position or format word
#: (``AD_SLOT_EVIDENCE``) or an ad size ("pub-300x600", "pub_pave_haut", "sky-right-wrapper").
AD_WEAK_WORDS = frozenset({"pub", "pubs", "sky", "creative", "oms"})
#: Positions and formats of an ad slot (en, fr, de, es, it) that back an ``AD_WEAK_WORDS`` word.
AD_SLOT_EVIDENCE = frozenset({
    "top", "bottom", "left", "right", "side", "sidebar", "header", "footer", "middle", "mid",
    "inarticle", "incontent", "intext", "btf", "atf", "sticky", "slot",
    "haut", "haute", "bas", "basse", "gauche", "droite", "milieu", "oben", "unten", "rechts",
    "arriba", "abajo", "izquierda", "derecha", "sinistra", "destra",
    "habillage", "pave", "banniere", "oreille", "dhtml", "interstitiel", "interstitial", "masthead",
    "branding", "skin", "wallpaper", "fullscreen", "billboard", "leaderboard", "skyscraper",
    "rectangle", "mpu", "banner",
})
#: An ad size as a word ("300x600").
AD_SIZE_WORD = re.compile(r"\d{2,4}x\d{2,4}")
#: A search for the format names (and "banner", and the weak ad words) in a lower-cased
#: class string or id.
AD_FORMAT_HINT = re.compile("|".join((*AD_FORMAT_STEMS, "banner", *(f"{w}(?![a-z])" for w in sorted(AD_WEAK_WORDS)))))
#: Words beside a format word that say the box is something else ("inpage-nav", "sky-logo").
AD_FORMAT_NOT = frozenset({
    "nav", "navigation", "menu", "toc", "search", "logo", "icon", "image", "img", "photo",
    "picture", "video", "gallery", "title", "text", "caption", "heading", "link", "links",
    "button", "btn", "shape", "bg", "background", "news", "sports", "sport", "weather",
    "modal", "overlay", "popup", "cookie", "consent", "newsletter", "signup", "login",
    "cookiebanner", "alert", "notification", "notice", "gifting", "app", "promo", "subscribe",
    "paywall", "spacer", "margin",
    # a publication's details ("pub-date", "pub-info")
    "date", "dates", "time", "info", "meta", "author",
})
#: Tags whose presence makes a box no EMPTY slot (content, not an unfilled ad).
AD_FORMAT_CONTENT_TAGS = frozenset({
    "img", "picture", "video", "svg", "p", "li", "form", "input", "button", "h1", "h2", "h3",
    "h4", "h5", "h6", "table", "article", "nav",
})

#: Words that, in the same class name, mean the class describes a state or a page-level
#: switch rather than an ad container ("has-ads", "no-ad", "ads-enabled", "adblock-notice").
AD_STATE_WORDS = frozenset({
    "has", "no", "with", "without", "enabled", "disabled", "free", "off", "blocker",
    "adblock", "adblocker", "blocked", "detect", "detected", "notice", "choices", "consent",
    "cookie", "cookies", "html", "disclaimer", "disclosure", "policy", "feedback", "close",
    "status", "fallback", "active", "inactive", "exclude", "excluded",
    # layout helpers beside a slot (the space kept for it), not the slot
    "spacer", "margin",
})

#: Words that, in the same class name, say an ad word is an abbreviation of something else:
#: "adv" is "advanced" in Kadence's "kt-adv-heading" and "tribe-events-adv-list-widget".
AD_ABBREVIATION_NOT: dict[str, frozenset[str]] = {
    "adv": frozenset({"heading", "headings", "list", "search", "filter", "filters", "settings",
                      "options", "query"}),
}

#: Hash-made parts of class names and ids: a UUID, a hex run with a digit ("ad44488" of
#: Elementor's "elementor-element-ad44488", Webflow's "...-ad091978"), a CSS-module suffix
#: after "__" ("Bylines_publishDate__u6aAD"), a long random token ("iK9mG2ZV5tAdLgMKP"). Their
#: "ad" is no word. And a short random suffix in mixed case, every camelCase piece of it one or
#: two characters ("AdNyHd" of Shopify's "…__header_support_AdNyHd", "xAdQ9Kz"): no name is
#: written in three or more words of at most two letters.
HASH_PART = re.compile(
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    r"|(?<![^\s_-])(?=[0-9a-f]{0,40}[0-9])[0-9a-f]{6,}(?![^\s_-])"
    r"|(?<=__)(?=[A-Za-z]{0,7}[0-9A-Z])[A-Za-z0-9]{5,8}(?![^\s_-])"
    r"|(?<![^\s_-])(?=(?:[A-Za-z]{0,30}[0-9]+[A-Za-z]){3})(?=[a-z0-9]{0,30}[A-Z])(?=[A-Z0-9]{0,30}[a-z])"
    r"[A-Za-z0-9]{12,}(?![^\s_-])"
    r"|(?<![^\s_-])(?=[A-Za-z0-9]{5,}(?![^\s_-]))(?=[A-Z0-9]{0,12}[a-z])[a-z0-9]{0,2}(?:[A-Z][a-z0-9]?){3,}(?![^\s_-])"
)

#: Tags never reported as an ad slot (the page itself, or inline text).
NEVER_AD_TAGS = frozenset({
    "html", "head", "body", "main", "p", "a", "span", "b", "i", "em", "strong", "li", "ul",
    "ol", "tr", "td", "th", "table", "tbody", "h1", "h2", "h3", "h4", "h5", "h6", "img",
    "script", "style", "noscript", "form", "input", "button", "label", "textarea", "select",
})

#: Attributes whose value may be the slot's ad label (``aria-label="Advertisement"``,
#: ``data-label="Anzeige"``): an empty box so labelled is a slot.
LABEL_ATTRIBUTES = ("aria-label", "data-label", "data-ad-label",
                    # (a label the style sheet shows: ``content: attr(data-before-content)``)
                    "data-before-content")

#: Labels that need context (a slot-like neighbour) before an element holding only them is an
#: ad: they also name article sections ("Advertising" in a media article).
WEAK_AD_LABELS = frozenset({"ad", "ads", "advertising", "advert", "promoted", "sponsored", "reklam"})

#: Image alt texts of theme ad images (tagDiv's "spot_img").
AD_IMAGE_ALTS = frozenset({"spot_img", "td_ad_img", "ad_img"})

#: An ad slot holds little visible text: more than this many characters means the element
#: is a larger block (a page region or the article) carrying an ad-ish class.
MAX_AD_TEXT = 600
#: An element known as a slot only by the ad script inside it holds at most this much text
#: (a label).
MAX_SCRIPT_SLOT_TEXT = 100
#: ...and no paragraph longer than this (body text).
MAX_AD_PARAGRAPH = 160

# --------------------------------------------------------------------------- structural ad markup

#: Element names (without a "-") a page's own ad component may use; the HTML parser keeps
#: them as written (``<ad>``, ``<advertisement>``). Custom elements with a "-" (``<gpt-ad>``,
#: ``<atf-ad-slot>``) are read by their words (``ads.ad_signal``).
AD_ELEMENT_TAGS = frozenset({"ad", "ads", "advert", "advertisement", "advertising"})
#: AMP ad elements; their ``type`` names the network.
AMP_AD_TAGS = frozenset({"amp-ad", "amp-embed", "amp-sticky-ad", "amp-fx-flying-carpet"})
#: AMP ``type`` values -> network (others are kept as written).
AMP_AD_TYPES: dict[str, str] = {
    "doubleclick": "gpt", "adsense": "adsense", "taboola": "taboola", "outbrain": "outbrain",
    "mgid": "mgid", "revcontent": "revcontent", "teads": "teads", "a9": "amazon",
}
#: Attribute names that configure an ad slot on any site (``data-ad-format``, ``data-adunit``,
#: ``data-ad-position``...): their presence makes an element a generic ad slot.
AD_ATTRIBUTE = re.compile(
    r"^data-(?:ad|ads|adv|advert)(?:[-_]?(?:unit|slot|format|position|pos|size|sizes|zone|"
    r"placement|targeting|path|layout|config))?$|"
    r"^data-(?:ad|ads|adv|advert)[-_]",
    re.IGNORECASE,
)
#: ``data-ad-*`` attributes that are not slot configuration (a link marked for tracking).
#: (``data-ad-exclude``: where the page must NOT place an ad.)
AD_ATTRIBUTE_EXCLUDE = re.compile(
    r"^data-ads?[-_](?:tracking|click|link|id-link|analytics|exclude|excluded|free|disabled|blocked)",
    re.IGNORECASE,
)
#: An ad word as a whole word further on in a ``data-*`` name (``data-sdg-ad``,
#: ``data-js-ad-type``, ``data-js-prebid-type``, ``data-freestar-ad``): a site's own prefix
#: before the word. Such names also configure what a container does with the ads in it
#: (``data-sc-ad-label-height`` on an article body), so they make a slot only of an empty
#: box holding no slot of its own (``ads._attribute_signal``). Not after a negation
#: (``data-no-ads``), nor before the ``AD_ATTRIBUTE_EXCLUDE`` words.
AD_ATTRIBUTE_WORD = re.compile(
    r"(?<!^data)(?<!-no)(?<!-hide)(?<!-skip)[-_](?:ad|ads|adv|advert|prebid)"
    r"(?:[-_](?!(?:tracking|click|link|analytics|exclude|excluded|free|disabled|blocked)\b)|$)",
    re.IGNORECASE,
)
#: A GPT ad-unit path as an attribute value (``data-slot="/1234/site/top"``, ``5485/UK/...``).
GPT_UNIT_PATH = re.compile(r"^/?\d{3,12}(?:,\d+)?/[\w.-]+")
#: Attributes whose value may be a GPT ad-unit path.
UNIT_PATH_ATTRIBUTES = ("data-slot", "data-unit", "data-adunit", "data-path", "data-ad-path")
#: Most elements looked at for slots nested in an empty container (``ads.holds_slots``).
NESTED_SLOT_NODES = 200
#: Levels climbed from a slot element to the outermost element holding it and nothing else.
SLOT_CLIMB = 6
#: ...besides at most this many wrappers holding the slot alone (a one-item list and its item,
#: a card): a network's box in ``ul > li > article`` is reported at the element around them.
SLOT_WRAPPER_CLIMB = 4

# --------------------------------------------------------------------------- deferred ad code

#: Attributes in which an ad-insertion plugin keeps a slot's code base64-encoded, to write it
#: into the page by viewport or consent (WordPress Ad Inserter's ``data-code``): the empty
#: element carrying it is the slot.
ENCODED_CODE_ATTRIBUTES = ("data-code",)
#: Shortest encoded value worth decoding (a few tags of markup; ids and keys are shorter).
ENCODED_CODE_MIN = 40
#: Longest part of an encoded value decoded (the ad call is near the start).
ENCODED_CODE_MAX = 20_000
#: Base64 alone (standard alphabet, optional padding).
BASE64_VALUE = re.compile(r"[A-Za-z0-9+/]{40,}={0,2}")
#: A slot's own markup in decoded code -> network (None: an ad of no known network); first
#: match wins. Loaders and page settings (gpt.js, ``_taboola.push({flush: true})``) are no slot.
#: A GPT unit path written as a comment before its slot (``<!-- /1234/site/incontent -->``).
UNIT_PATH_COMMENT = re.compile(r"<!--\s*(/\d{3,12}/[\w./-]{1,200})\s*-->")
ENCODED_AD_MARKS: tuple[tuple[re.Pattern[str], str | None], ...] = (
    (re.compile(r"googletag\.display\(|defineSlot\(|div-gpt-ad|<!--\s*/\d{3,12}/[\w./-]+\s*-->"), "gpt"),
    (re.compile(r"class=[\"'][^\"']*\badsbygoogle\b|data-ad-slot"), "adsense"),
    (re.compile(r"_taboola\.push\(\s*\{[^{}]{0,600}\bcontainer\b|id=[\"']taboola-"), "taboola"),
    (re.compile(r"class=[\"'][^\"']*\bOUTBRAIN\b"), "outbrain"),
    (re.compile(r"amzn_assoc_placement|amazon-adsystem\.com/widgets"), "amazon"),
    (re.compile(r"\b(?:showAd|displayAd|renderAd|loadAd)\(|data-ad-unit|data-adunit"), None),
)
