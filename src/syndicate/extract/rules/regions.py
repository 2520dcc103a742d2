"""Structure and vocabulary of page regions outside the body (related lists, headings), as
data for ``extract/regions.py`` and ``extract/linklists.py``.

Vocabulary is matched on word *stems* (a heading word starting with a stem), in many
languages, and only ever adds evidence to what the structure says.
"""

from __future__ import annotations

import re

#: Tags that may hold a region (a block of links, a widget); others are entered, never taken.
REGION_TAGS = frozenset({
    "div", "section", "aside", "ul", "ol", "nav", "footer", "header", "dl", "table", "tbody",
    "figure", "article", "p", "li", "span", "center", "form", "blockquote",
})

#: Path segments (words of them) of pages that are not articles: listings, tags, accounts.
NON_ARTICLE_PATH_WORDS = frozenset({
    "tag", "tags", "category", "categories", "categoria", "kategorie", "author", "authors",
    "autor", "auteur", "topic", "topics", "thema", "themen", "search", "suche", "login",
    "signin", "register", "account", "subscribe", "subscription", "newsletter", "newsletters",
    "contact", "about", "impressum", "privacy", "datenschutz", "terms", "cart", "shop", "feed",
    "rss", "page", "wp-login", "user", "profile", "section", "sections", "label", "archive",
    "archives", "cookie", "cookies", "faq", "help", "agb", "jobs", "careers", "etiqueta", "etiquetas",
})
#: The host most of the page's absolute links name is taken for the site's when the page links
#: its own hosts (its URL's, its canonical URL's) fewer times than this (read under another
#: address), or when it is a subdomain of the same site; else it is another site the article
#: cites (a shop in a product round-up, a code host in a changelog).
MIN_OWN_LINKS = 10
#: Link texts of at least this many characters (or words) read as headlines.
TITLE_CHARS = 15
TITLE_WORDS = 3
#: A related block: at least this many distinct article links...
MIN_ARTICLE_LINKS = 2
#: ...making at least this share of its distinct links...
MIN_ARTICLE_SHARE = 0.6
#: ...and at most this many links in all (more is a sitemap-like footer or a page region).
MAX_REGION_LINKS = 40
#: ...with link text carrying at least this share of its text (headings and item blurbs aside).
MIN_LINK_DENSITY = 0.5
#: ...or this share, for teaser cards (a blurb under each headline) or under a related heading.
MIN_CARD_LINK_DENSITY = 0.25
#: ...or this share, for teaser cards (image, headline, blurb) under a related heading.
MIN_HEADED_CARD_LINK_DENSITY = 0.15
#: ...as do this many teaser cards (story links with an image) without a heading.
MIN_TEASER_CARDS = 3
#: Story links set as titles make a list of teasers without a related heading when they are
#: at least this share of its stories (a few titles are one part's of a box of several).
MIN_TITLED_SHARE = 0.5
#: ...or this share, for that many teasers (pictured or set as titles) under a related
#: heading: the heading and the repeated cards say it, whatever the blurbs' length.
MIN_TEASER_LIST_LINK_DENSITY = 0.05
#: A region named a tag/topic list whose links all go to articles, at least this many of
#: them, is still judged as a related block.
MIN_ALL_ARTICLES = 3
#: A list of another site's stories (``sister_lists``) holds at least this many of them.
MIN_SISTER_STORIES = 3
#: Path segments of a shop's product page or a job board's offer (an affiliate list of
#: products, a partner's job offers: no story list): Amazon's "/dp/", "/gp/product/", and
#: the common product, item and job paths in several languages.
NO_STORY_PATH_WORDS = frozenset({
    "dp", "gp", "product", "products", "produkt", "produkte", "produit", "produits", "producto",
    "productos", "prodotto", "prodotti", "item", "itm", "items", "p", "buy", "store",
    "shop", "tienda", "boutique", "negozio", "job", "jobs", "stellenangebot", "stellenangebote",
    "stelle", "emploi", "offre-emploi", "empleo", "empleos", "lavoro", "vacancy", "vacancies",
})
#: In a page header or footer, a list named by no related heading is related when all its
#: 3+ links are stories whose link texts average this many characters ("Privacy Policy" is no story).
EDGE_HEADLINE_CHARS = 20
#: ...and each link goes to a story: a date in its path or a slug of this many words in its
#: last segment...
EDGE_STORY_SLUG_WORDS = 5
#: ...and no more than half of them open their slug with the same this many words (one template).
EDGE_SLUG_OPENING = 3
#: A paragraph of story links outside the body: this share of its text is link text
#: (brackets and labels between the headlines allowed).
MIN_STORY_PARAGRAPH_LINK_SHARE = 0.8
#: A link text of at most this many characters that points to no article is a label (a
#: teaser card's section: "Sport", "Personal").
LABEL_CHARS = 20
#: ...and at most this many elements (scanned).
MAX_REGION_NODES = 800
#: A region with more loose text than this is no link list.
MAX_REGION_TEXT = 5000

#: Stems of words that make a heading a related-content heading, in many languages
#: ("related", "recommended", "latest", "more", "also read"...). A heading of at most
#: ``MAX_HEADING_WORDS`` words with one of these is evidence, not proof.
RELATED_STEMS: tuple[str, ...] = (
    # en
    "related", "recommend", "popular", "trending", "latest", "recent", "more", "also", "read",
    "stories", "story", "articles", "article", "posts", "post", "news", "headlines", "videos",
    "watch", "next", "previous", "similar", "must", "top", "picks", "don't miss", "missed",
    "further", "explore", "discover", "guides", "blogs", "from the",
    # de
    "mehr", "weitere", "ähnlich", "aehnlich", "verwandt", "beiträg", "beitrag", "artikel",
    "lesen", "lies", "meistgelesen", "neueste", "aktuell", "empfehl", "nachrichten", "themen",
    "könnte", "interessier", "zum thema", "letzte", "beliebt",
    # fr
    "lire", "aussi", "plus", "similaires", "recommand", "populaires", "dernier", "récent",
    "actualités", "voir",
    # es / pt / it
    "relacionad", "más", "mas ", "noticias", "notícias", "leer", "lea", "lee ", "leia", "veja",
    "también", "também", "recomend", "últim", "ultim", "popular", "correlat", "leggi", "anche",
    "notizie", "articoli", "potrebbe", "interes",
    # nl / pl / ru / others
    "gerelateerd", "lees", "meer", "czytaj", "zobacz", "więcej", "podobne", "читайте", "похож",
    "ещё", "еще", "новости", "関連", "相关", "推荐", "추천", "관련",
)
#: A heading has at most this many words.
MAX_HEADING_WORDS = 9
#: A card's title (a headline the card's link does not carry) has at most this many.
MAX_CARD_TITLE_WORDS = 25
#: Class/id words of a title element: a link in one is a headline (``linklists.titled``),
#: looked for on the link and this many levels above it.
TITLE_CLASS: dict[str, tuple[str, ...]] = {"word": ("title", "headline", "heading")}
TITLE_CLIMB = 2
#: A line set in capitals may hold this share of lower-case letters ("AMAs", "McDONALD'S").
MAX_LOWER_IN_CAPITALS = 0.05
#: A label before an in-text related link ("Related:", "Lesen Sie auch:") has at most this many.
MAX_LABEL_WORDS = 4
#: An invitation line in the text (``invite_lines``): it opens with one of these (lower case,
#: whole words where a word could go on: "read our ", not "read"), ...
INVITE_STEMS: tuple[str, ...] = (
    # en
    "learn more in our", "learn more about", "learn more in", "read our guide", "read more about",
    "read more in our", "read more:", "see our guide", "check out our ", "find out more in our",
    "for more on", "more on this:", "more on this topic", "related reading", "read our ",
    # de
    "mehr dazu", "mehr zum thema", "lesen sie mehr", "lesen sie auch", "lies auch", "erfahren sie mehr",
    "mehr erfahren sie in", "lesen sie unser", "schauen sie sich unser",
    # fr
    "en savoir plus", "lire aussi", "à lire aussi", "pour en savoir plus", "découvrez notre ",
    "consultez notre ", "lisez notre ",
    # es / pt / it / nl / pl
    "más información en", "lee también", "lea también", "lee nuestra guía", "saiba mais", "leia também",
    "leggi anche", "scopri di più", "lees ook", "lees meer", "czytaj także", "czytaj więcej",
    "consulta nuestra ", "consulta nuestro ", "confira nosso ", "confira nossa ", "leia nosso ",
    "leia nossa ", "leggi la nostra ", "leggi il nostro ", "bekijk onze ", "lees onze ",
)
#: ...is at most this many words long, and its one link (to an article of the site) ends it,
#: at least this many words long.
MAX_INVITE_WORDS = 18
MIN_INVITE_LINK_WORDS = 2
#: ...with at most this many words after the link ("here.", "to learn more.").
MAX_INVITE_TAIL_WORDS = 3
#: A story list a script fills (``script_lists``): its box is at most this many levels
#: above the empty list, and holds at most this many characters besides its heading.
SCRIPT_LIST_CLIMB = 2
SCRIPT_LIST_EXTRA_CHARS = 40
#: Heading words of a comments widget ("Recent comments", "Neueste Kommentare"): no stories.
COMMENT_HEADING_STEMS = ("comment", "komment", "reacties", "commentai", "comentari", "коммент", "komentarz")
#: A tag or topic link names its page in at most this many words ("China", "Airbus Group SE").
TAG_LABEL_WORDS = 4

#: Class/id words and link words of previous/next post links.
PREV_NEXT_WORDS = frozenset({
    "prev", "previous", "next", "older", "newer", "nav-previous", "nav-next", "vorheriger",
    "nächster", "précédent", "suivant", "anterior", "siguiente", "próximo", "precedente",
    "successivo", "vorige", "volgende",
    # (inflected forms: "Vorheriges Thema", "Nächste Seite" aside, "Article précédente")
    "vorherige", "vorheriges", "nächste", "nächstes", "précédente", "suivante", "próxima",
    "successiva", "prossimo", "prossima", "vorig", "volgend",
})
#: Class/id words that mark a previous/next post navigation.
POST_NAV_WORDS = frozenset({"post-navigation", "posts-navigation", "post-nav", "prev-next", "pagination-single"})
#: A band of story cards set in a ``<nav>`` holds at most this many links (a menu more).
MAX_BAND_LINKS = 12
#: A previous/next region of one post link (or one beside an index link) holds at most this
#: many characters: the links' titles and their "Previous"/"Next" labels.
MAX_POST_NAV_CHARS = 250

_STEMS = "|".join(re.escape(s).replace("'", "['’]") for s in sorted(RELATED_STEMS, key=len, reverse=True))
#: One search per heading: a word that starts with a stem.
RELATED_HEADING_WORDS = re.compile(rf"(?:^|[\s\"'«“(¿¡])(?:{_STEMS})", re.IGNORECASE)

#: Class/id words of menus and navigation: no related blocks by structure inside (menus are
#: lists of links to articles too), share/follow bars still.
MENU_WORDS = frozenset({
    "nav", "navigation", "navbar", "menu", "menus", "submenu", "megamenu", "dropdown",
    "breadcrumb", "breadcrumbs", "sitemap", "offcanvas", "hamburger", "drawer",
})
#: ARIA roles of an element holding a menu, as a ``<nav>`` or ``<menu>`` does (lower-cased).
MENU_ROLES = frozenset({"navigation", "menu", "menubar"})
#: ...of which these are a drop-down's own (its panel, not the navigation holding it).
DROPDOWN_ROLES = MENU_ROLES - {"navigation"}
#: ...of which this is a menu bar's: a list of it is a menu area as ``<nav>`` is (a
#: ``role=menu`` list is a share or account drop-down as often).
BAR_ROLES = frozenset({"menubar"})
#: Class/id words of the page's header and footer: related lists there need a related heading.
EDGE_WORDS = frozenset({"header", "footer", "masthead", "topbar", "colophon"})
#: ...unless the name says it is the article's own header or footer.
OWN_PART_WORDS = frozenset({"article", "post", "entry", "story"})
#: Class/id words of tag, topic and breadcrumb lists: never related blocks.
NOT_RELATED_WORDS = frozenset({
    "tag", "tags", "tagcloud", "topics", "keywords", "categories", "breadcrumb", "breadcrumbs",
    "toc", "comments", "comment", "pagination", "pager", "author", "byline",
})
#: ...of which these name a pager, which may be a post's previous/next links.
PAGER_WORDS = frozenset({"pagination", "pager"})

#: A CTA found by its text that the page repeats this often (same kind, same words, digits
#: aside) is per-post chrome of a listing ("1 Kommentar", "Read more" under each teaser).
MAX_REPEATED_CTA = 3
#: A comments CTA whose text is only a count (digits and the word) is a counter, no CTA.
COUNTER = re.compile(r"^\W*\d+\W*(?:\w+\W*)?$")
#: The text of a comment COUNT link: a number (or a word saying none) and at most two words
#: ("19 Kommentare", "3 Reader Comments", "Sin comentarios"), one word and a number
#: ("comments 36", "Kommentare (0)"), or a bare number. A comments CTA whose only comment
#: links read so (a post's meta line: "Filed under News | 19 Comments") is a counter.
COUNT_TEXT = re.compile(
    r"^\W*(?:\d+\W*"
    r"|(?:\d+|no|keine|kein|sin|aucun|aucune|nessun|nessuno|geen|brak|sem|ingen|inga|zero|null)\W+"
    r"(?:[^\W\d_]+\W*){1,2}"
    r"|[^\W\d_]+\W*\d+\W*)$",
    re.IGNORECASE,
)
#: ...a link is a comment link when its text or the part of its URL after ``#`` or ``?``
#: holds a ``COMMENT_STEMS`` stem or one of these (the anchors comment threads use).
COMMENT_ANCHORS: tuple[str, ...] = ("respond", "disqus", "comments", "reactions", "reacties")
#: ...and such a meta line is short.
MAX_COUNT_LINE = 160
#: Small boxes (a heading or blurb and an action) and the stems that give their CTA kind, in
#: order of precedence. Matched on the box's prompt and its action elements' text.
CTA_BOX_STEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("newsletter", ("newsletter", "inbox", "e-mail updates", "email updates", "bulletin", "boletín",
                    "lettre d'information", "nieuwsbrief", "rundbrief", "infolettre", "boletin", "subskryb")),
    ("donate", ("donat", "spende", "faire un don", "support the", "support our", "support us",
                "give today", "give monthly", "contribute", "contribution", "contribuer", "contribuisci", "doação", "doar", "dona ahora", "unterstütze",
                "donaci", "donazion", "darowizn", "wesprzyj", "apoya nuestro", "apoya a", "sostieni")),
    ("subscribe", ("subscri", "abonn", "suscri", "suscrí", "assin", "abbona", "membership", "become a member",
                   "e-paper", "digital edition", "e-edition", "hazte miembro", "hágase miembro",
                   "hagase miembro", "mitglied werden", "devenez membre", "diventa socio")),
    ("contact", ("contact", "kontakt", "news tip", "send us a tip", "got a tip", "consultation",
                 "beratung", "talk to an expert", "get a quote", "angebot anfordern", "contáctanos",
                 "hinweis senden", "hinweis geben", "tipp senden", "envoyer une info", "envíanos",
                 "napisz do nas", "skontaktuj", "contatt", "consulenz", "beratung anfordern",
                 "appointment", "termin vereinbaren", "prendre rendez-vous", "pedir cita", "appuntamento")),
    ("app", ("app store", "google play", "download the app", "get the app", "our app", "news app",
             "unsere app", "die app", "notre application", "nuestra app", "la app", "nostra app")),
    # Offers, demos, orders, surveys: a box asking the reader to act on something else.
    ("other", ("% off", "promo code", "coupon", "discount", "free trial", "book a demo", "request a demo",
               "get a demo", "free demo", "book a free", "shop now", "order now", "buy now", "click to order",
               "jetzt bestellen", "jetzt kaufen", "gutschein", "rabatt", "acheter", "commander", "comprar",
               "compra ahora", "feedback", "survey", "umfrage", "sondage", "encuesta", "push notification",
               "add to basket", "add to cart", "in den warenkorb", "to your basket", "to your cart",
               "ajouter au panier", "al carrito", "a la cesta", "nel carrello", "do koszyka")),
    # A prompt to follow the site whose buttons a script fills (a "Like us on Facebook" box).
    ("follow", ("like us on facebook", "follow us", "folgen sie uns", "folge uns auf", "síguenos en",
                "suivez-nous sur", "seguici su", "obserwuj nas")),
)
#: Path words of a site's support page: a gift page when the box linking it names a donation
#: ("Become a Friend ... our annual donors" -> "/support/"), a help desk otherwise.
SUPPORT_PATH_WORDS = frozenset({"support", "supporter", "supporters", "soutien", "soutenir", "unterstuetzung"})
#: ...each holds these letters (one test rules out most targets).
SUPPORT_PATH_HINTS = ("su", "sout", "stue")
#: The words naming a donation beside such a link: the donate stems of ``CTA_BOX_STEMS`` and
#: these (a donor is named in a box about gifts; alone, "For Donors" is an audience's page).
SUPPORT_GIFT_STEMS: tuple[str, ...] = ("donor",)
#: A CTA box holds at most this much text and this many links.
MAX_BOX_TEXT = 500
#: Children of a box that each hold an action and this much text are boxes of their own.
MIN_PROMPT_CHARS = 20
#: A box with one link at most (a closable banner, a sticky bar, a card that is one link) is
#: read whole when this short.
MAX_BANNER_TEXT = 200
#: A line in the open page whose action is an e-mail link (``contact_lines``): at most this
#: many links and this much text, read whole for a contact prompt.
MAX_MAIL_LINE_LINKS = 2
MAX_MAIL_LINE_TEXT = 300
#: A page's buttons to more than this many different e-mail addresses or phone numbers are
#: a directory's entries, no contact CTA (``contact_lines.directory``).
MAX_REACH_TARGETS = 2
MAX_BOX_LINKS = 6
MAX_BOX_ELEMENTS = 200
#: Inside navigation, a CTA box named only by its words is a button ("Subscribe", "Donate").
MAX_MENU_BUTTON_TEXT = 40
#: A link styled as a button (``BUTTON_WORDS``) with at most this many words, the one action
#: of a small box, is an offer (CTA ``other``) when the box's words name no kind.
MAX_BUTTON_WORDS = 5
#: ...and its label starts with one of these (an imperative asking to act on an offer, in
#: many languages: whole words end in a space, stems take their inflections; "read", "see",
#: "view", "more", "sign in" are navigation)...
#: Class words (split at spaces, "-" and "_") of a part a button opens: a box holding one
#: is a toggle's, no offer (``scripted_offers``).
TOGGLE_CLASS_WORDS = frozenset({"menu", "dropdown", "accordion", "submenu", "megamenu", "collapse", "toggle"})
#: Placeholder copy of an unfinished template ("Lorem ipsum dolor sit amet"): no offer.
PLACEHOLDER_COPY: tuple[str, ...] = ("lorem ipsum", "inside of a div block")
OFFER_VERBS: tuple[str, ...] = (
    # en
    "shop ", "buy ", "get ", "learn ", "try ", "start ", "join ", "book ", "order ", "download ",
    "discover ", "explore ", "claim ", "sign up", "register ", "request ", "schedule ", "reserve ",
    "grab ", "unlock ", "upgrade ", "apply ", "calculate ", "compare ", "enrol", "redeem ",
    "install ", "find out",
    # de
    "jetzt ", "kaufen", "bestell", "entdeck", "mehr erfahren", "erfahre ", "erfahren sie", "sichern",
    "testen", "buchen", "hol dir", "holen sie", "herunterladen", "registrier", "anfordern",
    # fr
    "achet", "achèt", "commander", "commandez", "découvr", "essaye", "essayez", "réserv", "obtene",
    "obtenez", "profitez", "télécharg", "inscrivez", "commence", "en savoir plus",
    # es / pt
    "compra ", "comprar", "compre ", "descubr", "prueba ", "probar", "reserva ", "reservar", "obtén",
    "obtener", "consigue", "descarga", "empieza", "empezar", "regístr", "únete", "solicit", "pide ",
    "experimente", "obtenha", "baixe", "baixar", "comece", "inscreva",
    # it
    "acquista", "scopri", "prova ", "prenota", "ottieni", "scarica", "inizia", "iscriviti", "richiedi",
    # nl / pl
    "koop ", "bestel ", "ontdek", "probeer", "kup ", "kupuj", "zamów", "odkryj", "wypróbuj", "pobierz",
    "zarezerwuj",
)
#: ...unless the label only asks to learn more (these stems) and the link points to a story:
#: a last path segment of ``STORY_SLUG_WORDS`` words or more (a teaser card's button).
LEARN_MORE_VERBS: tuple[str, ...] = (
    "learn ", "find out", "discover ", "explore ", "mehr erfahren", "erfahre ", "erfahren sie",
    "entdeck", "en savoir plus", "découvr", "descubr", "scopri", "ontdek", "odkryj",
)
STORY_SLUG_WORDS = 3
#: A form's box may take in a short prompt the body walk kept (a heading, a line): at most
#: this many characters of body blocks; they leave the body with the box. A small headed box
#: (``MAX_BOX_TEXT``) may hold more: a CTA box the body's section merging took in.
MAX_PROMPT_IN_BODY = 200
#: Prompt stems of a comment form (a form with a text area).
COMMENT_STEMS: tuple[str, ...] = (
    "comment", "reply", "kommentar", "antwort", "commentaire", "réponse", "comentario", "respuesta",
    "commento", "rispondi", "komentarz", "discussion", "diskussion", "review", "bewertung",
)
#: A one-story card in the article column: at most this much text, mostly its link's.
MAX_CARD_TEXT = 300
MIN_CARD_LINK_SHARE = 0.4
#: An inset card showing one story's picture and headline (``inset_cards``) may hold a teaser
#: text: at most this much text...
MAX_INSET_CARD_TEXT = 800
#: ...and at most this many section labels beside the story's links ("Life Kit").
MAX_INSET_CARD_LABELS = 1
#: ...and its headline may be this short (three words beside the story's picture:
#: "Killer- oder Grippevirus"; a plain card's needs ``TITLE_WORDS`` + 1).
INSET_TITLE_WORDS = 3
#: Class/id words of media embeds and buttons (no story card).
MEDIA_WORDS = frozenset({
    "video", "videos", "embed", "media", "player", "gallery", "slideshow", "button", "btn",
    "audio", "podcast", "author", "autor", "autorzy", "byline", "bio",
})
#: ...less "embed", which names an embedded story teaser as well.
PLAYER_WORDS = MEDIA_WORDS - {"embed"}
#: Class/id words of a comment section (thread, form, script-filled box)...
COMMENT_SECTION_WORDS = frozenset({
    "comments", "comment", "disqus", "commenting", "kommentare", "kommentar", "commentaires",
    "comentarios", "commenti", "komentarze", "respond", "discussion", "fb-comments",
})
#: ...unless the name says it is a counter, a link, one comment or a page-level switch.
COMMENT_NOT_SECTION_WORDS = frozenset({
    "count", "counter", "number", "link", "links", "meta", "icon", "body", "content", "text",
    "author", "date", "reply", "avatar", "has", "no", "closed", "open", "item", "list", "single",
    "metadata", "btn", "button", "toggle", "navigation", "nav", "flag", "template", "report",
    "opinion", "menu",
})
#: Stems of the URLs a small CTA box's links point to, by kind (the box's own words may be
#: a slogan: "Complete D.C. Coverage", "Make a gift").
CTA_URL_STEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("newsletter", ("newsletter",)),
    ("subscribe", ("/subscribe", "subscription", "/abo/", "/abo?", "abonnement", "/membership", "suscrip",
                   "assinatura", "abbonamento")),
    ("donate", ("/donate", "donation", "/give/", "/spenden", "/support-us", "/don/",
                "patreon.com/", "ko-fi.com/", "buymeacoffee.com/", "liberapay.com/", "donorbox.org/")),
    ("contact", ("/contact", "/kontakt", "/contacto", "/contatt", "/tips/", "/tip/", "/send-a-tip")),
    ("app", ("onelink.me", "app.link", "apps.apple.com", "itunes.apple.com", "play.google.com", "/apps-products")),
    ("other", ("/demo/", "/demo?", "/free-trial", "/get-demo", "/request-demo", "/book-a-demo")),
)

#: A ``<button>`` whose label (text, ``aria-label``, ``title``) is at most this many words and
#: characters, one of them one of these, is a share button (``share_buttons``)...
SHARE_BUTTON_WORDS = frozenset({
    "share", "teilen", "partager", "compartir", "condividi", "compartilhar", "compartilhe", "partilhar",
    "udostępnij", "delen", "dela", "jaa", "sdílet", "paylaş", "megosztás", "поделиться", "分享",
})
#: ...unless one of them says it closes the share panel (``CLOSE_WORDS``, below).
MAX_SHARE_BUTTON_WORDS = 3
MAX_SHARE_BUTTON_CHARS = 40
#: ...grown at most this many levels up to the toolbar around it, which holds at most this
#: much text and this many links.
SHARE_TOOLBAR_CLIMB = 8
MAX_SHARE_TOOLBAR_TEXT = 40
MAX_SHARE_TOOLBAR_LINKS = 3
#: Words naming a social network (or e-mail) in a share control with no link of its own (a
#: button, an ``<a>`` without ``href``, an icon with an ``aria-label``): matched on the words
#: of its class, id, type, labels, ``data-*`` values and short text. 2+ distinct networks
#: (e-mail aside) among a small box's controls make a share bar.
NETWORK_WORDS = frozenset({
    "facebook", "fb", "twitter", "linkedin", "pinterest", "whatsapp", "reddit", "telegram",
    "flipboard", "tumblr", "xing", "vk", "pocket", "messenger", "threads", "bluesky", "bsky",
    "mastodon", "email", "mail", "e-mail", "weibo", "wechat", "line",
})
#: A row of bare icon links (no link text) is a follow/share bar when this share of its links
#: go to social networks (the rest: the site's podcast, push, e-mail, app icons).
MIN_ICON_BAR_SOCIAL = 0.4
#: ...of which these alone do not make a bar (a mail link beside one network).
MAIL_WORDS = frozenset({"email", "mail", "e-mail", "line"})
#: A picture link whose declared width or height is more than this many pixels is no icon
#: of a bar (a logo, an app-store badge, an e-paper's cover: ``sharebars.page_link_beside``).
MAX_ICON_SIZE = 48
#: Class/id words of a dialog window (beside ``role=dialog`` and ``aria-modal``).
DIALOG_WORDS = frozenset({"modal"})
#: Share tools inside this many alike sibling cards (a teaser band) belong to their cards...
MIN_CARDS = 3
#: ...the card found at most this many levels above the tool.
CARD_CLIMB = 6
#: A form grows to its widget at most this many levels up (framework markup wraps a form in
#: several plain boxes); the widget's size, text and single form bound it.
WIDGET_CLIMB = 4
#: CTA kinds that in a page header, footer or menu are navigation when they are only a short
#: button ("Contact us", "Get in touch" beside "About"), not an ask with a prompt.
NAV_CTA_KINDS = frozenset({"contact"})
#: CTA kinds read from a link's words that, as one bare link among at least
#: ``MENU_ENTRY_LINKS`` links of a list ``MENU_ENTRY_CLIMB`` levels up, are a menu entry.
MENU_ENTRY_KINDS = frozenset({"subscribe", "newsletter", "donate", "contact", "app", "other"})
MENU_ENTRY_LINKS = 4
#: A CTA standing apart inside navigation (``nav_ctas``): a menu region of one link whose short
#: label (at most ``MAX_NAV_LABEL_WORDS`` words) or target names one of these kinds, standing
#: in no list entry ``NAV_CTA_CLIMB`` levels up.
NAV_LINK_KINDS = frozenset({"subscribe", "newsletter", "donate", "app", "contact"})
MAX_NAV_LABEL_WORDS = 3
NAV_CTA_CLIMB = 3
#: A box in a menu holding a list of this many entries with a link each is the menu itself.
MENU_RUN_ENTRIES = 3
#: Class words of a link styled as a button (a CTA beside a menu, not an entry of it).
BUTTON_WORDS = frozenset({"button", "btn", "cta"})
MENU_ENTRY_CLIMB = 3
#: ...a list: at most this many elements, link text at least this share of its text.
MENU_ENTRY_ELEMENTS = 120
MENU_ENTRY_LINK_SHARE = 0.7
#: ...or it stands at most ``DROPDOWN_CLIMB`` levels inside a dropdown menu (``<menu>``,
#: ``role=menu``, or a class/id word of these) that links ``MENU_ENTRY_LINKS`` pages or more
#: in at most ``DROPDOWN_ELEMENTS`` elements, mostly link text.
DROPDOWN_WORDS = frozenset({"dropdown", "megamenu", "submenu", "flyout"})
DROPDOWN_CLIMB = 8
DROPDOWN_ELEMENTS = 600
#: A share/follow list that is an ``<li>`` among this many entries or more of a list, three
#: in four of the others site links, within ``MENU_BAR_CLIMB`` levels of a ``<nav>``, is an
#: entry of the navigation menu.
MENU_BAR_ENTRIES = 6
MENU_BAR_CLIMB = 6

#: A box beside the article's line holding a close control (named so, or "×") is an overlay
#: (modal, pop-up, sticky bar): ``outside``, when it has at most this many elements.
CLOSE_WORDS = frozenset({"close", "dismiss", "schliessen", "schließen", "cerrar", "fermer", "chiudi", "fechar",
                         "zamknij", "sluiten"})
MAX_CLOSABLE_ELEMENTS = 150
#: Class words saying a name describes a state or option of the page, or a place relative to
#: a region, not the region itself ("has-sidebar", "no-sidebars", "sidebar-enabled--false",
#: "under-menu", "below-header").
STATE_WORDS = frozenset({
    "has", "no", "with", "without", "enabled", "disabled", "true", "false", "option", "options",
    "is", "show", "hide", "hidden", "visible", "open", "opened", "closed", "active", "inactive",
    "under", "below", "above", "beneath", "after", "before",
})

#: CTAs inside the article's text (``extract/body_ctas.py``): a box or a line set apart among
#: the paragraphs, of at most this much text, at most this many blocks, with one or two
#: actions...
MAX_BODY_CTA_TEXT = 400
MAX_BODY_CTA_BLOCKS = 3
MAX_BODY_CTA_ACTIONS = 2
#: An action's words count when it has at most this many (a button, not a linked sentence).
MAX_ACTION_WORDS = 8
#: ...its box found this many levels up at most...
BODY_CTA_CLIMB = 5
#: ...in an article of at least this many blocks, of which it holds at most 1/this of the text.
MIN_BODY_BLOCKS_AROUND = 4
BODY_CTA_SHARE = 5
#: The promo lines and boxes closing the article's text (``extract/closing_ctas.py``): at most
#: this many units walked back from the body's end, each of at most this much text and this
#: many link targets; a short line without action (a credit, "+++") of at most this much text
#: is stepped over, this many times at most.
MAX_CLOSING_UNITS = 6
#: A closing box has at most this many children (more: the article's column).
MAX_CLOSING_CHILDREN = 16
MAX_CLOSING_TEXT = 500
MAX_CLOSING_ACTIONS = 3
MAX_CLOSING_STEP = 100
#: A line (a paragraph, not a box) closing the text is a promo of at most this much text;
#: a line this short whose one link is a bare address is stepped over.
MAX_CLOSING_LINE = 250
MAX_CLOSING_STEPS = 2
#: The lead-in of a CTA closing the article's column (``extract/lead_ins.py``): a heading of
#: at most this much text and at most this many short lines (``MAX_CLOSING_LINE``) between it
#: and the action; the action and the lines are found this many wrapper levels from the
#: body's last block at most (a page builder's <div> around each <p>).
MAX_LEAD_HEADING = 150
MAX_LEAD_LINES = 2
LEAD_IN_CLIMB = 3
#: A closing paragraph that names the site and links only to its pages (``own_promos``) is
#: its promo up to this much text; a host label this long names the site in running text.
MAX_OWN_PROMO_TEXT = 600
MIN_SITE_LABEL = 5
#: Labels under a country's domain that name no site ("co" of example.co.uk).
SECOND_LEVEL_LABELS = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go"})
#: Words naming what a closing line offers, beside ``CTA_BOX_STEMS`` (read only there: a
#: line at the end of the text that asks to act): the app for phones, the site's shop or
#: course.
CLOSING_STEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("app", ("for android", "für android", "pour android", "para android", "per android", "voor android",
             "ios and android", "android and ios", "ios und android", "android und ios", "android- und ios",
             "ios- und android", "ios et android", "android et ios", "ios y android", "android y ios",
             "ios e android", "android e ios", "ios en android", "android en ios", "free app",
             "kostenlose app", "gratis app", "application gratuite", "app gratuita", "app gratuite")),
    ("other", ("fan-shop", "fanshop", "our shop", "our store", "unserem shop", "unseren shop", "im shop",
               "notre boutique", "nuestra tienda", "nostro negozio", "onze winkel", "nossa loja",
               "webinar", "bootcamp", "online course", "online-kurs", "onlinekurs", "free guide",
               "kostenlosen leitfaden", "guide gratuit", "guía gratuita", "guida gratuita")),
)
#: A line is set apart when this share of its text is bold.
SET_APART_SHARE = 0.8
#: Words of a line asking the reader to follow a channel or profile it links.
FOLLOW_PROMPTS: tuple[str, ...] = (
    "subscribe to", "follow us", "follow me", "folgen sie", "folge uns", "abonniere", "síguenos",
    "siguenos", "suivez-nous", "abonnez-vous", "seguici", "segue-nos", "siga-nos", "obserwuj",
)
#: Words of an action asking for a review or a comment.
REVIEW_PROMPTS: tuple[str, ...] = (
    "leave us a review", "leave a review", "write a review", "leave a comment", "write a comment",
    "kommentar schreiben", "bewertung schreiben", "laissez un commentaire", "deja un comentario",
    "deja tu comentario", "lascia un commento", "napisz komentarz",
)

#: Entries of one list (a ticker's posts, a menu's items, a teaser list's cards) that each
#: give a CTA of one kind: from this many entries on, the CTAs are the entries' own (a
#: comment count per teaser, a "comments" class per ticker post), none of the page's.
MIN_LIST_ENTRIES = 3
#: How many levels above a CTA its list entry may sit (the CTA itself up to its card).
ENTRY_CLIMB = 3
#: Kinds whose buttons stand side by side in one widget (a bar's network icons): their
#: siblings are one widget's buttons, no list of entries, unless each sits inside an entry.
BAR_KINDS = frozenset({"share", "follow"})
#: Pieces of one widget found apart, of one kind, within this many levels of one small box:
#: one CTA for the box (``cta_pieces``); comment sections have their own joining, a "Read
#: more" link is no widget's piece but its own, and follow bars side by side are each a bar
#: (two accounts, or the header's and the menu's).
PIECE_CLIMB = 3
PIECE_APART_KINDS = frozenset({"comments", "read_more", "follow"})
#: ...a box holding at most this many links besides the pieces (more: a menu, a list, a
#: header row around them).
MAX_PIECE_BOX_LINKS = 1

#: Related blocks that are entries of one list (a teaser grid's cards, a "latest" list's rows,
#: ``extract/related_repeats.py``): from this many alike entries standing together on, they
#: are one widget, one related block...
MIN_RELATED_ENTRIES = 3
#: ...an entry sitting at most this many levels above its block (the block up to its card)...
RELATED_ENTRY_CLIMB = 3
#: ...and each entry is a card: a block with no heading of its own, or parts (an image link,
#: a headline) of at most this many items each. Entries under headings of their own are
#: blocks apart.
CARD_ITEMS = 2
#: An entry holds at most this many characters beyond its block's (a card's date, label,
#: blurb); more is a section of text holding a story line ("Related: ..."), no card.
CARD_EXTRA_CHARS = 800
#: Between two entries of the run: a linkless label of at most this many characters ("The
#: best for running:"), or an alike sibling the walk did not report whose text is at most
#: ``ENTRY_TEXT_RATIO`` times the longest reported entry's (a card, not a paragraph).
RUN_LABEL_CHARS = 80
ENTRY_TEXT_RATIO = 2.0
#: A linkless line of at most this many words just before the list is its heading.
MAX_LIST_LABEL_WORDS = 6

#: A share/follow bar after at most this many short body blocks (a standfirst, a reading-time
#: line: this many characters in all) and the headline is ``before`` the text (placement).
LEAD_BLOCKS = 3
LEAD_CHARS = 300

#: A box holding a form in the article's text (``form_boxes``): it grows this many levels up
#: from the form at most; a body block outside the form longer than ``FORM_BOX_LINE`` is a
#: paragraph of the article (the box ends below it), and the body lines outside the form
#: hold ``FORM_BOX_TEXT`` characters at most (a prompt, offer lines, fine print).
FORM_BOX_CLIMB = 6
FORM_BOX_LINE = 350
FORM_BOX_TEXT = 800
#: The body outside such a box holds this many characters at least (the article's text).
FORM_BOX_REST = 400

#: A paragraph set apart as a whole that asks a question before its one link
#: (``body_ctas._apart_ask``) opens with one of these: its first words in emphasis or a box
#: (``apart_lines``), a bracket or blanks before them at most.
APART_FIRST_TAGS = frozenset({"em", "i", "strong", "b", "span", "font", "a"})
APART_OPENING = " \t\n\r\xa0([\u201c\""
