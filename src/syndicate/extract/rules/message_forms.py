"""Message forms (``extract/message_forms.py``, ``extract/message_fields.py``): a form
asking for a message (a ``<textarea>``) and a way to answer (an e-mail or phone field) is a
contact form, unless its markup says it is a comment, reply or review form. Data only.
"""

from __future__ import annotations

#: Class/id words (of the form or a box a few levels up), action-path words and field-name
#: words of a form that writes under the post: a comment or reply form, a forum's.
COMMENT_FORM_WORDS = frozenset({
    "comment", "comments", "commentform", "respond", "reply", "replies", "discussion", "disqus", "forum",
    # de / fr / es / it / pt / nl / pl
    "kommentar", "kommentare", "kommentieren", "antworten", "commentaire", "commentaires",
    "comentario", "comentarios", "commento", "commenti", "reactie", "reacties", "komentarz", "komentarze",
})
#: The same words of a form that writes to no one at the site: a comment form
#: (``COMMENT_FORM_WORDS``), a review, a share of the page to a friend (by e-mail), a
#: sign-up (its e-mail field named so) or a shop's cart (an order note beside the address
#: fields).
OTHER_FORM_WORDS = COMMENT_FORM_WORDS | frozenset({
    "subscribe", "subscription", "newsletter", "signup", "optin",
    "cart", "checkout", "basket", "warenkorb", "panier", "carrito", "carrello",
    "share", "sharing", "friend", "friends", "tellafriend", "sendtofriend", "recommend",
    "teilen", "empfehlen", "weiterempfehlen", "partager", "compartir", "condividi",
    "review", "reviews", "rating", "ratings", "guestbook",
    "bewertung", "bewertungen", "avis", "resena", "recensione",
})
#: Hidden fields of a comment form (WordPress, Drupal): the post the comment belongs to.
COMMENT_FIELDS = frozenset({"comment_post_id", "comment_parent"})
#: How far above the form its box's class/id words are read.
COMMENT_CLIMB = 4
#: How far above a field or box the form holding it is looked for (``asks_message``).
FORM_CLIMB = 8
#: A ``<textarea>`` outside every form: how far up its fields' box is looked for.
FIELDS_CLIMB = 4
#: A form with more e-mail fields than this sends the page to someone (a "mail to a
#: friend" form: the friend's address and the sender's): a share, not a message to the site.
MAX_EMAIL_FIELDS = 1
#: The box reported for a message form: the nearest ancestor (``BOX_CLIMB`` levels up at
#: most) holding a heading before the form, with at most ``MAX_BOX_LINKS`` links.
BOX_CLIMB = 4
#: The box then climbs this many levels at most through wrappers whose other children hold
#: only a heading or a line (the band the page sets the form in).
BAND_CLIMB = 12
MAX_BOX_LINKS = 4
MAX_BOX_ELEMENTS = 400
#: A dialog holding the form (the form or an ancestor ``DIALOG_CLIMB`` levels up at most
#: with an id) opened by a control naming that id (``data-target``, ``data-bs-target``,
#: ``href="#id"``, ``aria-controls``): the control is the CTA the reader sees.
DIALOG_CLIMB = 6
#: A box in view holding the form (``JUMP_CLIMB`` levels up at most) that a control jumps
#: to (``href="#id"``): the control asks to write too, reported with the box it stands
#: alone in (``JUMP_BOX_CLIMB`` levels up at most).
JUMP_CLIMB = 12
JUMP_BOX_CLIMB = 6
#: Class/id words of a box hidden until a control opens it.
DIALOG_WORDS = frozenset({
    "modal", "popup", "dialog", "lightbox", "overlay", "fancybox", "offcanvas", "collapse",
    "hide", "hidden", "layer", "flyout",
})
#: At most this many openers of one dialog are reported (more: a menu repeating it).
MAX_OPENERS = 2
#: An opener that is an entry of a list of this many links or more is a menu's entry.
MENU_LINKS = 3
