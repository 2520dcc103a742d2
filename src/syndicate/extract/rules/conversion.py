"""Conversion pages: the targets of a site's sign-up, membership, donation, contact and
app-store buttons, as data for ``extract/conversion_links.py``.

A target is read as words: the labels of its host left of the site's domain
("spenden.example.org") and the words of its path, split at ``/ - _ .`` and also
joined in pairs ("sign_up_new" gives "signup", "contact-us" gives "contactus"). A
word is looked up whole, never as a substring ("/democrats" is no "demo", "/donald"
no "don").
"""

from __future__ import annotations

from .regions import DROPDOWN_WORDS as DROPDOWN_WORDS

#: Words of a target path (or host label) naming the kind of page it is, in many languages.
CONVERSION_WORDS: dict[str, str] = {}
for _kind, _words in (
    ("contact", (
        # en / de / fr / es / it / pt / nl / pl
        "contact", "contactus", "contacts", "kontakt", "kontaktformular", "kontaktieren",
        "contactez", "nouscontacter", "contacto", "contactenos", "contactanos", "contatti",
        "contattaci", "contato", "contatos", "faleconosco", "contacteer", "kontaktujemy",
        "getintouch",
    )),
    ("subscribe", (
        "subscribe", "subscription", "subscriptions", "membership", "memberships", "becomeamember",
        "joinus", "epaper",
        "abo", "abos", "abonnement", "abonnements", "abonnieren", "mitglied", "mitgliedschaft",
        "mitgliedwerden", "abonner", "abonnez", "adhesion", "adherer", "adherez", "adherent",
        "suscripcion", "suscripciones", "suscribete", "suscribite", "suscribirse",
        "socio", "socios", "abbonamento", "abbonamenti", "abbonati", "assinatura", "assinaturas",
        "assine", "abonneren", "lidmaatschap", "lidworden", "prenumerata",
    )),
    ("donate", (
        "donate", "donation", "donations", "donating", "spenden", "spende", "jetztspenden",
        "faireundon", "donar", "donaciones", "donacion", "donazione",
        "donazioni", "doar", "doacao", "doacoes", "doneer", "doneren", "donatie", "wesprzyj",
        # a page asking for support by gift ("/giving/now", "/support-us", "/soutenir"; a bare
        # "/support" is a help desk on a product's site)
        "giving", "supportus", "soutenir", "soutenez", "apoyanos", "sostienici",
    )),
    ("newsletter", (
        "newsletter", "newsletters", "nieuwsbrief", "infolettre", "boletin", "boletines",
    )),
    ("other", (
        "signup", "register", "registration", "registrieren", "registrierung", "inscription",
        "inscrivez", "inscripcion", "registro", "registrate", "iscrizione", "iscriviti",
        "cadastro", "cadastre", "registreren", "aanmelden", "freetrial", "trial", "getdemo",
        "requestdemo", "bookademo", "demo", "getstarted", "probeabo", "testabo",
    )),
):
    for _w in _words:
        CONVERSION_WORDS[_w] = _kind

#: A path segment of more words than this is an article's slug, not a page's name.
MAX_SEGMENT_WORDS = 4

#: Words that make a target no conversion page (a log-in, a help page, a listing of pages).
NOT_CONVERSION_WORDS = frozenset({
    "login", "signin", "logout", "signout", "anmelden", "connexion", "account", "myaccount",
    "konto", "password", "passwort", "help", "hilfe", "faq", "faqs", "privacy", "datenschutz",
    "terms", "agb", "impressum", "imprint", "tag", "tags", "category", "author", "search",
})

#: Hosts of app stores and app-install link services: a button to them asks to get the app.
APP_HOSTS = (
    "apps.apple.com", "itunes.apple.com", "play.google.com", "onelink.me", "app.link",
    "app.adjust.com", "appgallery.huawei.com",
)

#: Hosts of donation and patronage platforms: a link to them asks for a gift (a site's
#: page there: "patreon.com/<site>", "ko-fi.com/<site>").
DONATION_HOSTS = (
    "patreon.com", "ko-fi.com", "buymeacoffee.com", "liberapay.com", "opencollective.com",
    "donorbox.org", "givebutter.com", "paypal.me", "steadyhq.com",
)

#: A button whose target names no kind is a CTA of the kind its label names (``cta_boxes``
#: stems), among these, when the label has at most ``MAX_KIND_LABEL_WORDS`` words.
LABEL_KINDS = frozenset({"subscribe", "newsletter", "donate", "app"})
MAX_KIND_LABEL_WORDS = 3
#: ...an app's label names the app as a word of its own.
APP_LABEL_WORDS = frozenset({"app", "apps", "appli", "l'app", "l'appli", "app!"})

#: Class/id words of a link styled as a button or named a call to action (the plural too:
#: "site-footer__buttons-link", one of a bar's buttons).
BUTTON_WORDS = frozenset({"btn", "button", "buttons", "cta"})
#: At most this many class/id values are remembered as styled or not (a batch's pages).
STYLED_MEMO = 50000
#: A button's label has 1 to this many words (a text, or an ``aria-label``/``title``).
MAX_LABEL_WORDS = 5
MAX_LABEL_CHARS = 40

#: A button beside a log-in link (within ``PAIR_CLIMB`` levels holding at most
#: ``MAX_PAIR_LINKS`` links) is account navigation ("Log in | Register").
PAIR_CLIMB = 2
MAX_PAIR_LINKS = 4
LOGIN_WORDS = frozenset({
    "login", "signin", "logon", "logout", "signout", "anmelden", "abmelden", "anmeldung", "einloggen", "connexion", "connecter",
    "identificarse", "iniciarsesion", "acceso", "accedi", "entrar", "inloggen", "zaloguj",
})
#: Words standing beside a log-in label in an account's door ("Sign in | My account",
#: "Mein Konto"): with ``LOGIN_WORDS`` only, a box is that door (``login_boxes``).
LOGIN_ACCOUNT_WORDS = frozenset({
    "my", "account", "mein", "meinkonto", "konto", "mon", "compte", "mi", "cuenta", "il", "mio", "mijn", "minha", "conta",
    "or", "oder", "ou", "o", "of", "register", "registrieren", "registrarse", "inscription",
})
#: ...unless the button asks for a trial or a demo of a product (a product's funnel, no
#: account): a word of its target's path, of its own class/id (``TRIAL_WORDS``), or its label
#: opening with one of ``TRIAL_LABELS`` (whole words; such a label also makes a button to a
#: page whose target names no kind an ``other`` CTA).
TRIAL_WORDS = frozenset({
    "demo", "demos", "trial", "freetrial", "starttrial", "getdemo", "requestdemo", "bookademo", "getstarted",
    "probeabo", "testabo", "testversion", "essai", "prueba", "prova", "proefperiode",
})
TRIAL_LABELS: tuple[str, ...] = (
    # en
    "get started", "start free", "start for free", "start your free", "start trial", "start a trial",
    "start a free", "start my free", "free trial", "try free", "try it free", "try for free", "try it for free",
    "sign up free", "sign-up free", "signup free", "sign up for free", "book a demo", "request a demo",
    "schedule a demo", "get a demo", "request demo", "get demo", "book demo", "see a demo", "watch a demo",
    # de
    "jetzt testen", "kostenlos testen", "gratis testen", "testen sie", "demo anfordern", "demo vereinbaren",
    "jetzt starten", "kostenlos starten", "probeabo", "testversion",
    # fr
    "essai gratuit", "essayer gratuitement", "essayez gratuitement", "demander une démo", "demandez une démo",
    "commencer gratuitement", "commencez gratuitement",
    # es / pt / it / nl
    "prueba gratis", "prueba gratuita", "pruébalo gratis", "solicita una demo", "solicitar demo",
    "empieza gratis", "comienza gratis", "teste grátis", "experimente grátis", "comece grátis",
    "prova gratis", "prova gratuita", "richiedi una demo", "gratis proberen", "probeer gratis",
    "vraag een demo",
)
#: ...or inside a box (within ``ACCOUNT_CLIMB`` levels) named an account or log-in panel.
ACCOUNT_WORDS = frozenset({"account", "accounts", "login", "signin", "auth", "usermenu", "konto", "compte", "cuenta"})
ACCOUNT_CLIMB = 6
#: A button in a dropdown menu's panel (``<menu>``, ``role=menu``, a class/id word of
#: ``DROPDOWN_WORDS``, ``regions``' table imported above, within ``DROPDOWN_CLIMB`` levels) linking ``DROPDOWN_LINKS`` pages or
#: more is a menu card.
DROPDOWN_CLIMB = 8
DROPDOWN_LINKS = 4
#: A trial label alone names no kind for a button ``PANEL_DEPTH`` levels or more inside a
#: navigation menu linking ``DROPDOWN_LINKS`` pages (looked for ``PANEL_CLIMB`` levels up):
#: a card of a menu entry's panel ("Get started" under "Solutions").
PANEL_DEPTH = 6
PANEL_CLIMB = 24
#: A button whose box (within ``WIDGET_CLIMB`` levels, ``MAX_BAND_LINKS`` links at most)
#: holds a CTA found already is that widget's button.
WIDGET_CLIMB = 2
#: A button is reported with the band it closes: an ancestor at most ``BAND_CLIMB`` levels
#: up with at most ``MAX_BAND_LINKS`` links and ``MAX_BAND_CHARS`` characters whose text
#: adds ``MIN_PITCH_WORDS`` words or more to the button's label.
BAND_CLIMB = 4
MAX_BAND_LINKS = 3
MAX_BAND_CHARS = 300
MAX_BAND_ELEMENTS = 80
MIN_PITCH_WORDS = 6
#: Copies of one button in an overlay or modal (a class/id word of these within
#: ``OVERLAY_CLIMB`` levels) are judged last: the page's visible copy is the CTA.
OVERLAY_WORDS = frozenset({"overlay", "modal", "popup", "lightbox", "dialog", "mobile", "offcanvas"})
OVERLAY_CLIMB = 6
#: Two copies of one button whose boxes ``TWIN_CLIMB`` levels up hold the same text are one
#: promo shown twice (a device variant), not two widgets.
TWIN_CLIMB = 2
#: ``GRID_BUTTONS`` or more conversion buttons within ``GRID_CLIMB`` levels of one element
#: are a plan or pricing grid (the page's own offer).
GRID_BUTTONS = 4
GRID_CLIMB = 3

#: An image banner (``extract/banner_links.py``): a link whose content is one picture. Its
#: kind is read from its target, else from its picture's file name, ``alt`` or ``title``
#: of at most ``MAX_BANNER_WORDS`` words: ``CONVERSION_WORDS`` and these, whole words.
BANNER_WORDS: dict[str, str] = {}
for _kind, _words in (
    ("contact", ("leserreporter", "readerreporter", "tipline", "sendatip")),
    ("subscribe", ("eedition", "digitaledition", "printabo", "mitgliedwerden", "abonnezvous")),
    ("donate", ("spendenaufruf", "soutenez", "soutenir", "unterstuetzen", "unterstutzen", "supportus")),
    ("app", ("appstore", "googleplay", "playstore")),
):
    for _w in _words:
        BANNER_WORDS[_w] = _kind
MAX_BANNER_WORDS = 8
#: ...reported with the box it stands alone in: ``BANNER_CLIMB`` levels up at most, one
#: link and at most ``MAX_BANNER_PROMPT`` characters of text (a heading).
BANNER_CLIMB = 4
MAX_BANNER_PROMPT = 60
#: A picture under ``MIN_BANNER_PIXELS`` wide or high (or a vector file) is an icon.
MIN_BANNER_PIXELS = 48
#: Address words of a feed or feed reader: a picture link to one is no conversion banner.
FEED_WORDS = frozenset({"feed", "feeds", "rss", "atom", "xml", "feedburner", "netvibes", "feedly"})
#: Two banners of one kind whose common ancestor is at most ``ROW_CLIMB`` levels above
#: each, holding no other link, are one widget (an app's store badges).
ROW_CLIMB = 3
#: A picture link with a text link to the same page ``CARD_CLIMB`` levels up at most is a
#: card's picture; one among ``ROW_PICTURES`` or more picture links to as many hosts is a
#: row of platform badges or logos.
CARD_CLIMB = 2
ROW_PICTURES = 3
#: File-name words of an icon or spacer picture (no banner).
ICON_WORDS = frozenset({"icon", "icons", "ico", "sprite", "sprites", "spacer", "empty", "blank", "pixel", "favicon"})
#: Class/id words of a menu: a picture link named so (or in a box named so) is an entry.
MENU_WORDS = frozenset({"menu", "mainmenu", "nav", "navigation", "navbar", "submenu", "menuitem"})
#: Class/id words naming a call to action: a picture link named so (or its box) is an offer.
CTA_WORDS = frozenset({"cta", "ctas"})
#: A banner's picture stands at most this many single-child levels below its link.
PICTURE_DEPTH = 3

#: A button-styled link whose target and label name no kind is still an ``other`` CTA when
#: its short label (at most ``MAX_ASK_WORDS`` words) is an ask: its first word one of
#: ``ASK_FIRST_WORDS`` (an imperative: "Sign up", "Book with us", "Hire Martin", "Get the
#: guide", "Jetzt buchen" reads its verb last: ``ASK_ANY_WORDS``, any word), a one-word label
#: only one of ``ASK_ALONE_WORDS`` ("Submit", "Join"; "Shop", "Start" alone are menu pages),
#: and no word of ``NOT_ASK_WORDS`` (a log-in, a help desk, a file, a cookie banner's
#: consent); its target a page of the site that is no story (``MAX_SEGMENT_WORDS``).
ASK_FIRST_WORDS = frozenset((  # (one string a line: cheap to compile)
    # en
    "sign join book apply hire order request submit get buy schedule "
    "reserve enroll enrol claim grab become shop try volunteer adopt sponsor "
    "advertise "
    # de
    "buchen bestellen kaufen anfordern bewerben "
    "mitmachen werden sichern teilnehmen beantragen reservieren sponsern inserieren "
    # fr
    "réserver réservez commander commandez acheter achetez demander demandez "
    "rejoindre rejoignez obtenir obtenez inscrivez-vous postuler postulez profitez "
    "devenir devenez adhérer adhérez participez "
    # es / pt / it
    "reservar reserva comprar compra compre solicitar solicita solicite "
    "únete unete obtener obtén pide pedir contratar contrata contrate "
    "inscríbete regístrate hazte participa junte-se assine prenota acquista "
    "richiedi iscriviti ordina unisciti diventa partecipa "
    # nl
    "bestel boek koop vraag meld word reserveer doe "
).split())
ASK_ANY_WORDS = frozenset((  # (one string a line: cheap to compile)
    "buchen bestellen kaufen anfordern beantragen reservieren sichern werden "
    "mitmachen teilnehmen aanvragen boeken kopen reserveren worden "
).split())
ASK_ALONE_WORDS = frozenset((  # (one string a line: cheap to compile)
    "join apply submit enroll enrol volunteer mitmachen bewerben postuler "
    "postulez participa iscriviti unisciti "
).split())
NOT_ASK_WORDS = frozenset((  # (one string a line: cheap to compile)
    "help support hilfe aide ayuda aiuto download downloads herunterladen pdf "
    "cookie cookies accept akzeptieren accepter aceptar directions account konto "
    "compte cuenta password passwort in out up-to-date updates more mehr "
    "plus más touch back zurück home started link code app apps "
).split())
MAX_ASK_WORDS = 4
#: A button of a header or menu asks whatever its words (``conversion_links.nav_label``):
#: a label of ``MIN_NAV_ASK_WORDS`` to ``MAX_ASK_WORDS`` words, none of these (a log-in, a
#: search, a cart, a menu or language switch, settings, help, a section's "more"), to a page
#: of the site.
MIN_NAV_ASK_WORDS = 2
NAV_NOT_ASK_WORDS = NOT_ASK_WORDS - {"download", "downloads", "herunterladen", "app", "apps", "started"} | frozenset((
    "log login logout signin sign-in search suche recherche buscar cerca zoeken cart basket warenkorb panier "
    "carrito carrello winkelwagen menu menü language sprache langue idioma lingua taal english deutsch "
    "français español italiano nederlands anmelden einloggen connexion connecter acceder accedi inloggen "
    "profile profil my mein mon mi skip rss feed feeds more all alle tous todos tutti alles weitere "
    "ingresar entrar iniciar where wo manage verwalten gérer gestionar gestisci beheren settings "
    "einstellungen paramètres ajustes impostazioni instellingen preferences präferenzen préférences edit "
).split())
#: ...or, whatever its label says (no word of ``NOT_ASK_WORDS``, at most ``MAX_ASK_WORDS``
#: words), when its target is the site's own funnel: a page of a sibling host of the site
#: ("booking.example.sg", "apply.example.edu", "request.example.com": a host of the site's
#: name under a label of its own, none of ``NOT_FUNNEL_HOSTS``: the site's other sections,
#: its files, its help desk, its account door), or a page of the site one of whose path
#: words (a segment, or a segment's words joined) is one of ``FUNNEL_PATH_WORDS``
#: ("/apply/", "/book-now/", "/termin-buchen"). Whole words only.
NOT_FUNNEL_HOSTS = frozenset((  # (one string a line: cheap to compile)
    "www www1 www2 www3 m mobile amp blog blogs news edition editions cdn static img images "
    "media assets files file docs doc help support status community forum forums "
    "login signin auth account accounts id sso my search jobs careers investors investor "
    "developer developers api dev staging en de fr es it nl pt us uk ca au "
    "video videos tv radio podcast podcasts events event archive archives "
    "wiki kb knowledge learn academy press newsroom store stores "
).split())
FUNNEL_PATH_WORDS = frozenset((  # (one string a line: cheap to compile)
    # en ("quote" and "reserve" alone name a ticker's page, a central bank: compounds only)
    "apply applynow booknow bookonline booking bookings reservation reservations "
    "appointment appointments getaquote requestaquote freequote quoterequest hire enroll enrol "
    "enrollment enrolment inquire inquiry enquire enquiry requestinfo requestinformation "
    # de
    "bewerben bewerbung buchen buchung onlinebuchung reservierung reservieren termin "
    "terminbuchung terminvereinbarung anfrage angebotanfordern "
    # fr
    "postuler reserver devis rendezvous "
    # es / pt / it / nl
    "reservar reservas solicitud presupuesto agendamento orcamento prenota prenotazione "
    "preventivo boeken reserveren afspraak offerte solliciteren "
).split())
#: ...standing in the page's chrome: no ancestor of these tags (the article and its column, a
#: template the page has not shown) and none, within ``ASK_CLIMB`` levels, named an author's
#: box (its "Hire Martin" is the author's card, no ask of the site).
ASK_NEVER_IN = frozenset({"main", "article", "template"})
ASK_AUTHOR_WORDS = frozenset({"author", "authors", "byline", "bio", "autor", "auteur", "autore"})
ASK_CLIMB = 6

#: A group of app-store links (``extract/app_groups.py``): the smallest element at most
#: ``APP_CLIMB`` levels above a store link (``APP_HOSTS``) holding ``MIN_APP_LINKS`` of them,
#: more of them than other links (a menu that also names the apps is none),
#: and at most ``MAX_APP_TEXT`` characters of text besides its links' (no paragraph);
#: reported with the heading above it (a parent adding at most ``MAX_APP_HEADING``
#: characters and no link).
APP_CLIMB = 4
MIN_APP_LINKS = 2
MAX_APP_TEXT = 120
MAX_APP_HEADING = 60
APP_ELEMENTS = 60
