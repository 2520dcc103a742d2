"""Evidence that a "Subscribe" widget sells a paid subscription, or signs an address up to
e-mails (``extract/sign_up_kinds.py``).

"Subscribe", "Abonnieren", "S'abonner", "Suscríbete" alone say neither: a blog's e-mail
list and a newspaper's plans use the same word. A widget is a paid ``subscribe`` by a price,
a plan/offer/trial word, a paywall box or a target in a shop; an e-mail ``newsletter`` by
an e-mail field, a mailing platform, or newsletter words. Words are looked up as whole
words (folded, accents dropped) or by the stems listed, never as substrings.
"""

from __future__ import annotations

import re

from .card_feeds import PRICE as _CARD_PRICE

#: A price: a currency sign or code beside a number ("$2", "1€", "R$5,94", "3 € / Monat"), the word "paid" ("a paid subscriber"),
#: or a number and "euro(s)"/"dollars" ("1,90 Euro").
PRICE = re.compile(_CARD_PRICE.pattern + r"|\d(?:[.,]\d{1,2})?\s?(?:euros?|dollars?)\b|\bpaid\b", re.IGNORECASE)

#: Words (folded, no accents) of a widget's text that name a paid offer: a plan, an offer, a trial, premium or
#: unlimited access, an edition in print, a membership (en de fr es it pt). "Subscriber(s)"
#: is none: a mailing list boasts of its subscribers too.
OFFER_WORDS: frozenset[str] = frozenset({
    # en
    "plan", "plans", "pricing", "offer", "offers", "trial", "premium", "unlimited", "paywall",
    "paywalls", "eedition", "epaper", "membership", "memberships",
    # de
    "abo", "abos", "abonnement", "abonnements", "angebot", "angebote", "probeabo", "testen",
    "zugang", "mitgliedschaft", "ausgabe", "ausgaben", "hefte", "heft", "pramie",
    # fr
    "offre", "offres", "essai", "illimite",
    # es
    "planes", "oferta", "ofertas", "prueba", "ilimitado", "membresia", "miembro", "miembros",
    "socio", "socios",
    # it
    "abbonamento", "abbonamenti", "abbonati", "offerta", "offerte", "prova", "illimitato",
    # pt
    "assine", "assinatura", "assinaturas", "planos", "plano",
})
#: Stems starting a word of such text ("Mitglied werden", "Mitgliedsantrag").
OFFER_STEMS: tuple[str, ...] = ("mitglied",)
#: Runs of two words naming a paid edition or access ("digital edition", "print edition").
OFFER_PAIRS: frozenset[tuple[str, str]] = frozenset({
    ("e", "edition"), ("digital", "edition"), ("print", "edition"), ("digital", "access"),
    ("full", "story"), ("e", "paper"), ("become", "member"), ("free", "trial"),
    ("edicion", "impresa"), ("acceso", "digital"), ("acesso", "digital"),
})

#: First labels of a target's host that sell ("shop.", "abo.", "subscribe.", "checkout.").
PAID_HOST_LABELS: frozenset[str] = frozenset({
    "subscribe", "subscription", "subscriptions", "abo", "aboshop", "shop", "store", "checkout",
    "membership", "members", "mitglied", "premium", "assine", "assinatura", "suscripciones",
    "suscripcion", "abonnement", "abbonamenti", "pay", "payment", "billing",
})
#: Words of a target's path that sell (offers, plans, checkout, a shop; "/abo/",
#: "/service/abo-angebote/", "/suscripcion-digital/", "/subscription/multiproduct").
PAID_PATH_WORDS: frozenset[str] = frozenset({
    "offers", "offer", "offre", "offres", "oferta", "ofertas", "angebot", "angebote", "plans",
    "plan", "planes", "planos", "pricing", "preise", "checkout", "abo", "abos", "aboshop",
    "abonnement", "abonnements", "abbonamento", "abbonamenti", "abbonati", "promozioni",
    "assine", "assinatura", "suscripcion", "suscripciones", "subscription", "subscriptions",
    "membership", "memberships", "shop", "store", "premium", "eedition", "epaper", "catalogo",
    "catalog", "subscriber", "subscribers", "abonnenten", "suscriptores", "assinantes",
})
#: Stems starting a word of such a path ("mitgliedsantrag").
PAID_PATH_STEMS: tuple[str, ...] = ("mitglied",)

#: Class/id words of a paywall or meter box (the widget or an ancestor ``PAYWALL_CLIMB`` up).
PAYWALL_CLASS_WORDS: tuple[str, ...] = ("paywall", "regwall", "softwall", "hardwall", "metered", "meter")
PAYWALL_CLIMB = 4

#: Words of a widget's text or target that name an e-mail sign-up (whole words, folded).
NEWSLETTER_WORDS: frozenset[str] = frozenset({
    "newsletter", "newsletters", "email", "emails", "inbox", "mailing", "nieuwsbrief",
    "boletin", "infolettre", "courriel", "rundbrief",
})
#: Runs of two words naming one ("e-mail", "mailing list", "lettre d'information").
NEWSLETTER_PAIRS: frozenset[tuple[str, str]] = frozenset({
    ("e", "mail"), ("mailing", "list"), ("lettre", "information"),
})
#: Hosts (or their ends) of mailing platforms: a sign-up form posting to one, or a link to
#: one, is an e-mail sign-up (Mailchimp, Substack, Jetpack, Feedburner, ConvertKit, Brevo,
#: MailerLite, HubSpot forms, Campaign Monitor, ActiveCampaign, Beehiiv, Buttondown...).
MAILING_HOSTS: tuple[str, ...] = (
    "list-manage.com", "mailchimp.com", "eepurl.com", "substack.com", "feedburner.com",
    "feedburner.google.com", "subscribepage.com", "convertkit.com", "ck.page", "sibforms.com",
    "sendinblue.com", "mailerlite.com", "mlsend.com", "hsforms.com", "hsforms.net",
    "createsend.com", "activehosted.com", "beehiiv.com", "buttondown.email", "aweber.com",
    "getresponse.com", "constantcontact.com", "campaign-archive.com", "mailpoet.com",
    "emailoctopus.com", "tinyletter.com", "klaviyo.com", "cleverreach.com", "newsletter2go.com",
)
#: Target paths of a platform's e-mail sign-up on the site itself (WordPress.com/Jetpack's
#: "/email-subscriptions", Ghost's "#/portal/signup", Substack's "/api/v1/free").
MAILING_PATHS: tuple[str, ...] = ("email-subscriptions", "#/portal/signup", "/api/v1/free")
#: Class/id words of a mailing platform's form mount (Mailchimp's "mc-embedded-subscribe",
#: HubSpot's "hbspt-form"/"hs-form", Jetpack's "jetpack-subscribe", MailPoet, Brevo, Klaviyo).
MAILING_CLASS_WORDS: tuple[str, ...] = (
    "mc-embedded-subscribe", "mc4wp", "mailchimp", "hbspt", "hs-form", "jetpack-subscribe",
    "mailpoet", "sib-form", "klaviyo", "convertkit", "ck-form", "mailerlite", "ml-form",
)
#: A widget's neighbourhood (parent, grandparent) is read for an e-mail field or a mailing
#: form when it holds at most this many elements and characters (a heading and its form,
#: not a column).
NEIGHBOUR_MAX_ELEMENTS = 80
NEIGHBOUR_MAX_CHARS = 600
NEIGHBOUR_CLIMB = 2
#: Attributes of a button naming the dialog it opens (its target read as the widget's).
OPENER_ATTRS: tuple[str, ...] = ("data-open", "data-target", "data-bs-target", "aria-controls")
#: A widget whose first target is a feed or a channel elsewhere keeps its kind: it signs up
#: to neither a plan nor an e-mail list.
FEED_PATH_WORDS: frozenset[str] = frozenset({"feed", "feeds", "rss", "atom"})
CHANNEL_HOSTS: tuple[str, ...] = ("youtube.com", "news.google.com", "podcasts.apple.com", "spotify.com")
#: A "widget" of more elements than this is a region (a header, a list of cards): its kind is
#: left as found.
MAX_WIDGET_NODES = 300
