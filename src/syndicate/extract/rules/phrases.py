"""Visible phrases that mark page chrome, in several languages.

Each entry matches a whole short line or element text (case-insensitive,
surrounding dashes/bullets/colons ignored), never a substring of a sentence:
"Read more" is a CTA, "read more about the budget in our report" is not.
"""

# Labels printed above or inside ad slots.
AD_LABELS: tuple[str, ...] = (
    "advertisement", "advertisements", "advertising", "advert", "ad", "ads",
    "sponsored", "sponsored content", "sponsored post", "sponsored links", "sponsored link",
    "sponsored ad", "sponsored ads",
    "paid content", "paid post",
    "promoted", "promoted content", "partner content", "story continues below advertisement",
    "article continues below advertisement", "continue reading below", "ad feedback",
    "scroll to continue with content", "content continues below",
    "anzeige", "werbung", "gesponsert",                     # de
    "publicidad", "publicidade", "patrocinado",             # es, pt
    "publicité", "publicite", "sponsorisé",                 # fr
    "pubblicità", "pubblicita", "sponsorizzato",            # it
    "advertentie", "gesponsord",                            # nl
    "reklama", "reklame", "reklam", "annons", "annonse",    # pl/cs, da/no, tr/sv
    "mainos", "hirdetés", "διαφήμιση", "реклама",           # fi, hu, el, ru
    "iklan",                                                # id, ms
    "広告", "广告", "광고", "إعلان",                           # ja, zh, ko, ar
)

# Leftovers of ad images flattened to text (alt text or file names of theme ad images).
AD_LEFTOVERS: tuple[str, ...] = ("spot_img", "spot_imgnone", "td_ad_img", "ad_img")

# Headings of related-content / recommendation blocks.
RELATED_HEADINGS: tuple[str, ...] = (
    "related", "related articles", "related stories", "related posts", "related news",
    "related article", "related story", "related post",
    "related content", "related coverage", "related reading", "related links", "related topics",
    "more stories", "more news", "more from", "more articles", "more on this story",
    "more on this topic", "more like this", "more to read", "more in", "you may also like",
    "you might also like", "you may be interested in", "you might be interested in",
    "recommended", "recommended for you", "recommended stories", "recommended articles",
    "recommended reading", "worth reading", "must read", "must reads", "don't miss",
    "dont miss", "also read", "read also", "read next", "up next", "what to read next",
    "popular", "most popular", "most read", "trending", "trending now", "top stories",
    "latest news", "latest stories", "latest posts", "editor's picks", "editors' picks",
    "further reading", "see also", "in case you missed it", "from around the web",
    "around the web", "promoted stories", "sponsored stories",
    "das könnte sie auch interessieren", "mehr zum thema", "weitere artikel", "lesen sie auch",
    "auch interessant", "meistgelesen",                                       # de
    "lire aussi", "à lire aussi", "a lire aussi", "sur le même sujet", "à lire également",
    "les plus lus", "articles similaires", "vous aimerez aussi",            # fr
    "lea también", "te puede interesar", "noticias relacionadas", "relacionados",
    "más noticias", "lo más leído", "también te puede interesar", "lee también",  # es
    "le puede interesar", "también le puede interesar", "le podría interesar", "te podría interesar",
    "leia também", "leia mais", "veja também", "notícias relacionadas",     # pt
    "leggi anche", "articoli correlati", "potrebbe interessarti",           # it
    "lees ook", "gerelateerd", "meer nieuws",                                # nl
    "czytaj także", "czytaj też", "zobacz także",                            # pl
    "читайте также", "похожие новости", "关联阅读", "相关文章", "関連記事",
)

# Headings of related blocks that name the site or a topic ("More Great WIRED Stories",
# "More Politics News"): regular expressions over the whole line, a few words at most.
RELATED_HEADING_PATTERNS: tuple[str, ...] = (
    r"more(?: [\w'’&-]+){1,3} (?:stories|articles|news|posts|reads|coverage)",
    r"more in(?: [\w'’&-]+){1,3}",
)

# Call-to-action phrases, by kind. Regular expressions over the whole (normalised) line.
CTA_PHRASES: dict[str, tuple[str, ...]] = {
    "comments": (
        r"tell us (your|what you) (opinion|think).*", r"(leave|post|add|write) a (comment|reply)",
        r"(join|start) the (discussion|conversation)", r"\d* ?comments?", r"view comments",
        r"show comments", r"what do you think\??", r"comment on this (article|story)",
        r"kommentare?( anzeigen)?", r"kommentieren", r"commentaires?", r"laisser un commentaire",
        r"comentarios?", r"deja (un|tu) comentario", r"commenti", r"lascia un commento",
        r"share your (thoughts|opinion)s?.*",
        # a thread's heading, with or without its count ("Responses (18)", "12 Reaktionen",
        # "Kommentare (34)"); not "Antworten"/"Replies": also each comment's reply button
        r"(\d+ )?(responses|reactions|reaktionen|réactions|reacciones|reazioni|reacties|reakcje)( \(\d+\))?",
        r"(comments?|kommentare|commentaires|comentarios|commenti|komentarze) \(\d+\)",
    ),
    "newsletter": (
        r"sign up (for|to) (our|the) .*newsletters?.*", r"subscribe to (our|the) .*newsletters?.*",
        r"(get|receive) (our|the) .*newsletters?.*", r"newsletter( sign-?up)?", r"join (our )?newsletter",
        r"get the latest .* (in|to) your inbox.*", r"(delivered|straight) to your inbox.*",
        r"newsletter abonnieren", r"inscrivez-vous à (notre|la) newsletter.*",
        r"abonnez-vous à (notre|la) newsletter.*", r"suscr[ií]bete a (nuestro|nuestra) (newsletter|bolet[ií]n).*",
        r"iscriviti alla (nostra )?newsletter.*", r"enter your email( address)?.*",
    ),
    "subscribe": (
        r"subscribe( now| today)?", r"subscribe to .*", r"become a (subscriber|member)",
        r"(start|get) your (free )?(trial|subscription).*", r"already a subscriber\??.*",
        r"subscribers? only", r"jetzt abonnieren", r"abonnieren", r"abonnez-vous",
        r"suscr[ií]bete", r"assine( já)?", r"abbonati",
    ),
    "share": (
        r"share( this)?( article| story| post)?:?", r"share on (facebook|twitter|x|linkedin|whatsapp)",
        r"share via (email|e-mail)", r"tweet( this)?", r"teilen", r"partager", r"compartir",
        r"condividi", r"compartilhe", r"click to share on .*", r"sharing is caring!?",
    ),
    "follow": (
        r"follow us( on .*)?", r"follow (me|us|@\S+)( on .*)?", r"like us on facebook",
        r"folgen sie uns.*", r"suivez-nous.*", r"s[ií]guenos.*", r"seguici.*",
        # a profile's own follow button (an author card's): the button's whole text
        r"\+? ?follow( author| writer)?", r"folgen", r"suivre", r"seguir", r"segui",
    ),
    "donate": (
        r"donate( now| today)?", r"(support|fund) (our|independent) journalism.*",
        r"make a (donation|contribution).*", r"support us.*", r"become a (patron|supporter).*",
        r"spenden", r"faire un don", r"dona(r)?( ahora)?",
    ),
    "app": (
        r"(download|get) (our|the) app.*", r"available on the app store.*",
        r"get it on google play", r"app herunterladen", r"télécharger l'application",
        r"descarga (la|nuestra) app.*",
    ),
    "read_more": (
        r"read more", r"read more\s*(»|›|>|\.\.\.|…)?", r"continue reading.*", r"read the full (story|article)",
        r"read full (story|article)", r"click here to read more", r"weiterlesen", r"mehr lesen",
        r"lire la suite", r"leer m[aá]s", r"seguir leyendo", r"continua a leggere", r"leia mais",
        r"more\s*(»|›)",
    ),
    "contact": (
        r"contact us", r"send us a tip.*", r"got a (news )?tip\??.*", r"email (us|the editor).*",
        r"kontakt", r"contactez-nous", r"cont[aá]ctanos",
    ),
}

# Names that follow a "Share this:" / "Follow us" prompt in flattened share bars.
SOCIAL_NETWORKS: tuple[str, ...] = (
    "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "pinterest", "reddit",
    "email", "e-mail", "mail", "print", "tumblr", "pocket", "flipboard", "instagram",
    "youtube", "tiktok", "threads", "bluesky", "mastodon", "copy link", "messenger", "vk",
    "line", "viber", "skype", "more",
)
