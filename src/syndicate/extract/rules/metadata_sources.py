"""Which page metadata feeds which :class:`~syndicate.model.Metadata` field, in priority order.

Keys are the lower-cased ``name``, ``property``, ``itemprop`` or ``http-equiv``
of a ``<meta>`` element (all four land in one namespace: publishers mix them up,
``<meta name="og:title">`` is common). The JSON-LD property names are the
schema.org ones. Earlier entries win; JSON-LD (``jsonld`` tuples) is consulted
at the point where :mod:`syndicate.extract.metadata` says so.
"""

from __future__ import annotations

#: schema.org types whose node describes the article itself.
ARTICLE_TYPES: frozenset[str] = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
    "askpublicquestionarticle", "blogposting", "liveblogposting", "socialmediaposting",
    "techarticle", "scholarlyarticle", "medicalscholarlyarticle", "report", "review",
    "satiricalarticle", "advertisercontentarticle", "creativework", "posting",
    "discussionforumposting", "videoobject", "recipe", "howto",
})
#: Types consulted when no article node exists (a page describing itself).
PAGE_TYPES: frozenset[str] = frozenset({
    "webpage", "itempage", "aboutpage", "collectionpage", "mediagallery", "qapage",
})

# ---------------------------------------------------------------- meta tags, per field

TITLE_META: tuple[str, ...] = (
    "og:title", "twitter:title", "headline", "parsely-title", "sailthru.title",
    "dc.title", "dcterms.title", "title", "name",
)
SUBTITLE_META: tuple[str, ...] = ("alternativeheadline", "og:subtitle", "subtitle")
AUTHOR_META: tuple[str, ...] = (
    "author", "article:author", "og:article:author", "parsely-author", "sailthru.author",
    "dc.creator", "dcterms.creator", "byl", "cxenseparse:author", "twitter:creator:name",
    "citation_author",
)
PUBLISHED_META: tuple[str, ...] = (
    "article:published_time", "og:article:published_time", "article:published",
    "datepublished", "og:published_time", "published_time", "parsely-pub-date",
    "sailthru.date", "pubdate", "publishdate", "publish-date", "publish_date",
    "article.published", "article_date_original", "original-publish-date",
    "originalpublicationdate", "dc.date.issued", "dcterms.issued", "dc.date.created",
    "dcterms.created", "dc.date", "dcterms.date", "date", "citation_publication_date",
    "cxenseparse:recs:publishtime", "article:post_date",
)
MODIFIED_META: tuple[str, ...] = (
    "article:modified_time", "og:article:modified_time", "datemodified", "og:updated_time",
    "article:modified", "article.updated", "modified_time", "last-modified", "lastmod",
    "dc.date.modified", "dcterms.modified", "revised",
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
IMAGE_WIDTH_META: tuple[str, ...] = ("og:image:width",)
IMAGE_HEIGHT_META: tuple[str, ...] = ("og:image:height",)
#: Multi-valued: the first key with values gives all the tags.
TAGS_META: tuple[str, ...] = (
    "article:tag", "og:article:tag", "news_keywords", "keywords", "parsely-tags",
    "sailthru.tags", "dc.subject", "dcterms.subject",
)
SECTION_META: tuple[str, ...] = (
    "article:section", "og:article:section", "articlesection", "parsely-section",
    "sailthru.section", "section", "category", "dc.type",
)
CANONICAL_META: tuple[str, ...] = ("og:url", "twitter:url", "parsely-link")

#: Every key above: the one pass over ``<meta>`` keeps only these.
ALL_META_KEYS: frozenset[str] = frozenset(
    TITLE_META + SUBTITLE_META + AUTHOR_META + PUBLISHED_META + MODIFIED_META + SITE_NAME_META
    + LANGUAGE_META + DESCRIPTION_META + IMAGE_META + IMAGE_WIDTH_META + IMAGE_HEIGHT_META
    + TAGS_META + SECTION_META + CANONICAL_META
)

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
    "von", "par", "por", "di", "door", "af", "av", "przez", "autor", "auteur", "de",
)

#: Separators between a headline and the site name in ``<title>``/og:title.
TITLE_SEPARATORS: str = r"\|\-–—:·•»«/~"
