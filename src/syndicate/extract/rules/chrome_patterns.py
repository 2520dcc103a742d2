"""Class/id and link patterns of related blocks and calls to action, as data.

Used by ``extract/related.py`` and ``extract/cta.py``. Class/id patterns are matched once per
element against the lower-cased ``class + " " + id``; they are plain alternations (linear).
Ad containers are in ``ad_networks.py``; visible phrases in ``phrases.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .push_asks import PUSH_WORDS_NEEDED

#: An alternative that is plain text: word characters, "-", ":", "/" and escaped dots.
_PLAIN = re.compile(r"(?:[\w\-:/]|\\\.)+")


def grouped_alternation(alternation: str, before: str = "", after: str = "", flags: int = 0) -> re.Pattern[str]:
    """``before(?:alternation)after`` compiled with its plain-text alternatives grouped by
    their first character (``a(?:bc|de)|f(?:g)``): the regex engine then tries one group per
    position instead of every alternative. A match is found wherever the written pattern finds
    one (these patterns are only searched, never read back); an alternation that is not all
    plain text is compiled as written."""
    alts = alternation.split("|")
    if not all(_PLAIN.fullmatch(a) for a in alts) or flags & re.IGNORECASE:
        return re.compile(f"{before}(?:{alternation}){after}", flags)
    return literal_search([a.replace("\\.", ".") for a in alts], before, after, flags)


def literal_search(literals: list[str] | tuple[str, ...], before: str = "", after: str = "",
                   flags: int = 0) -> re.Pattern[str]:
    """``before(?:l1|l2|...)after`` for plain (unescaped, non-empty) strings, grouped by their
    first character (see ``grouped_alternation``); only for searching, case-sensitive.
    Without ``before``, ``after`` and flags only whether a literal occurs is kept (the span
    of a match is not the literal's): see ``_anchored``."""
    if not before and not after and not flags:
        return re.compile(_anchored(literals))
    groups: dict[str, list[str]] = {}
    for text in literals:
        groups.setdefault(text[0], []).append(re.escape(text[1:]))
    body = "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in groups.items())
    return re.compile(f"{before}(?:{body}){after}", flags)


#: How often each character occurs in the strings these searches read (class/id values,
#: links, short texts; per mille, measured on the corpus); others (capitals, punctuation,
#: any non-ASCII letter) are rarer still.
_CHAR_SHARE = {
    " ": 101, "e": 89, "t": 68, "o": 57, "-": 53, "n": 53, "a": 50, "i": 49, "r": 44, "s": 43,
    "m": 37, "c": 36, "l": 36, "d": 27, "p": 23, "u": 23, "b": 19, "h": 19, "g": 17, "_": 14,
    "f": 14, "w": 12, "y": 9, "k": 9, "v": 8, "1": 8, "/": 8, "2": 6, "0": 6, ".": 5, "x": 5,
    "3": 5, "4": 4, "5": 4, "9": 4, "8": 4, "6": 3, "7": 3, ":": 3, "j": 3, "z": 2, ",": 1,
    "q": 1, "|": 1, "%": 1, '"': 1, "=": 1,
}


def _anchored(literals: list[str] | tuple[str, ...]) -> str:
    """An alternation that matches wherever one of ``literals`` occurs, each found by a rare
    character of its own (its anchor: "k" of "facebook", matched as ``k(?<=facebook)``).
    The regex engine starts a match only at a character that anchors some literal, so a
    search tries few positions; by first character it tries nearly every one. Anchors are
    chosen greedily: the character that covers the most literals per occurrence first."""
    unique = set(literals)
    # (a literal holding another one is found by that one)
    kept = sorted(x for x in unique if not any(y != x and y in x for y in unique))
    left = kept
    anchors: list[str] = []
    while left:
        chars = sorted({c for x in left for c in x})
        best = min(chars, key=lambda c: (_CHAR_SHARE.get(c, 0) + 1) / sum(c in x for x in left))
        anchors.append(best)
        left = [x for x in left if best not in x]
    groups: dict[str, list[str]] = {}
    for text in kept:
        anchor = next(c for c in anchors if c in text)
        at = text.index(anchor)
        # (the rest after the anchor first: the engine tries an alternative only when its
        # first character is there; then the whole literal, behind)
        groups.setdefault(anchor, []).append(re.escape(text[at + 1:]) + (f"(?<={re.escape(text)})" if at else ""))
    return "(?:" + "|".join(f"{re.escape(c)}(?:{'|'.join(alts)})" for c, alts in groups.items()) + ")"


def trie_search(literals: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """A search finding wherever one of the plain (non-empty) ``literals`` occurs, as
    ``literal_search`` without ``before``/``after`` (only whether one occurs is kept), built for
    the strings searched most often: its anchors (see ``_anchored``) are the least frequent set
    of characters every literal holds (searched for, not picked one by one), each literal is
    anchored at its first character when that is an anchor (no look-behind), and the letters
    after an anchor are one tree (``a(?:bc|d(?:e|f))``): at each start the engine tries one
    branch per next letter, not every literal."""
    unique = set(literals)
    kept = sorted(x for x in unique if not any(y != x and y in x for y in unique))
    anchors = set(_cover(kept))
    groups: dict[str, list[tuple[str, str]]] = {}
    for text in kept:
        at = 0 if text[0] in anchors else min(i for i, c in enumerate(text) if c in anchors)
        # (the letters after the anchor, and the whole literal when some stand before it)
        groups.setdefault(text[at], []).append((text[at + 1:], text if at else ""))
    return re.compile("(?:" + "|".join(re.escape(c) + _tree(items) for c, items in groups.items()) + ")")


def letter_tree(literals: Iterable[str]) -> str:
    """An alternation of the plain ``literals`` as one tree of letters
    (``c(?:o(?:mment|okie)|ustomer)``): at each start the engine tries one branch per next
    letter, not every literal."""
    return _tree([(x, "") for x in literals])


def _weight(c: str) -> float:
    return _CHAR_SHARE.get(c, 0) + 1


def _cover(literals: list[str], budget: int = 20000) -> list[str]:
    """The characters every one of ``literals`` holds one of, of least frequency in all
    (``_CHAR_SHARE``): branch and bound from the greedy choice, at most ``budget`` steps."""
    left, greedy = list(literals), []
    while left:
        best = min(sorted({c for x in left for c in x}), key=lambda c: _weight(c) / sum(c in x for x in left))
        greedy.append(best)
        left = [x for x in left if best not in x]
    found = [sum(map(_weight, greedy)), greedy]
    steps = [0]

    def grow(left: list[str], chosen: list[str], cost: float) -> None:
        steps[0] += 1
        if cost >= found[0] or steps[0] > budget:
            return
        if not left:
            found[0], found[1] = cost, list(chosen)
            return
        x = min(left, key=lambda x: (len(set(x)), x))  # (the literal with fewest choices first)
        for c in sorted(set(x), key=lambda c: (_weight(c), c)):
            grow([y for y in left if c not in y], [*chosen, c], cost + _weight(c))

    grow(sorted(literals), [], 0.0)
    return found[1]


def _branches(alts: list[str]) -> str:
    return alts[0] if len(alts) == 1 and "|" not in alts[0] else "(?:" + "|".join(alts) + ")"


def _tree(items: list[tuple[str, str]]) -> str:
    """What matches here when one of ``items`` does: its letters ``rest`` follow, then its whole
    literal (if not empty) ends here."""
    if any(not rest and not whole for rest, whole in items):
        return ""  # (one literal is found: the others need not be tried)
    after: dict[str, list[tuple[str, str]]] = {}
    ends: dict[int, list[str]] = {}
    for rest, whole in items:
        if rest:
            after.setdefault(rest[0], []).append((rest[1:], whole))
        else:
            ends.setdefault(len(whole), []).append(whole)  # (one look-behind per width)
    alts = [re.escape(c) + _tree(sub) for c, sub in after.items()]
    alts += [f"(?<={_tree([(w, '') for w in wholes])})" for wholes in ends.values()]
    return _branches(alts)


def words_needed(*alternations: str, search: Callable[[list[str]], re.Pattern[str]] = literal_search,
                 ) -> re.Pattern[str] | None:
    """A search for any alternative of the plain ``alternations``: every match of a pattern
    built from them (with lookarounds or not) holds one, so a string without is ruled out
    by one search. None if an alternative is not plain text (nothing can be ruled out)."""
    alts = [a for alt in alternations for a in alt.split("|")]
    if not all(_PLAIN.fullmatch(a) for a in alts):
        return None
    words = {a.replace("\\.", ".") for a in alts}
    # (a word holding another one is found by that one: "navbar" by "nav")
    return search(sorted(w for w in words if not any(v != w and v in w for v in words)))


#: Class/id of related-content blocks (the site's own recommendations).
_RELATED_WORDS = (
    r"related|jp-relatedposts|yarpp|crp_related|recommended|recommendations|more-stories|"
    r"more-articles|morestories|more-from|read-next|readnext|read-also|also-read|alsoread|"
    r"you-may-like|you-might-like|further-reading|recirc|wp-block-latest-posts|"
    r"widget_recent_entries|recent-posts|popular-posts|most-popular|mostpopular|most-read|"
    r"mostread|td_block_trending_now|td-post-next-prev|post-navigation|more-news|"
    r"td_block_related|related_posts|rp4wp|contextly"
)
RELATED_CLASS = grouped_alternation(_RELATED_WORDS)
#: ...unless the same class/id says it is something else (tag lists, author boxes).
RELATED_EXCLUDE = re.compile(r"\btags?\b|-tags?\b|categor|author|byline|share|sharing|comment|search")

#: Class/id of sponsored recommendation widgets that are not network units themselves.
_SPONSORED_WORDS = (
    r"sponsored-stories|sponsored-content|sponsored-links|around-the-web|partner-stories|promoted-stories"
)
SPONSORED_RELATED_CLASS = grouped_alternation(_SPONSORED_WORDS)

#: A class word read on into a participle is another word: "regwalled", "paywalled" mark
#: content behind the wall, not the wall; "top_shared_posts" a list of stories.
_NOT_PARTICIPLE = r"(?!e?d(?![a-z]))"
#: Class/id of calls to action, by kind (first match wins, in this order): (kind, search,
#: check). The search finds the letters (fast); the check, run on a hit only, reads them as
#: words: a compound ("sharebar", "newsletterbox") is the word, a participle is not
#: (``_NOT_PARTICIPLE``) nor a word that only holds the letters ("adopting" is no "optin").
_CTA_KIND_WORDS = (
    ("newsletter", r"newsletter|mc4wp|mailchimp|mc_embed_signup|signup-form|sign-up-form|"
                   r"email-signup|subscribe-form|optin|opt-in|tnp-subscription|sib-form|"
                   r"convertkit|klaviyo|mailpoet|jetpack_subscription"),
    ("subscribe", r"paywall|regwall|tp-container|subscription-prompt|subscribe-box|"
                  r"subscribe-banner|subscription-banner|premium-prompt|piano-offer|"
                  r"meter-banner|subscriber-only|subscribe-cta|subscribe-btn|subscribe-button|btn-subscribe|"
                  r"subscribe-link"),
    ("share", r"share|sharing|sharedaddy|addthis|a2a_kit|addtoany|shareaholic|sharethis|"
              r"heateor|\bessb"),
    ("follow", r"follow-us|followus|social-follow|social-links|social-icons|tdm_block_socials|"
               r"social-media-links|social-profiles|follow-buttons"),
    ("comments", r"comment-respond|comments-link|comment-link|comments-count|comment-count|"
                 r"(?<![a-z])respond(?![a-z])|leave-comment|comments-cta|comment-cta|"
                 r"comments-button|comment-button|show-comments"),
    ("donate", r"donate|donation|support-us|contributions-epic|patreon|ko-fi"),
    ("app", r"app-download|app-promo|download-app|app-banner|smartbanner|get-the-app"),
    ("read_more", r"read-more|readmore|more-link|continue-reading|read_more"),
    ("contact", r"contact-box|tip-box|send-tip|newstip"),
)
CTA_CLASSES: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (kind, grouped_alternation(p), re.compile(f"(?:{p.replace('|optin|', '|(?<![a-z])optin|')}){_NOT_PARTICIPLE}"))
    for kind, p in _CTA_KIND_WORDS
)
#: The letters every ``CTA_CLASSES`` search needs, all kinds in one search (its word
#: boundaries and lookarounds left out, so it finds wherever any of them does): most class
#: strings holding a ``CTA_ANY_CLASS`` word ("social", "comment", "menu-app") name no kind,
#: and are ruled out by this one search instead of one per kind.
CTA_KIND_LETTERS = trie_search(tuple(dict.fromkeys(
    re.sub(r"\\b|\(\?<?!\[a-z\]\)", "", a) for _, p in _CTA_KIND_WORDS for a in p.split("|"))))
#: Class/id tokens a tag manager or an analytics script reads ("gtm_footer_newsletter" on a
#: "Media Kit" link, "ga-share-click", "track-newsletter"): they name the report line of a
#: click, not what the reader sees, so no kind or region is read from them. A whole token
#: opening with one of these prefixes and "-" or "_".
TRACKING_TOKEN = re.compile(r"(?<!\S)(?:gtm|ga|gtag|track|tracking|analytics)[-_]\S*")
#: ...a cheap search first: most class strings hold none of these letters.
TRACKING_HINT = re.compile(r"gtm|ga[-_]|gtag|track|analytics")

#: Words every ``CTA_CLASSES`` pattern needs (a quick search, free of lookarounds, that rejects
#: most elements before the kinds are tried).
_CTA_ANY_WORDS = (
    r"newsletter|mc4wp|mailchimp|mc_embed|signup|sign-up|subscri|optin|opt-in|tnp-|sib-form|"
    r"convertkit|klaviyo|mailpoet|paywall|regwall|tp-container|premium-prompt|piano-offer|"
    r"meter-banner|shar|addthis|a2a_kit|addtoany|heateor|essb|follow|social|respond|comment|"
    r"donat|support-us|contributions-epic|patreon|ko-fi|app-|-app|smartbanner|read-more|"
    r"readmore|more-link|continue-reading|read_more|contact-box|tip-box|send-tip|newstip"
)
CTA_ANY_CLASS = grouped_alternation(_CTA_ANY_WORDS)
#: Class/id of comment threads and navigation: never CTAs themselves.
#: ("shared" is a site's shared template part, "m-shared-header", not a share bar.)
#: (Piano's paywall is "tp-container" whole: "tp-container-inner" is a site's own "tp-" layout.)
#: (Written with each literal first and its word boundaries after it, ``\bnav\b`` as
#: ``nav(?<!\wnav)(?!\w)``: the search then starts only where a literal's first letter is, not
#: at every character; it finds what ``\bnav\b|...`` finds.)
CTA_EXCLUDE = re.compile(
    r"comment(?:-list|list|-body|s-area)|menu|nav(?:bar|(?<!\wnav)(?!\w))|breadcrumb|"
    r"shared(?<!\wshared)(?!\w)|tp-container-")

#: Link targets that load no page of their own: an anchor, a script, an e-mail, a phone call.
NO_PAGE_HREF = ("#", "javascript:", "mailto:", "tel:")
#: Link targets a script follows: a control on this page, no page of its own.
SCRIPT_HREF = ("#", "javascript:", "JavaScript:")
#: Links that share the page on a network (share bars).
SHARE_HREF = re.compile(
    r"facebook\.com/(?:sharer|share\.php|dialog/(?:share|feed|send)|plugins/share)|"
    r"twitter\.com/(?:intent/tweet|share)|x\.com/intent/(?!follow|user)|linkedin\.com/(?:sharearticle|sharing|cws/share)|"
    r"pinterest\.[a-z.]+/pin/create|(?:api|web)\.whatsapp\.com/send|whatsapp://send|wa\.me/\?|"
    r"reddit\.com/submit|t\.me/share|telegram\.me/share|^mailto:\?|getpocket\.com/(?:save|edit)|"
    r"tumblr\.com/(?:share|widgets/share)|vk\.com/share|flipboard\.com/bookmarklet|"
    r"news\.ycombinator\.com/submitlink|xing\.com/(?:app/user\?op=share|spi/shares)|"
    r"threads\.net/intent|bsky\.app/intent",
    re.IGNORECASE,
)
#: ...and older or lesser forms (the tweet box, Google+, Buffer, AddToAny's menu, Messenger,
#: SMS), searched as plain text in the lower-cased link (grouped by first letter: cheaper than
#: more alternatives in ``SHARE_HREF``, which each link passing ``SOCIAL_HREF_HINT`` is searched with).
MORE_SHARE_HREF = literal_search((
    "twitter.com/home?status=", "twitter.com/home/?status=", "x.com/share", "plus.google.com/share",
    "buffer.com/add", "bufferapp.com/add", "addtoany.com/share", "fb-messenger://share", "sms:?",
    "stumbleupon.com/submit", "mix.com/add",
))
#: A link to a network that carries another site's address in its query (encoded or not) shares
#: that page, whatever the endpoint ("linkedin.com/feed/?shareActive=true&text=…https%3A%2F%2F…",
#: "addtoany.com/add_to/x?linkurl=…", "mix.com/mixit?url=…"): the address's host...
QUERY_HOST = re.compile(r"(?:https?:|%3a)(?://|%2f%2f)(?:www\.|www%2e)?([\w.-]+?)(?:[/?#&%:]|$)", re.IGNORECASE)
#: ...unless the link's one path segment is a page that sends the reader on to the address
#: (a link shim, a log-in's return) or searches for it (lower case).
ADDRESS_PAGES = frozenset({"search", "hashtag", "results", "redirect", "l.php", "away.php", "url", "login", "signup"})
#: A share button that links the page itself with the network in its query (Jetpack's
#: ``?share=facebook``, ``?share=jetpack-whatsapp``, ``#print?share=print``): the value...
SHARE_QUERY = re.compile(r"[?&;]share=([A-Za-z][\w-]{0,30})(?![\w%.])")
#: ...names one of these (before any "-"), a network or the page's own print and mail views.
SHARE_QUERY_TARGETS = frozenset({
    "facebook", "twitter", "x", "linkedin", "pinterest", "reddit", "tumblr", "whatsapp", "telegram",
    "mastodon", "bluesky", "threads", "pocket", "email", "print", "nextdoor", "google", "skype",
    "xing", "vk", "flipboard", "messenger", "line", "sms", "mail",
})
#: Hosts and schemes of share and follow links, lower case (one search rejects most links).
#: (plain strings: grouped by first character, twice as fast as the alternation written out)
SOCIAL_HREF_HINT = literal_search((
    "facebook", "twitter", "x.com", "linkedin", "pinterest", "whatsapp", "wa.me", "reddit", "t.me",
    "telegram", "mailto:", "getpocket", "tumblr", "vk.com", "flipboard", "ycombinator", "xing",
    "threads", "bsky", "instagram", "youtube", "tiktok", "mastodon", "feedburner", "soundcloud",
    "news.google", "google.com/+", "vimeo", "plus.google", "buffer", "toany.com", "fb-messenger", "sms:",
    "stumbleupon", "mix.com", "spotify", "podcasts.apple",
    # (lesser networks, each written so that its rarest letter is one the others already
    # search by: "slideshare" alone would make every "s" of every link a start)
    "github", "flickr", "medium.com/@", "rumble", "mewe", "periscope", "weibo", "twitch", "gab.com",
    "slideshare.net",
))
#: One-segment pages of a network's own (its plans, log-in, search), no account on it (lower
#: case; asked of a link ``FOLLOW_HREF`` matches).
NETWORK_OWN_PAGES = frozenset({
    "about", "features", "pricing", "login", "join", "signup", "explore", "topics", "trending",
    "marketplace", "enterprise", "settings", "search", "home", "contact", "security", "site",
    "directory", "notifications", "new", "team", "readme", "sponsors", "collections", "events",
})
#: Links to a publisher's profile on a social network (follow bars): one path segment (a
#: handle or page name), never a post, status or video (tweets embedded in the body link there).
FOLLOW_HREF = re.compile(
    # (a language or locale host: "de.", "de-de.", "pt-br.facebook.com")
    r"^https?://(?:www\.|[a-z]{2}(?:-[a-z]{2})?\.|m\.)?(?:"
    # (lesser networks too, from "github": an account on GitHub is one segment, a repository two)
    r"(?:facebook\.com|twitter\.com|x\.com|instagram\.com|tiktok\.com|t\.me|threads\.net|"
    r"pinterest\.[a-z.]+|flipboard\.com|mastodon\.social|vk\.com|soundcloud\.com|youtube\.com|"
    r"github\.com|slideshare\.net|gab\.com|periscope\.tv|weibo\.com|twitch\.tv|medium\.com(?=/@))/@?[\w.-]+|"
    # (a page by number or an old page path, a group; a channel by its old one-segment name, above)
    r"facebook\.com/(?:profile\.php\?id=\d+|(?:groups|pages)/[^/?#]+(?:/\d+)?)|vimeo\.com/(?!\d+/?$)[\w.-]+|"
    r"youtube\.com/(?:@[\w.-]+|(?:c|channel|user)/[\w.-]+)(?:/(?:featured|videos|about))?|"
    r"linkedin\.com/(?:company|in|school|showcase)/[\w.-]+(?:/(?:about|posts|mycompany))?|"
    # (a podcast's own page on a platform, not one episode: its follow button)
    r"open\.spotify\.com/show/\w+|podcasts\.apple\.com/[a-z]{2}/podcast/(?:[^/?#]+/)?id\d+|"
    # (a follow button's link: "intent/follow?screen_name=", the profile by its handle)
    r"(?:twitter|x)\.com/intent/(?:follow|user)\?(?:screen_name|user_id)=\w+(?:&[^#]*)?|"
    r"bsky\.app/profile/[\w.-]+|whatsapp\.com/channel/\w+|news\.google\.com/publications/[\w-]+|"
    r"feeds\.feedburner\.com/[\w.-]+|(?:plus\.)?google\.com/\+[\w.-]+|"
    # (lesser networks naming an account under a profile path of their own)
    r"(?:reddit\.com/(?:r|u|user)|xing\.com/(?:profile|companies|pages|communities/groups)|"
    r"flickr\.com/(?:photos|people)|rumble\.com/(?:c|user)|mewe\.com/[pi])/[\w@.-]+)/?"
    # (a query: "?fref=ts", "?utm_source=site", "?hl=de" always; any other as ``QUERY_ADDRESS``
    # and ``NETWORK_PAGES`` below allow, the query in group 1)
    r"(?:\?((?!(?:fref|ref|utm_[a-z]+|hl|lang|sub_confirmation|igshid|igsh)=)[^#]*)|\?[^#]*)?$",
    re.IGNORECASE,
)
#: A profile link's query only tracks the click or sets a view ("?mod=hp_FOOTER",
#: "?trk=tyah", "?view_as=subscriber", "?next=%2F"): whatever its names, it carries no address
#: (a redirect's or log-in's "?u=https://…", "?session_redirect=https%3A%2F%2F…")...
QUERY_ADDRESS = re.compile(r"https?:|%3a%2f%2f|//", re.IGNORECASE)
#: ...and the one path segment it follows is no page of the network's own, which a query
#: names a video, photo, post or search on (lower case; "watch?v=", "photo.php?fbid=").
NETWORK_PAGES = frozenset({
    "watch", "playlist", "results", "photo", "photo.php", "permalink.php", "story.php", "video.php",
    "search", "hashtag", "explore", "redirect", "l.php", "away.php", "share", "sharer", "sharer.php",
    "share.php", "intent", "home", "login", "login.php", "dialog", "events", "embed", "attribution_link",
})
#: Class tokens (whole) of a network's own follow/like plugin, a box its script fills, which
#: names the profile in ``data-href`` instead of a link: Facebook's page plugin, like box,
#: like and follow buttons (a like button of the article itself names no profile).
FOLLOW_PLUGIN_CLASSES = frozenset({"fb-page", "fb-like-box", "fb-like", "fb-follow"})
#: A link whose list or block holds this many links is a menu item, not a CTA by its text.
MENU_LINKS = 4
#: ...and at most this many elements (a bigger block is a page region, not a menu).
MENU_MAX_ELEMENTS = 200
#: Share/follow bars: at most this many links, found within this many levels of a link.
MAX_BAR_LINKS = 20
BAR_CLIMB = 3
#: Share/follow bars: at most this much text that is not link text (a "Share:" prompt).
MAX_BAR_LOOSE_TEXT = 60

#: A short prompt beside a CTA box ("Social Share", "Follow us") is part of it.
MAX_PROMPT_CHARS = 40

#: A related block's links carry most of its text.
MIN_RELATED_LINK_DENSITY = 0.45
#: ...and it is a list, not a page region.
MAX_RELATED_TEXT = 5000
#: Levels climbed from a related heading to its block.
RELATED_CLIMB = 4

#: A CTA box (newsletter form, paywall prompt) holds little text...
MAX_CTA_TEXT = 700
#: ...and no body-length paragraph.
MAX_CTA_PARAGRAPH = 300
#: Levels climbed from a CTA prompt to its box (a form or a newsletter container).
CTA_CLIMB = 3

#: Tags whose own short text may be a heading of a related block or a CTA prompt.
HEADING_LIKE_TAGS = frozenset({
    "h1", "h2", "h3", "h4", "h5", "h6", "div", "span", "p", "strong", "b", "header", "label",
    "legend", "caption", "dt", "em", "figcaption", "small", "i", "h", "center",
})
#: Tags that are text-level CTAs by themselves (link or button).
CTA_LINK_TAGS = frozenset({"a", "button"})

#: Class/id of navigation and menus: walked for ads only (their links are no related block,
#: their "Subscribe" item no CTA).
_NAVIGATION_WORDS = (
    r"nav|navbar|navigation|menu|menus|main-menu|sub-menu|breadcrumb|breadcrumbs|"
    r"site-header-menu|mega-menu|menu-item|dropdown-menu|off-canvas|offcanvas"
)
NAVIGATION = grouped_alternation(_NAVIGATION_WORDS, before="(?<![a-z])", after="(?![a-z])")
#: ...unless the element holds the article (``extract/page_wrapper.py``): an ``h1`` followed by
#: this many paragraphs of at least ``WRAPPER_PARAGRAPH_CHARS`` characters (a mega menu's
#: teasers stand under no ``h1``; a header's logo ``h1`` has no running text after it).
WRAPPER_PARAGRAPHS = 3
WRAPPER_PARAGRAPH_CHARS = 80
#: SVG definitions: drawn only where a ``<use>`` calls them, nothing by themselves.
DEFINITION_TAGS = frozenset({"symbol", "defs"})
#: Elements a reader presses, fills in or sees loaded: a box holding none (and no text)
#: shows or does nothing (``chrome_guards.shows_nothing``).
ACTING_TAGS = frozenset({"a", "button", "input", "select", "textarea", "form", "iframe", "script", "object",
                         "embed", "video", "audio", "canvas"})
#: Pictures: a box showing one alone (no text, nothing to press) is a logo or a decoration.
PICTURE_TAGS = frozenset({"img", "picture", "svg"})
#: Elements that hold a text: one left blank in a box with no text is a field of a template
#: rendered without content (a views block's row), no mount a script fills (an empty box).
TEXT_SLOT_TAGS = frozenset({"span", "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "label", "strong", "b", "em",
                            "small", "dt", "dd", "td"})
#: Levels climbed from an empty box to the heading it anchors.
ANCHOR_CLIMB = 3

#: Levels climbed from an ad label to a cookie-consent dialog around it.
COOKIE_DIALOG_CLIMB = 12
#: Levels a widget's box is climbed through wrappers holding it alone.
WRAPPER_CLIMB = 4
#: ``chrome_guards.menu_list``: the links of a menu list (two at least), the levels from a
#: link up to its list entry, and the characters of text beside the links ("|" separators).
MAX_MENU_LIST_LINKS = 8
MENU_ENTRY_CLIMB = 3
MAX_MENU_LIST_LOOSE = 3
#: Levels an ad label's box is climbed through wrappers holding it alone (``<h1><b>label``)
#: to the sibling after it, its slot.
LABEL_WRAPPER_CLIMB = 2

#: A search for the words a class/id needs to be navigation, a related or sponsored block or
#: a CTA box (``NAVIGATION``, ``RELATED_CLASS``, ``SPONSORED_RELATED_CLASS``, ``CTA_ANY_CLASS``,
#: which stands for every ``CTA_CLASSES`` pattern): most class strings hold none, and are
#: ruled out by this one search instead of one per pattern.
#: A push ask's words (``push_asks``) are in it too (one search, one pattern to compile).
#: (``trie_search``: it is asked of every class string the walk meets first)
CLASS_WORDS_NEEDED = words_needed(_NAVIGATION_WORDS, _RELATED_WORDS, _SPONSORED_WORDS, _CTA_ANY_WORDS,
                                  PUSH_WORDS_NEEDED, search=trie_search)
#: The words of ``CLASS_WORDS_NEEDED`` but a push ask's, as plain text: a class/id holding a
#: push ask's letters is tested for them one by one (rare: no pattern compiled for it).
REGION_CLASS_WORDS = tuple(
    a.replace("\\.", ".")
    for alt in (_NAVIGATION_WORDS, _RELATED_WORDS, _SPONSORED_WORDS, _CTA_ANY_WORDS) for a in alt.split("|"))
#: ...and the push ask's letters.
PUSH_LETTERS = tuple(PUSH_WORDS_NEEDED.split("|"))

#: Words of a class/id (split at -, _ and camelCase) naming a page region beside or around the
#: article: what stands in one is placed ``outside``.
OUTSIDE_WORDS = frozenset({
    "sidebar", "sidebars", "footer", "header", "masthead", "navbar", "nav", "navigation", "menu",
    "topbar", "rail", "sticky", "modal", "popup", "overlay", "drawer", "dropdown", "offcanvas",
    "megamenu", "sidenav", "subnav", "toolbar", "lightbox",
})
#: ...and word sequences that do the same ("side-bar", "right-column").
OUTSIDE_COMPOUNDS: tuple[str, ...] = (
    "side-bar", "widget-area", "site-nav", "top-bar", "bottom-bar", "right-column", "left-column",
    "right-col", "left-col", "side-col", "aside-col", "off-canvas", "pop-up", "right-side",
)
#: ...unless the same name says it is the article's own part ("article-header", "post-footer").
OWN_PART_WORDS = frozenset({"article", "post", "entry", "story", "content", "body", "page"})
