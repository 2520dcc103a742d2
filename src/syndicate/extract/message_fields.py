"""What a form's fields ask for: a message to the site, or an address to sign up.

A form's FIELDS tell its kind before its words do. A sign-up asks for an e-mail address
(maybe a name) and nothing to write; a form with a multi-line field the reader sees (a
``<textarea>``) asks for a message, and its e-mail field is an address to answer to: a
contact or comment form, whatever its box's words or class say ("Sign up", "E-mail").

- ``message_field``: a form holds a ``<textarea>`` a reader writes in — not hidden, not
  taken out of the keyboard order (``tabindex=-1``: a spam trap), more than one line high
  (a one-line "textarea" asks for a name);
- ``asks_message``: the forms holding an element's e-mail fields all do (a box holding a
  sign-up beside a contact form still signs up); ``message_kind`` then tells a contact
  form from a comment form;
- ``message_form``: a contact form proper — a message and one address to answer to (e-mail
  or phone), and no markup naming a comment, review, share-by-mail, sign-up or cart form
  (``rules/message_forms.py``). Spam-trap address fields (hidden, ``tabindex=-1``) count
  for nothing;
- ``comment_form``: the markup names a comment form (a message form writing under the post).

Read only for forms and boxes another pass has already found (no walk of its own).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from lxml import etree

from .chrome_util import class_or_id_named, tag_of, url_words
from .rules import message_forms as rules
from .rules.boilerplate import HIDDEN_STYLE

hidden_style = re.compile(HIDDEN_STYLE).search


def asks_message(el: etree._Element) -> bool:
    """``el`` is, lies in or holds forms that ask for a message (``_forms_of``: each holds a
    ``message_field``)."""
    forms = _forms_of(el)
    return bool(forms) and all(map(message_field, forms))


def message_kind(el: etree._Element, says_comment: bool) -> str | None:
    """The CTA kind of ``el``, which asks for a message (``asks_message``): ``contact`` when a
    form of it is a ``message_form`` (an address to answer to, no comment markup), else
    ``comments`` when its markup names a comment form or ``says_comment`` (its prompt does:
    "Leave a Reply"), else None (a page sent to a friend, a sign-up asking a question)."""
    forms = _forms_of(el)
    if any(map(message_form, forms)):
        return "contact"
    if says_comment or any(map(comment_form, forms)):
        return "comments"
    return None


def _forms_of(el: etree._Element) -> list[etree._Element]:
    """The form around ``el`` (``FORM_CLIMB`` levels up at most), else the forms in it
    holding an e-mail field, else ``el`` itself (loose fields a script sends)."""
    form = el if tag_of(el) == "form" else next(
        (a for a in islice(el.iterancestors(), rules.FORM_CLIMB) if tag_of(a) == "form"), None)
    if form is not None:
        return [form]
    return [f for f in el.iterdescendants("form") if next(_email_fields(f), None) is not None] or [el]


def message_field(form: etree._Element) -> bool:
    """``form`` holds a ``<textarea>`` a reader writes a message in: shown up to ``form``,
    in the keyboard order, not read-only, more than one line high."""
    for t in form.iter("textarea"):
        if t.get("rows") == "1" or t.get("readonly") is not None or not shown(t, form):
            continue
        return True
    return False


def message_form(form: etree._Element) -> bool:
    """``form`` (a form, or the box of fields a script sends) asks for a message (a
    ``message_field``) and one address to answer to, and is no comment, review, share,
    sign-up, cart or log-in form."""
    if not message_field(form):
        return False
    emails = 0
    for i in form.iter("input"):
        kind = (i.get("type") or "text").lower()
        name = (i.get("name") or "").lower()
        if kind in ("password", "search") or name in rules.COMMENT_FIELDS:
            return False
        if kind in ("email", "tel") or (kind == "text" and _address_name(name)):
            if not shown(i, form):
                continue  # (a spam trap: no reader fills it in)
            if _names(name.replace("[", " ").replace("]", " "), rules.OTHER_FORM_WORDS):
                return False  # ("email_subscribe": a sign-up asking a question too)
            emails += kind != "tel"
    if emails > rules.MAX_EMAIL_FIELDS or (not emails and not _phone_field(form)):
        return False
    return not _comment_form(form)


def shown(field: etree._Element, form: etree._Element) -> bool:
    """``field`` is one a reader fills in: in the keyboard order (no ``tabindex=-1``) and
    not hidden (``hidden``, ``aria-hidden``, ``display: none``) up to ``form``."""
    if field.get("tabindex") == "-1":
        return False
    for x in (field, *field.iterancestors()):
        if x.get("hidden") is not None or x.get("aria-hidden") == "true" or hidden_style(x.get("style") or ""):
            return False
        if x is form:
            return True
    return True


def _email_fields(form: etree._Element) -> Iterator[etree._Element]:
    return (i for i in form.iter("input") if (i.get("type") or "").lower() == "email")


def _address_name(name: str) -> bool:
    """A field name asking for an e-mail address ("email", "your-email", "txtemail")."""
    return "mail" in name and ("email" in name or "e-mail" in name or "e_mail" in name)


def _phone_field(form: etree._Element) -> bool:
    return any((i.get("type") or "").lower() == "tel" for i in form.iter("input"))


def comment_form(form: etree._Element) -> bool:
    """``form``'s markup names a comment form: a comment form's hidden field (the post it
    belongs to), a field name, its action path, its class/id or a box's a few levels up
    (``COMMENT_FORM_WORDS``: "comment[body]", "/comments", ``#respond``, "formulaire_forum")."""
    for i in form.iter("input", "textarea"):
        name = (i.get("name") or "").lower()
        if name in rules.COMMENT_FIELDS or (name and _names(name.replace("[", " ").replace("]", " "),
                                                                 rules.COMMENT_FORM_WORDS)):
            return True
    return _form_named(form, rules.COMMENT_FORM_WORDS)


def _comment_form(form: etree._Element) -> bool:
    """The form's action path, its class/id or a box's a few levels up name a comment,
    review, share, sign-up or cart form (``OTHER_FORM_WORDS``)."""
    return _form_named(form, rules.OTHER_FORM_WORDS)


def _form_named(form: etree._Element, vocabulary: frozenset[str]) -> bool:
    """A word of ``form``'s action path, or of its or a box's class/id (``COMMENT_CLIMB``
    levels up at most), is in ``vocabulary``."""
    action = (form.get("action") or "").lower()
    if action and _names(action.split("?", 1)[0], vocabulary):
        return True
    return any(class_or_id_named(x, vocabulary) for x in (form, *islice(form.iterancestors(), rules.COMMENT_CLIMB)))


def _names(text: str, vocabulary: frozenset[str]) -> bool:
    return any(w in vocabulary for w in url_words(text))
