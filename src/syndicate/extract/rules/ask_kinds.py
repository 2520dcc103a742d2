"""The kind of a CTA from the asks of its whole box (``extract/ask_kinds.py``)."""

from __future__ import annotations

#: A box of at most this many links is read (a bar, a band, a widget: no menu)...
MAX_ASK_LINKS = 6
#: ...and two or more of its buttons, asking different things, make it a bar of two asks.
MIN_ASKS = 2
#: A control's label of at most this many words names an ask (a button's).
MAX_ASK_LABEL_WORDS = 8
#: Labels asking to speak to the site's staff (the gold's convention 9.6: a consultation, a
#: call, information): a box whose every ask is to be contacted, one at least by such words
#: (or a contact page as target), is ``contact``, not an offer (a booking, a demo: 10.7).
CONTACT_ASK_STEMS: tuple[str, ...] = (
    # en
    "contact", "book a call", "book a chat", "book a free call", "book a meeting", "book a consult",
    "book your consult", "book a free consult", "consultation", "beratungsgespräch", "consulenza", "consultoría", "schedule a call", "schedule a chat", "schedule a meeting",
    "schedule a consult", "schedule your consult", "schedule a free consult", "free consultation",
    "request a call", "request a callback", "request info", "request more info", "request information",
    "get in touch", "talk to us", "talk to an expert", "speak to us", "speak with us", "call me back",
    # de / fr / es / it / pt / nl / pl
    "kontakt", "rückruf", "gespräch vereinbaren", "beratung anfordern", "beratung vereinbaren",
    "informationen anfordern", "être rappelé", "prendre contact", "nous contacter", "contáct", "solicita información",
    "solicitar información", "pide información", "richiedi informazioni", "contatt", "fale conosco",
    "informatie aanvragen", "skontaktuj",
)
#: Labels of an offer no stem of ``regions.CTA_BOX_STEMS`` names: a payment, a gated download
#: (a form whose button downloads a template or guide is ``other``, no newsletter: 9.6, 10.7).
OFFER_ASK_STEMS: tuple[str, ...] = (
    # en
    "pay online", "pay now", "pay your bill", "pay a bill", "make a payment", "online payment", "download",
    # de / fr / es / it / pt / nl / pl
    "online bezahlen", "jetzt bezahlen", "herunterladen", "payer en ligne", "télécharg", "pagar en línea",
    "pagar online", "descarga", "paga online", "scarica", "baixar", "betaal online", "downloaden", "pobierz",
)
#: A lone button whose label opens with one of these (a sign-up: "Sign Up", "Join", "Subscribe")
#: grows to the headed box around it (at most ``SIGN_UP_CLIMB`` levels up, at most
#: ``MAX_SIGN_UP_TEXT`` characters, no link but it and profile icons), and when the box's words
#: name a newsletter (``regions.CTA_BOX_STEMS`` or ``EMAIL_LIST_STEMS``) it is that box, a
#: ``newsletter`` CTA (a footer column "Stay Connected / Receive insights ... to your inbox").
SIGN_UP_LABELS: tuple[str, ...] = (
    "sign up", "sign-up", "signup", "join", "subscribe", "abonnieren", "jetzt anmelden", "inscri", "s'inscrire",
    "suscr", "iscriviti", "iscrizione", "inscreva", "aanmelden", "zapisz",
)
SIGN_UP_CLIMB = 3
MAX_SIGN_UP_TEXT = 400
#: Words naming an e-mail list, which the newsletter stems do not hold ("Join our email list").
EMAIL_LIST_STEMS: tuple[str, ...] = (
    "email list", "e-mail list", "mailing list", "sign up for emails", "sign up for email", "our emails",
    "e-mail-liste", "liste de diffusion", "lista de correo", "mailinglijst",
)
#: A subscription box whose words say what comes by mail ("Be the first to receive industry
#: news", "Get the latest news and updates", "Subscribe to the TRC blog", "Blog abonnieren") is
#: an e-mail list (``newsletter``), not a paid subscription, unless it names a price or paid
#: access (``PAID_STEMS``).
LETTER_WORDS = (
    r"\b(?:receive|get|be the first to (?:receive|get|hear|know))\b[^.!?]{0,40}?"
    r"\b(?:news|updates|insights|articles|posts|stories|perspectives|tips|announcements)\b"
    r"|\b(?:erhalten|bekommen)\b[^.!?]{0,40}?\b(?:news|neuigkeiten|nachrichten|updates)\b"
    r"|\b(?:news|neuigkeiten|nachrichten)\b[^.!?]{0,40}?\berhalten\b"
    r"|\b(?:recevez|recevoir)\b[^.!?]{0,40}?\b(?:actualités|nouvelles|articles)\b"
    r"|\b(?:recibe|recibir|recibirás)\b[^.!?]{0,40}?\b(?:noticias|novedades|artículos)\b"
    r"|\bblog\b|\bblogs\b"
)
#: ...and a target of such a box naming a blog's subscription ("/form/blog-subscription").
LETTER_TARGET_WORDS = frozenset({"blog"})
#: Words of a paid subscription: a price, paid access, a print or digital edition.
PAID_STEMS: tuple[str, ...] = (
    "$", "€", "£", "per month", "/month", "a month", "/mo", "per year", "/year", "a year", "premium", "membership",
    "unlimited", "print edition", "e-paper", "epaper", "digital access", "all access", "paywall", "trial",
    "monat", "jahr", "mois", "par an", "al mes", "abo-angebot", "digitalabo",
)
