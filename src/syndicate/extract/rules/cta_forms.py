"""Forms that ask for an e-mail address but sign no one up to a newsletter: the account
steps of a site (register, log in, reset a password, recall a user name), read from the
words of the form's ``action`` path (split at ``/ - _ .`` and camelCase, as class names
are: "/action/requestResetPassword" gives "request", "reset", "password").

A word is looked up whole or by a stem that starts it, never as a substring; a path that
also names a newsletter ("/newsletter/register") stays a sign-up.
"""

from __future__ import annotations

#: Stems starting a word of an account step's path, in many languages (en de fr es it pt nl).
ACCOUNT_STEMS: tuple[str, ...] = (
    "regist",  # register, registration, registrierung, registro, registrazione, registreren
    "password", "passwort", "passwd", "wachtwoord", "contrasen", "senha", "username",
    "account", "konto", "authent", "inloggen", "connexion", "identifi", "forgot", "lostpass",
    "resetpass",
)
#: Whole words (or two joined: "sign-in") of an account step's path.
ACCOUNT_WORDS: frozenset[str] = frozenset({
    "login", "logon", "signin", "auth", "accedi", "einloggen", "acceder",
})
#: Words of a path naming a newsletter: such a form is a sign-up whatever else it says.
NEWSLETTER_STEMS: tuple[str, ...] = (
    "newsletter", "subscri", "abonn", "abbonam", "suscri", "assin", "optin", "mailchimp",
    "mailing", "nieuwsbrief", "boletin", "lettre",
)

#: Class/id words (split as ``chrome_util.words`` does) of a site's own announcement or promo
#: bar: "announcement-bar", "site-wide-notification", "header__promo", "promo-banner".
PROMO_BAR_WORDS: frozenset[str] = frozenset({
    "promo", "promos", "promotion", "promotional", "announcement", "announcements",
    "notification", "notifications", "hellobar", "seasonal", "ankuendigung",
    "annonce", "aviso", "avviso", "annuncio", "mededeling",
})
#: ...words that on their own name the bar ("announcement"); the others need a word of its
#: place or shape beside them (``PROMO_BAR_PLACES``): a "promo" alone is a story teaser.
PROMO_BAR_ALONE: frozenset[str] = frozenset({"announcement", "announcements", "hellobar", "ankuendigung"})
PROMO_BAR_PLACES: frozenset[str] = frozenset({
    "bar", "banner", "strip", "ribbon", "top", "header", "sitewide", "site", "topbar", "pencil",
    "sticky", "global", "leiste", "bandeau", "barra", "balk",
})
#: Words that make a "promo" a story teaser's ("top-stories-promo", "promo-card"), no bar.
PROMO_BAR_NOT: frozenset[str] = frozenset({
    "story", "stories", "article", "articles", "post", "posts", "related", "teaser", "teasers",
    "card", "cards", "item", "items", "list", "grid", "video", "videos", "news", "content",
    "cookie", "cookies", "consent", "gdpr", "cart", "push", "bell", "app",
})
#: The plain words any ``PROMO_BAR_WORDS`` word contains (one search rules most classes out).
PROMO_BAR_HINTS: tuple[str, ...] = (
    "promo", "announce", "notification", "hellobar", "seasonal", "ankuendigung", "annonce",
    "aviso", "avviso", "annuncio", "mededeling",
)
#: Links a promo bar holds at most: more is a menu.
PROMO_BAR_MAX_LINKS = 2
#: Visible text a promo bar holds at most (characters).
PROMO_BAR_MAX_TEXT = 250
