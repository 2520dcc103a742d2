"""Which page metadata feeds which :class:`~syndicate.model.Metadata` field, in priority order.

Keys are the lower-cased ``name``, ``property``, ``itemprop`` or ``http-equiv``
of a ``<meta>`` element (all four land in one namespace: publishers mix them up,
``<meta name="og:title">`` is common). The JSON-LD property names are the
schema.org ones (``JSONLD_*`` tuples). Earlier entries win; the order between
the source families (JSON-LD, meta, microdata, markup) is set, field by field,
in :mod:`syndicate.extract.metadata` and documented at its top.
"""

from __future__ import annotations

#: schema.org types whose node describes the article itself.
ARTICLE_TYPES: frozenset[str] = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
    "askpublicquestionarticle", "blogposting", "liveblogposting", "socialmediaposting",
    "techarticle", "scholarlyarticle", "medicalscholarlyarticle", "report", "review",
    "satiricalarticle", "advertisercontentarticle", "posting", "discussionforumposting",
})
#: Types that describe the page only when their ``url`` is the page's: an article page
#: often embeds a VideoObject or Recipe of its own, whose name is not the headline.
OTHER_WORK_TYPES: frozenset[str] = frozenset({
    "creativework", "videoobject", "recipe", "howto", "podcastepisode", "event",
})
#: An item nested under one of these properties is another work the article refers to
#: (a cited paper is a ScholarlyArticle too): its dates and authors are not the article's.
#: (mainEntity, blogPost, hasPart... may hold the article itself and are not listed.)
FOREIGN_ITEM_PROPS: frozenset[str] = frozenset({
    "citation", "mentions", "isbasedon", "comment", "review", "relatedlink",
    "significantlink", "subjectof", "workexample", "exampleofwork", "isrelatedto",
    "issimilarto", "recipe", "video", "audio", "associatedmedia",
})
#: schema.org types of an organisation (an author of one of these types is a publisher,
#: department or company, not a person).
ORGANIZATION_TYPES: frozenset[str] = frozenset({
    "organization", "newsmediaorganization", "corporation", "localbusiness",
    "educationalorganization", "governmentorganization", "ngo", "onlinebusiness",
})
#: Types consulted when no article node exists (a page describing itself).
PAGE_TYPES: frozenset[str] = frozenset({
    "webpage", "itempage", "aboutpage", "collectionpage", "mediagallery", "qapage",
})

# ---------------------------------------------------------------- meta tags, per field

TITLE_META: tuple[str, ...] = (
    "og:title", "twitter:title", "headline", "parsely-title", "sailthru.title",
    "dc.title", "dcterms.title", "title",
)
#: Social-card titles: an ``<h1>`` equal to one of these is the headline (see metatitle).
CARD_TITLE_META: tuple[str, ...] = ("og:title", "twitter:title")
SUBTITLE_META: tuple[str, ...] = ("alternativeheadline", "og:subtitle", "subtitle")
AUTHOR_META: tuple[str, ...] = (
    "author", "article:author", "og:article:author", "parsely-author", "sailthru.author",
    "dc.creator", "dcterms.creator", "byl", "cxenseparse:author", "twitter:creator:name",
    "citation_author", "twitter:data:written-by",
)
#: Labels of a Twitter card's ``twitter:labelN`` whose ``twitter:dataN`` names the author
#: (what Yoast SEO writes, in the site's language; lower case). The pair is read as the
#: meta key ``twitter:data:written-by``.
TWITTER_AUTHOR_LABELS: frozenset[str] = frozenset({
    "written by", "author", "by", "geschrieben von", "verfasst von", "autor", "écrit par", "auteur",
    "escrito por", "scritto da", "autore", "geschreven door", "napisane przez", "skrevet av",
    "skrivet av", "skrevet af", "kirjoittanut", "yazar", "автор", "作者", "著者", "작성자",
})
PUBLISHED_META: tuple[str, ...] = (
    "article:published_time", "og:article:published_time", "article:published",
    "datepublished", "og:published_time", "published_time", "parsely-pub-date",
    "sailthru.date", "pubdate", "publishdate", "publish-date", "publish_date",
    "article.published", "article_date_original", "original-publish-date",
    "originalpublicationdate", "dc.date.issued", "dcterms.issued", "dc.date.created",
    "dcterms.created", "dc.date", "dcterms.date", "date", "citation_publication_date",
    "cxenseparse:recs:publishtime", "article:post_date",
    "published", "published-date", "published_date", "publication-date", "publication_date",
)
MODIFIED_META: tuple[str, ...] = (
    "article:modified_time", "og:article:modified_time", "datemodified", "og:updated_time",
    "article:modified", "article.updated", "modified_time", "last-modified", "lastmod",
    "dc.date.modified", "dcterms.modified", "revised", "modified-date", "modified_date",
)
SITE_NAME_META: tuple[str, ...] = (
    "og:site_name", "application-name", "apple-mobile-web-app-title", "publisher",
    "dc.publisher", "cxenseparse:sitename", "al:ios:app_name",
)
LANGUAGE_META: tuple[str, ...] = (
    "content-language", "language", "dc.language", "dcterms.language", "og:locale",
    "inlanguage",
)
DESCRIPTION_META: tuple[str, ...] = (
    "og:description", "description", "twitter:description", "dc.description",
    "dcterms.description", "sailthru.description", "parsely-description",
)
IMAGE_META: tuple[str, ...] = (
    "og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src",
    "image", "thumbnailurl", "parsely-image-url", "sailthru.image.full", "thumbnail",
)
IMAGE_WIDTH_META: tuple[str, ...] = ("og:image:width", "twitter:image:width")
IMAGE_HEIGHT_META: tuple[str, ...] = ("og:image:height", "twitter:image:height")
IMAGE_ALT_META: tuple[str, ...] = ("og:image:alt", "twitter:image:alt")
#: Multi-valued: the first key with values gives all the tags.
TAGS_META: tuple[str, ...] = (
    "article:tag", "og:article:tag", "news_keywords", "keywords", "parsely-tags",
    "sailthru.tags", "dc.subject", "dcterms.subject",
)
SECTION_META: tuple[str, ...] = (
    "article:section", "og:article:section", "articlesection", "parsely-section",
    "sailthru.section", "section", "category",
)
CANONICAL_META: tuple[str, ...] = ("og:url", "twitter:url", "parsely-link")

#: Every key above: the one pass over ``<meta>`` keeps only these.
ALL_META_KEYS: frozenset[str] = frozenset(
    TITLE_META + SUBTITLE_META + AUTHOR_META + PUBLISHED_META + MODIFIED_META + SITE_NAME_META
    + LANGUAGE_META + DESCRIPTION_META + IMAGE_META + IMAGE_WIDTH_META + IMAGE_HEIGHT_META
    + IMAGE_ALT_META
    + TAGS_META + SECTION_META + CANONICAL_META
    + tuple(f"twitter:{kind}{n}" for kind in ("label", "data") for n in range(1, 5))
)

#: Meta tags whose content is a JSON object: its fields, filed under the meta keys above.
JSON_META: dict[str, dict[str, str]] = {
    "parsely-page": {
        "title": "parsely-title", "pub_date": "parsely-pub-date", "author": "parsely-author",
        "authors": "parsely-author", "section": "parsely-section", "tags": "parsely-tags",
        "link": "parsely-link", "image_url": "parsely-image-url",
    },
}

# ---------------------------------------------------------------- microdata and markup

#: ``itemprop`` values read from elements other than ``<meta>`` (text or attribute).
ITEMPROP_FIELDS: dict[str, str] = {
    "headline": "title",
    "alternativeheadline": "subtitle",
    "author": "authors",
    "creator": "authors",
    "datepublished": "published",
    "datecreated": "published",
    "datemodified": "modified",
    "articlesection": "section",
    "keywords": "tags",
    "inlanguage": "language",
}

#: Class/id tokens of elements holding the author's name (bylines).
BYLINE_TOKENS: tuple[str, ...] = (
    "byline", "byline-name", "author-name", "authorname", "article-author", "post-author",
    "entry-author", "author", "by-author", "story-byline", "article__author", "c-byline__author",
    "writer", "contributor-name",
)
#: Class/id tokens of the standfirst / dek under the headline.
SUBTITLE_TOKENS: tuple[str, ...] = (
    "subtitle", "sub-title", "subheadline", "sub-headline", "standfirst", "dek",
    "article-dek", "article-subtitle", "entry-subtitle", "post-subtitle", "summary-lead",
)
#: Class tokens of time elements that hold the publication (not update) time.
PUBLISHED_TIME_TOKENS: tuple[str, ...] = (
    "published", "publish", "pubdate", "post-date", "entry-date", "date-published",
    "article-date", "posted-on", "timestamp", "dateline",
)
MODIFIED_TIME_TOKENS: tuple[str, ...] = ("updated", "modified", "date-modified", "update-time")

#: Lead-in words stripped from bylines ("By Jane Doe", "Von Max Muster").
BYLINE_PREFIXES: tuple[str, ...] = (
    "by", "written by", "words by", "posted by", "story by", "text by", "author",
    "analysis by", "opinion by", "commentary by", "review by", "reporting by", "compiled by",
    "von", "par", "por", "di", "door", "af", "av", "przez", "autor", "auteur", "de",
    "text", "texte", "текст", "автор", "tekst", "veröffentlicht von", "geschrieben von",
    "publicado por", "escrito por", "publié par", "écrit par", "scritto da", "pubblicato da",
)

#: Author values that are a CMS's default account or an empty template, not a person.
PLACEHOLDER_AUTHORS: frozenset[str] = frozenset({
    "admin", "administrator", "unknown", "webmaster", "anonymous", "user", "guest", "editor",
    "staff", "redaktion", "redacción", "rédaction", "team", "wpengine", "superuser", "root",
    "author", "n/a", "none", "null", "undefined", "default", "wordpress",
})

#: Separators between a headline and the site name in ``<title>``/og:title. A segment is
#: only cut off when it names the site (og:site_name, publisher, host name), because
#: dashes and colons are common inside headlines too.
TITLE_SEPARATORS: str = r"\|\-–—:·•»«/~"
#: Separators that (almost) never occur inside a headline: a short trailing segment after
#: one of these is taken for the site name even when the site's name is unknown.
HARD_TITLE_SEPARATORS: str = r"\|·•»«~"

#: Class/id words of the kicker above a headline inside its ``<h1>`` ("<h1><span
#: class='kicker'>Climate</span> <span>Drilling until it gets hot</span></h1>"): a topic
#: line, not part of the headline (English, German, French, Spanish, Italian, Dutch names).
KICKER_WORDS: tuple[str, ...] = (
    "kicker", "eyebrow", "overline", "overtitle", "supertitle", "pretitle", "pre-title",
    "preheadline", "pre-headline", "topline", "roofline", "dachzeile", "spitzmarke",
    "surtitre", "surtitle", "antetitulo", "antetitle", "occhiello", "bovenkop",
)

#: Longest ``<h1>`` text, and most elements inside it, read for a kicker.
MAX_HEADLINE_CHARS: int = 400
MAX_HEADLINE_PARTS: int = 40

#: Spaced dashes before a label that ends a headline ("Headline – Infographic").
DASH_SEPARATORS: str = r"\-–—"
#: Most words of such a label (all capitalised), and fewest words of the headline before it.
DASH_LABEL_WORDS: int = 4
DASH_HEAD_WORDS: int = 4

#: Fewest letters for a heading in capitals only to count as set in capitals (not "FAQ").
CAPS_MIN_LETTERS: int = 6

#: Share of words an ``<h1>`` must have in common with a metadata headline to be taken
#: for the displayed version of it.
H1_OVERLAP: float = 0.5

# ---------------------------------------------------------------- JSON-LD

#: JSON-LD properties per field, in priority order.
JSONLD_TITLE: tuple[str, ...] = ("headline", "name", "alternativeHeadline")
JSONLD_SUBTITLE: tuple[str, ...] = ("alternativeHeadline", "alternativeTitle")
JSONLD_AUTHOR: tuple[str, ...] = ("author", "creator")
JSONLD_PUBLISHED: tuple[str, ...] = ("datePublished", "dateCreated", "uploadDate")
JSONLD_MODIFIED: tuple[str, ...] = ("dateModified",)
JSONLD_DESCRIPTION: tuple[str, ...] = ("description", "abstract")
JSONLD_IMAGE: tuple[str, ...] = ("image", "thumbnailUrl", "thumbnail")
JSONLD_TAGS: tuple[str, ...] = ("keywords",)
JSONLD_SECTION: tuple[str, ...] = ("articleSection", "genre")
JSONLD_LANGUAGE: tuple[str, ...] = ("inLanguage",)
#: Properties whose value may hold the article node of a page node (WebPage.mainEntity).
JSONLD_CONTAINERS: tuple[str, ...] = ("@graph", "mainEntity", "mainEntityOfPage", "hasPart", "itemListElement")
#: Keys salvaged with a regular expression from JSON-LD that no repair makes parseable.
JSONLD_SALVAGE: tuple[str, ...] = (
    "headline", "alternativeHeadline", "datePublished", "dateModified", "description",
    "articleSection", "inLanguage",
)

# ---------------------------------------------------------------- dates

#: Time-zone abbreviations seen in news dates (offset from UTC in seconds); dateutil
#: knows none of these by itself. "ET"/"PT" are taken as standard time.
TZ_ABBREVIATIONS: dict[str, int] = {
    "UTC": 0, "GMT": 0, "Z": 0, "UT": 0, "WET": 0, "BST": 3600, "IST": 19800, "CET": 3600,
    "CEST": 7200, "MEZ": 3600, "MESZ": 7200, "EET": 7200, "EEST": 10800, "MSK": 10800,
    "EST": -18000, "EDT": -14400, "ET": -18000, "CST": -21600, "CDT": -18000, "CT": -21600,
    "MST": -25200, "MDT": -21600, "MT": -25200, "PST": -28800, "PDT": -25200, "PT": -28800,
    "AKST": -32400, "AKDT": -28800, "HST": -36000, "JST": 32400, "KST": 32400, "HKT": 28800,
    "SGT": 28800, "AEST": 36000, "AEDT": 39600, "ACST": 34200, "AWST": 28800, "NZST": 43200,
    "NZDT": 46800, "WIB": 25200, "WAT": 3600, "CAT": 7200, "EAT": 10800, "SAST": 7200,
    "PKT": 18000, "BRT": -10800, "ART": -10800,
}
#: Years outside this range are taken for junk (placeholder dates, parsing accidents).
DATE_YEARS: tuple[int, int] = (1800, 2200)
#: Publication dates before this day are taken for placeholders (see ``dates.plausible``).
PLAUSIBLE_FROM: str = "1995-01-01"

# ---------------------------------------------------------------- dates in the page's text

#: Words before a date that make it the update date, not the publication date (lower case;
#: matched as words in the text just before the date).
UPDATED_WORDS: tuple[str, ...] = (
    "updated", "update", "last updated", "modified", "last modified", "revised", "edited",
    "aktualisiert", "zuletzt aktualisiert", "geändert", "stand", "mis à jour", "modifié",
    "actualizado", "actualización", "modificado", "atualizado", "aggiornato", "modificato",
    "bijgewerkt", "gewijzigd", "zaktualizowano", "aktualizacja", "обновлено", "обновлён",
    "oppdatert", "uppdaterad", "opdateret", "päivitetty", "güncellendi", "güncelleme",
    "aktualizováno", "更新", "更新日", "最終更新", "업데이트", "수정",
)
#: Words before a date that make it the publication date: enough, with UPDATED_WORDS, for a
#: date line far from the headline to count (lower case; matched as words).
PUBLISHED_WORDS: tuple[str, ...] = (
    "published", "publish date", "publication date", "date published", "posted", "posted on",
    "veröffentlicht", "erschienen", "publié", "publié le", "publicado", "publicada", "publicación",
    "pubblicato", "pubblicazione", "gepubliceerd", "geplaatst", "opublikowano", "publikacja",
    "опубликовано", "publicerad", "publiceret", "publisert", "julkaistu", "yayınlandı",
    "yayın tarihi", "zveřejněno", "publikováno", "公開", "公开", "发布", "發佈", "投稿", "게시",
)
#: Parts of class names (split at spaces, "-" and "_") of the blocks around other articles
#: and comments: a date line inside one (within four levels) is not the page's date.
FOREIGN_DATE_CLASS_PARTS: frozenset[str] = frozenset({
    "teaser", "teasers", "related", "recommended", "popular", "trending", "comment",
    "comments", "reply", "replies",
})
#: Keys of dates in a page's own (non-JSON-LD) script data: Next.js/Nuxt state and the like.
#: Read last, ISO values only.
SCRIPT_DATE_KEYS: tuple[str, ...] = (
    "datePublished", "publishedDate", "publishDate", "published_date", "publish_date",
    "publishedAt", "published_at", "firstPublishedDate", "first_published_at", "pubDate",
    "postDate", "postedAt", "post_date", "releaseDate",
)

# ---------------------------------------------------------------- bylines in the page

#: Parts of class/id names (split at spaces, "-" and "_") that mark a byline element:
#: "author", "c-byline__name", "wp-block-post-author-name__link", "autor-name".
BYLINE_CLASS_PARTS: frozenset[str] = frozenset({
    "author", "authors", "byline", "bylines", "writer", "writtenby", "autor", "autore",
    "auteur", "autorin", "verfasser", "contributor",
})
#: ...unless one of these parts says it is about the author, not the byline itself.
BYLINE_CLASS_EXCLUDE: frozenset[str] = frozenset({
    "bio", "biography", "description", "desc", "avatar", "img", "image", "photo", "picture",
    "social", "follow", "more", "posts", "articles", "list", "comment", "comments", "reply",
})
#: URL path segments of author pages ("/author/jane-doe", "/autoren/max").
AUTHOR_PATH_SEGMENTS: frozenset[str] = frozenset({
    "author", "authors", "autor", "autoren", "autores", "autori", "auteur", "auteurs",
    "writer", "writers", "staff", "contributor", "contributors", "columnist", "columnists",
    "journalist", "journalists", "redacteur", "redactie", "profile", "profiles", "people",
})
#: Words of an organisation's name: a byline holding one is kept whole, never split at
#: commas ("Name of a fire brigade, Water Rescue Unit" is one author). Lower case.
ORG_WORDS: frozenset[str] = frozenset({
    "team", "staff", "editors", "editorial", "desk", "newsroom", "department", "unit",
    "brigade", "police", "office", "agency", "association", "institute", "university",
    "council", "ministry", "committee", "foundation", "society", "company", "group",
    "services", "service", "news", "press", "media", "redaktion", "feuerwehr", "polizei",
    "wasserrettung", "rédaction", "redacción", "redazione", "redactie", "redakcja",
    "bomberos", "pompiers", "vigili", "brandweer", "straż", "agentur", "agence", "agencia",
})
#: Words of a job title after a name ("Paul Frew, Security Expert"): such a part is dropped.
ROLE_WORDS: frozenset[str] = frozenset({
    "expert", "editor", "reporter", "correspondent", "writer", "columnist", "contributor",
    "journalist", "attorney", "lawyer", "analyst", "director", "manager", "founder", "ceo",
    "producer", "author", "specialist", "consultant", "professor", "researcher", "chief",
    "head", "senior", "lead", "redakteur", "redakteurin", "korrespondent", "journaliste",
    "rédacteur", "redactor", "periodista", "giornalista", "dziennikarz",
})
#: Meta keys whose names are written "Last, First" (Highwire Press / Google Scholar).
SURNAME_FIRST_META: frozenset[str] = frozenset({"citation_author", "dc.creator", "dcterms.creator"})
#: Words of links and buttons that a byline scan can meet; a "name" made only of these
#: ("Learn More", "View Profile") is none. Lower case.
NOT_NAME_WORDS: frozenset[str] = frozenset({
    "learn", "more", "read", "view", "see", "all", "posts", "articles", "profile", "follow",
    "share", "contact", "about", "home", "menu", "subscribe", "login", "sign", "in", "up",
    "mehr", "lesen", "plus", "lire", "leer", "más", "ver", "leggi", "meer", "lees", "by",
    "author", "authors", "written", "the", "me", "us", "bio", "email", "print", "comments",
    "link", "links", "website", "twitter", "facebook", "linkedin", "instagram", "rss",
})
