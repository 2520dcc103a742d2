"""Knowledge used to find the article body, as data (the algorithm is in ``extract/content.py``,
``extract/element_hints.py`` for the class/id, style and tag tests, and ``extract/blocks.py``).

Class/id patterns follow Readability.js ``REGEXPS`` and trafilatura's ``xpaths.py`` in spirit:
an element whose class or id matches ``UNLIKELY`` (and not ``MAYBE``) is page chrome; ``POSITIVE``
and ``NEGATIVE`` only weigh the scoring. Patterns are matched once per element against
``class + " " + id``, lower-cased; they are plain alternations (no nested quantifiers), so
matching is linear in the attribute length.
"""

from __future__ import annotations

#: Never part of the body, and their content never scored (dropped with their subtree).
SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "head", "title", "meta", "link", "base", "rt", "rp",
    "svg", "math", "canvas", "object", "applet", "select", "option", "textarea", "button",
    "input", "map", "area", "dialog", "audio", "video", "source", "track", "frameset", "frame",
    "menuitem",
})

#: Skipped element types that may still hold the article: malformed markup nests it in an
#: unclosed ``<button>``, some pages put their text only in ``<noscript>``. Skipped unless
#: they hold most of the page's text (the guard).
GUARDED_TAGS = frozenset({"button", "noscript"})

#: Regions that are never the article however much text they hold, so the guard does not
#: keep them: overlays (popups, modals, lightboxes) and reader comments (class/id tokens,
#: as ``UNLIKELY``), and elements with ``role`` in ``NOT_ARTICLE_ROLES`` or ``aria-modal``.
NOT_ARTICLE = {
    "word": ("replies", "discussion", "discussions"),
    "prefix": ("modal", "popup", "overlay", "lightbox", "comment", "kommentar"),
    "substring": ("disqus",),
}
NOT_ARTICLE_ROLES = frozenset({"dialog", "alertdialog"})

#: The "never lose the article" guard: a subtree that a skip rule (hidden, skipped element
#: type, class/id chrome) would drop is kept when it holds more than this share of the
#: page's text.
GUARD_SHARE = 0.5
#: Class/id chrome is weighed against the page's text outside its header, nav, footer and
#: aside when it holds at least this many characters (a long site menu must not hide a
#: wrapper named "layout-sidebar" that holds the article; a short author box stays chrome).
GUARD_BODY_MIN_CHARS = 1000
#: A class/id-chrome element holding this share of the text of its parent, a body-classed
#: element (``MAYBE``), and at least ``GUARD_BODY_MIN_CHARS``, is the body's own wrapper.
BODY_WRAPPER_SHARE = 0.9

#: The second body candidate (``extract/density.py``) is tried when the first body holds
#: less than SECOND_BELOW of the page's paragraph text; it is the smallest element holding
#: DENSE_SHARE of that text, and replaces the first when its body holds SECOND_GAIN times
#: as much text (blocks as built, chrome and link lists left out).
SECOND_BELOW = 0.5
DENSE_SHARE = 0.8
SECOND_GAIN = 1.5
#: A first body this long (characters) is an article of its own: the density candidate
#: does not widen it into a list of posts around it (``density.widens``).
SECOND_ARTICLE_CHARS = 5000

#: Page chrome by element type: skipped when looking for the body.
CHROME_TAGS = frozenset({"footer", "aside", "header", "nav", "menu"})

#: Inline (phrasing) elements: runs of them and text make up one paragraph.
INLINE_TAGS = frozenset({
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn",
    "em", "font", "i", "ins", "kbd", "label", "mark", "nobr", "q", "rp", "rt", "ruby", "s",
    "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
})

#: Elements that hold one paragraph of text each for the scoring.
PARAGRAPH_TAGS = frozenset({"p", "pre", "blockquote", "td", "dd", "li", "h2", "h3", "h4"})

#: Class/id of page chrome (Readability ``unlikelyCandidates``, extended), matched on
#: tokens by ``extract/classtokens.py``: ``token`` = a whole class token, ``word`` = a word
#: (or ``-``-joined run of words) of a token's BEM block/element part, ``prefix`` = a word
#: starting so, ``substring`` = anywhere (vendor names glued into longer tokens).
UNLIKELY = {
    "token": ("widget", "widgets"),
    "word": (
        "ad", "ads", "extra", "extras", "legends", "pager", "promo", "promos", "promotion",
        "promotions", "replies", "rss", "tag", "tags", "signup", "sign-up", "author-info",
        "author-box", "authorbox", "about-author", "post-meta", "entry-meta", "article-meta",
        "meta-data", "dateline", "print-only", "sr-only", "visually-hidden", "jump-link",
        "read-more", "readmore", "more-stories", "most-popular", "mostpopular", "top-ten",
        "topten", "hidden-print", "caption-credit", "buy-box", "buybox", "cover-wrap", "nav",
        "widget-area", "shoutbox", "supplemental", "skyscraper", "remark", "remarks",
        # shop customers' reviews: the comments of a product page
        "review-widget", "product-reviews", "customer-reviews", "user-reviews",
    ),
    "prefix": (
        "adsense", "advert", "agegate", "alert", "banner", "breadcrumb", "combx", "comment",
        "community", "consent", "cookie", "footer", "gdpr", "header", "menu", "modal", "navbar",
        "newsletter", "pagination", "popup", "related", "share", "sharing", "sidebar", "social",
        "sponsor", "subscribe", "tagcloud", "toolbar", "tooltip", "trending", "byline",
        "screen-reader", "skip-link", "recommend", "login", "masthead", "copyright",
        "disclaimer",
    ),
    "substring": ("ai2html", "disqus", "outbrain", "taboola", "yom-remote"),
}
#: (Page builders name every block a widget: Elementor's "elementor-widget-wrap" holds the
#: article text itself, so "widget" there says nothing.)
#: Class/id substrings that keep an element despite ``UNLIKELY`` (Readability ``okMaybeItsACandidate``).
MAYBE = r"\band\b|article|body|column|content|main|shadow|story|entry|post-text|text"
#: Class/id of a page's side column: chrome even beside ``MAYBE``'s "column" (Drupal's
#: "column sidebar"), and however much text it holds, unless it also says it is the content.
SIDEBAR = r"(?<![a-z])(?<!has-)(?<!with-)(?<!no-)(?<!one-)(?<!two-)(?:sidebar|side-bar)"
SIDEBAR_KEEP = r"article|body|content|main|story|entry"
#: Class/id substrings that make an element a likelier body container.
POSITIVE = r"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-?text"
#: Class/id substrings that make an element a less likely body container.
NEGATIVE = (
    r"-ad-|hidden|\bhid\b|banner|combx|comment|com-|contact|foot|footnote|gdpr|masthead|media|"
    r"meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|"
    r"tags|tool|(?<!elementor-)widget|teaser|recirc|card"
)

#: Inside the chosen body container, these class/id patterns (tokens, as ``UNLIKELY``) still
#: mark chrome even when ``MAYBE`` matches too (e.g. ``entry-meta``, ``post-tags``,
#: ``article-share``). Info boxes are left to the article; galleries, slideshows and
#: carousels too when they hold paragraphs of text (``MEDIA_SET``). Drupal's ``field-label-above`` sits on every
#: field wrapper; only the label itself (``field-label``) is chrome.
INNER_CHROME = {
    "token": ("field-label", "field__label"),
    "word": (
        "date", "meta", "tools",
        "author-info", "author-box", "authorbox", "author-bio", "authorbio", "author-card",
        "author-wrap", "about-author", "post-meta", "entry-meta", "article-meta", "post-tags",
        "entry-tags", "article-tags", "tag-list", "taglist", "tags-links", "read-more",
        "readmore", "more-stories", "most-popular", "top-ten", "topten", "top-10", "print-only",
        "sr-only", "visually-hidden", "caption-credit", "dateline", "post-date", "entry-date",
        "jp-relatedposts", "print-link", "community-notice", "vcard", "post-author",
        "author-content", "date-display", "article-footer", "post-footer", "entry-footer",
        "ads", "ad", "bio", "cta", "abh",
    ),
    "prefix": (
        "share", "sharing", "social", "related", "recommend", "newsletter", "subscribe",
        "signup", "comment", "byline", "breadcrumb", "pagination", "trending", "sponsor",
        "advert", "promo", "screen-reader", "skip-link", "toolbar", "published", "timestamp",
        "sharedaddy", "yarpp", "credit", "citation", "copyright", "lightbox", "rating", "feedback",
        "kommentar", "affiliate", "disclaimer", "gallery", "slideshow", "carousel", "slider",
    ),
}

#: ``INNER_CHROME`` words of image sets: chrome (captions, "Close", "1 of 12") unless the
#: set holds at least ``MEDIA_SET_TEXT`` characters of paragraph text, most of its text.
MEDIA_SET = frozenset({"gallery", "slideshow", "carousel", "slider"})
MEDIA_SET_TEXT = 200

#: Class names that hide an element in the common CSS frameworks (whole class tokens).
HIDDEN_CLASSES = ("hidden", "d-none", "hide", "is-hidden", "display-none", "invisible", "u-hidden")
#: A class token that shows the element again at some screen size ("hidden lg:flex",
#: "d-none d-md-block"): the element is visible on a desktop browser.
REVEAL_CLASS = r"^(?:sm|md|lg|xl|2xl):(?!hidden)|^d-(?:sm|md|lg|xl)-(?!none)|^visible-"

#: Class/id of a collapsed panel that the page shows on a click (``extract/collapsed.py``):
#: read as content although hidden (tokens, as ``UNLIKELY``).
COLLAPSED = {
    "word": ("accordion", "collapsible", "expandable", "faq-answer", "accordion-content"),
    "prefix": ("collapse",),
}
#: The trigger of a collapsed panel (``aria-expanded``) is looked for among this many
#: elements of the row before it.
COLLAPSED_TRIGGER_SCAN = 12

#: Style attribute values that hide an element.
HIDDEN_STYLE = r"display\s*:\s*none|visibility\s*:\s*hidden"

#: Lines of text that are chrome wherever they stand (matched on the whole, stripped line).
CHROME_LINES = (
    r"(?:share|share this|share on \w+|tweet|email|print|pin it|whatsapp|facebook|twitter|"
    r"linkedin|copy link|comments?|\d+ comments?|leave a comment|advertisement|advertising|"
    r"sponsored|related|related articles|read more|continue reading|more|see also|tags?|"
    r"click to share.*|subscribe|sign up|log ?in|follow us.*|photo|image|video|"
    r"(?:quelle|quellen|quellenangaben?|source|sources|fuente|fonte|foto|fotos|photo|photos|bild|image|"
    r"credit|credits)\s*:.{0,80}|quellenangaben?|"
    r"skip to (?:main )?content|text size|(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/?|loading\.*|you may also like|recommended|"
    r"(?:permalink|permanent ?link|permalien)(?:\s*:?\s*https?://\S{1,80})?|drucken|drukuj|imprimer|stampa|imprimir|"
    r"(?:(?:imprimer|drucken|print) )?(?:imprimer|drucken|print) (?:cette page|diese seite|this page|this article|den artikel)|"
    r"mehr themen|mehr zum thema.{0,40}|lesen sie auch.{0,40}|weitere (?:artikel|beiträge|themen)|"
    r"(?:audios? et )?vidéos sur le sujet|à lire aussi|lire aussi|leer más|lee también|"
    r"meist(?:-| )(?:gelesen|diskutiert|kommentiert)|most (?:read|discussed|commented|shared)|"
    r"vorschau auf den nächsten artikel|nächster artikel|vorheriger artikel|next (?:article|post)|previous (?:article|post)|"
    r"sharing is caring|fragen an den autor|\(?alle angaben ohne gewähr\)?|last modified:?.{0,40}|zuletzt (?:aktualisiert|geändert):?.{0,40})[\s:.!…]*"
)

#: Calls to action and site notices written as sentences: a paragraph shorter than
#: ``PROMO_MAX_CHARS`` in which one of these is found is not article text. Each phrase comes
#: with the substrings (lower case) of which every match of it holds at least one: a cheap
#: test that spares most paragraphs the regular expression.
PROMO_PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"\b(?:follow|folgen sie|siga|síguenos|suivez)\b.{0,40}\b(?:on|auf|en|sur)\s+(?:twitter|facebook|"
     r"instagram|telegram|whatsapp|tiktok|youtube|linkedin)",
     ("follow", "folgen", "siga", "síguenos", "suivez")),
    (r"\bdownload (?:the|our) .{0,40}\bapps?\b", ("download",)),
    (r"\bfollow .{0,30}\bfull coverage\b", ("follow",)),
    (r"\bsubscribe (?:now|today)\b", ("subscribe",)),
    (r"\bfor the full story\b", ("full story",)),
    (r"\b(?:canal|channel|kanal) (?:de |on |auf )?(?:telegram|whatsapp)", ("telegram", "whatsapp")),
    (r"\bhazte (?:miembro|socio)", ("hazte",)),
    (r"\b(?:den |diesen )?(?:artikel|beitrag)\s+(?:mit anderen\s+)?teilen", ("teilen",)),
    (r"\b(?:einfach |jetzt )?hier klicken und\b", ("klicken",)),
    (r"\bclick here to (?:subscribe|register|sign up|download)", ("click",)),
    (r"\beingeloggt sein,? um\b", ("eingeloggt",)),
    (r"\bmust be logged in to\b", ("logged in",)),
    (r"\b(?:dieser eintrag wurde|this entry was) (?:veröffentlicht|posted) in\b", ("eintrag", "entry was")),
    (r"\bzum vergrößern (?:auf das bild )?klicken", ("klicken",)),
    (r"\bclick (?:on the image|to enlarge)", ("click",)),
    (r"\bhinterlasse .{0,30}\bkommentar", ("hinterlasse",)),
    (r"\bleave (?:a|your) comment\b", ("leave",)),
    (r"\blast modified:", ("modified",)),
    (r"(?:^|\|\s*)(?:categories|category|kategorien?|schlagwörter|filed under)\s*:",
     ("categor", "kategor", "schlagw", "filed under")),
    (r"\b(?:e-?mail|telefon|phone|tel\.?)\s*:\s*\S+.{0,60}\b(?:e-?mail|telefon|phone|tel\.?|fax)\s*:",
     ("mail", "tel", "phone")),
    # A teaser: a line cut short and followed by a "more" link.
    (r"(?:…|\.\.\.)\s*(?:mehr|more|weiterlesen|read more|lire la suite|leer más)\b[\s»›•>.]*$",
     ("…", "...")),
)
#: All of ``PROMO_PHRASES`` in one pattern.
PROMO = "|".join(phrase for phrase, _ in PROMO_PHRASES)
#: Every keyword of ``PROMO_PHRASES``: a paragraph holding none of them is no promo.
PROMO_KEYWORDS = tuple(dict.fromkeys(k for _, keys in PROMO_PHRASES for k in keys))
#: Paragraphs at least this long are article text even if they contain a ``PROMO`` phrase.
PROMO_MAX_CHARS = 250

#: A paragraph opening like this is an image caption standing apart from its image (or its
#: picture credit, "© Jane Roe ...").
CAPTION_HEAD = r"^(?:(?:vergrößern|enlarge|abbildung|abb\.\s*\d+)\b|©(?!\s*(?:19|20)\d\d))"

#: Minimum text length (characters) of a run of inline content scored as a paragraph.
MIN_PARAGRAPH_CHARS = 25

#: Sections of one article in separate subtrees (``content._merge_sections``): look this
#: many levels above the container for a wrapper holding MERGE_GROWTH times its paragraph
#: text, through ancestors whose text is at least MERGE_TEXT_SHARE paragraphs with a link
#: density of at most MERGE_LINK_DENSITY.
MERGE_LEVELS = 8
MERGE_GROWTH = 1.6
MERGE_TEXT_SHARE = 0.8
MERGE_LINK_DENSITY = 0.2

#: An ancestor of the best candidate scoring at least this share of its score is the article.
ANCESTOR_SHARE = 0.9

#: Minimum length of a paragraph kept from the article's <header> (its standfirst).
MIN_LEAD_CHARS = 60
#: A lead-classed wrapper of paragraphs ("intro") is the article's opening when it holds at
#: most this many characters of paragraph text (``sections.lead_wrapper``).
LEAD_WRAPPER_CHARS = 8000

#: A short line that is only a byline ("By Jane Doe", "Von Max Muster").
BYLINE = r"(?:by|von|por|par|di|door|av|af)\s+[\w.'’\- ,&]{2,60}"
#: A short line carrying a date or time stamp is a dateline, not article text.
DATELINE = r"\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"

#: A headline's standfirst is looked for among its next LEAD_SIBLINGS siblings (a paragraph),
#: or as a lead-classed block within the next LEAD_SCAN elements after it.
LEAD_SIBLINGS = 3
LEAD_SCAN = 60

#: Class/id substrings of an article's standfirst (lead paragraph) kept before the body
#: ("leading-*" is a line-height class, not a lead).
LEAD = r"lead(?!ing)|standfirst|intro|summary|description|excerpt|abstract|\bdek\b|teaser-text"

#: A paragraph ending with a picture credit in brackets is an image caption standing alone.
CAPTION_TAIL = (
    r"\((?:image|images|photo|photos|picture|pic|foto|fotos|bild|credit|source|quelle|getty|reuters|"
    r"ap photo|afp|epa)\b[^()]{0,80}\)\s*$|"
    r"\([^()]{0,40}/\s*(?:istock|getty|shutterstock|unsplash|dpa|reuters|afp|epa|imago|adobe ?stock)"
    r"[^()]{0,30}\)\s*$|"
    r"(?:^|\s\|\s*)©\s*[^.!?©]{2,60}$|\b(?:reuters|afp|ap|getty images|dpa) files?$"
)

#: A teaser's excerpt cut short: an ellipsis near the end of a list item that opens with a
#: linked title (a source label or "more" may follow it).
TEASER_CUT = r"…|\.\.\.|\[…\]|\[\.\.\.\]"
#: ...found within this many characters of the item's end.
TEASER_TAIL_CHARS = 40

#: Inside the body, a list is link chrome above this link density (a block of another kind
#: above 0.5): an article's own lists of sources, picks or steps are mostly links.
LIST_LINK_DENSITY = 0.9

#: A list right after a related-content heading ("More stories") with at least this share of
#: link text is that related block, even inside the article container.
RELATED_LIST_LINK_DENSITY = 0.3

#: A line crediting the reporting ("(Reporting by ...; Editing by ...)", "X contributed
#: reporting from Y."): a wire or newsroom credit, not article text.
REPORTING_CREDIT_OPENING = (
    r"^\((?:additional )?(?:reporting|writing|editing) by\b[^()]*\)\.?$|"
    r"^(?:additional )?reporting by\b[^.;]*;\s*(?:writing|editing) by\b[^.]*\.?$"
)
REPORTING_CREDIT_CONTRIBUTED = r".*\bcontributed (?:reporting|to this (?:report|story|article))\b[^.]{0,60}\.?$"
REPORTING_CREDIT = REPORTING_CREDIT_OPENING + "|" + REPORTING_CREDIT_CONTRIBUTED

#: Class/id substrings of a caption: chrome when it stands apart from its image (text only).
CAPTION = r"caption"

#: Class/id substrings of reader comments: never body, however long.
COMMENTS = r"comment|kommentar|disqus|repl(?:y|ies)|discussion|respond"
