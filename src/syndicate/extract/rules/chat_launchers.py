"""Chat and messaging launchers (``extract/chat_launchers.py``): the words naming one in a
control's class/id names, its ``aria-label``/``title`` or its short label, and the link forms
of a chat with the site's own number."""

from __future__ import annotations

import re

from . import contact_links

#: Words of a class/id name (``classtokens.words``: "chatLauncher", "chat-icon_FixIcon",
#: "support-chat", "live_chat") naming a chat launcher or a messaging app's chat with the site.
CHAT_NAME_WORDS = frozenset({
    "chat", "livechat", "webchat", "chatbot", "chatbox", "chatwidget", "whatsapp", "messenger",
    "customerchat",
})
#: ...of them, those naming a chat only (a link classed "whatsapp" is a share row's).
CHAT_WORDS = CHAT_NAME_WORDS - {"whatsapp", "messenger"}
#: Words of a label, ``aria-label`` or ``title`` (lower case, split at blanks and punctuation)
#: naming a chat: "Open the chat window", "Wix Chat", "Chat free with our vets", "Live-Chat",
#: "Chatten Sie mit uns", "Discutez avec nous", "Chatea con nosotros", "Converse conosco".
CHAT_LABEL_WORDS = frozenset({
    "chat", "livechat", "webchat", "chatbot", "chatten", "chatte", "chattez", "discutez", "chatea", "chatear",
    "chatta", "chattare", "conversa", "converse", "whatsapp", "messenger",
})
#: Pieces of a label (lower case) one of ``CHAT_LABEL_WORDS`` holds: a cheap test first.
LABEL_HINT = re.compile("chat|discut|convers|whatsapp|messenger").search
#: A label of at most this many words (a control's words, not a sentence)...
MAX_LABEL_WORDS = 7
#: ...and a launcher's box showing at most this many characters (an icon, a prompt line).
MAX_BOX_CHARS = 160
#: Words of a label split at these characters.
LABEL_SPLIT = re.compile(r"[\s\-_.,:;!?/|()'\u2019]+")
#: A link opening a chat with a phone number: WhatsApp's ``wa.me/<digits>`` and
#: ``send?phone=<digits>`` (a page's own number, no page shared), lower case.
CHAT_HREF = re.compile(r"(?:wa\.me/|whatsapp\.com/send/?\?phone=|whatsapp://send/?\?phone=)(?:\+|%2b)?\d{6,}")
#: Substrings of a link target that may be a ``CHAT_HREF`` (a cheap test first; the same two
#: are written out in ``chat_launchers.chat_href``).
CHAT_HREF_HINTS = ("wa.me/", "phone=")
#: Elements up from a control to its box: wrappers holding nothing else.
MAX_CLIMB = 3
#: Elements of a menu or a list (``contact_links``' table): a box below one of them
#: (``MENU_CLIMB`` levels up) is an entry, no launcher.
MENU_TAGS = contact_links.MENU_TAGS
MENU_CLIMB = 2
#: Frame titles are read from these attributes.
LABEL_ATTRIBUTES = (b"aria-label", b"title")
#: Launchers on a page at most: more are a list of chats (a directory), none reported.
MAX_LAUNCHERS = 3
#: Class/id words of a share button ("shareButton", "share-whatsapp"): no chat.
SHARE_WORDS = frozenset({"share", "sharing", "sharer", "social"})
#: A row of share buttons holds at most this many links (more: a page's part, not a row).
MAX_ROW_LINKS = 12
#: A box beside the article's line holding at most this many children is looked into (its
#: children: a byline box's chat prompt beside the byline).
MAX_SIDE_CHILDREN = 4
#: Pieces of a class/id value one of ``CHAT_NAME_WORDS`` holds, as written ("Chat", "chat",
#: "WhatsApp", "Messenger"): a cheap test first.
NAME_HINT = re.compile("hat|HAT|essenger|ESSENGER").search
#: The boxes beside the article's line looked at (a pinned layer, an icon box, a byline's box).
SIDE_TAG = "div"
#: First characters of the number after a ``CHAT_HREF_HINTS`` piece ("+", "%2B", a digit).
NUMBER_FIRST = frozenset("+%0123456789")
