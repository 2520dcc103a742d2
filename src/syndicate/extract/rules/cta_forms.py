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
#: Names of a search field (a filter form's "_sf_search[]", "q", "s"): a form of choices
#: with one asks for no address either (``kind_shapes.choice_form``).
SEARCH_FIELD_NAME = r"search|query|keyword|^[qs]$"
