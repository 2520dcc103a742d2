"""Asks to allow the browser's push notifications (``extract/push_asks.py``): the class/id
words that name one, the push services whose widgets a page carries, the words that name
notifications, and the size of the box.

A push ask is a small box with a prompt and a control a script drives ("Recibe
notificaciones… [NO, GRACIAS] [RECIBIR]", a "push notifications" switch, a bell): a CTA
``other``. Site notices ("notification" bars), account menus' notification entries and
e-mail forms are other things: a class/id word ``notification`` alone names no push ask.
"""

from __future__ import annotations

#: Class/id words of a push ask (``classtokens.words`` of a token: "pushSubscription",
#: "push-popup", "window-push"; a layout class "col-md-push-3" has it too: the box's words and
#: control decide)...
PUSH_CLASS_WORDS = frozenset({"push", "webpush", "pushnotification", "pushnotifications"})
#: ...and the push services whose own widget names are glued into longer tokens
#: ("cleverpush-bell", "OneSignalSoftAsk", "onesignal-customlink-container"): a box named for
#: one is the service's widget (its script fills it: it may still be empty).
PUSH_SERVICES = ("cleverpush", "onesignal", "pushwoosh", "webpushr", "pushengage", "pushcrew",
                 "pushnami", "pushalert", "wonderpush", "truepush", "pushassist")
#: The letters any of them holds, for the chrome walk's first cheap search of a class or id
#: (added to ``chrome_patterns.CLASS_WORDS_NEEDED``; services whose names hold neither, such
#: as iZooto's, are left out: each more word makes that search, run on most elements, slower).
PUSH_WORDS_NEEDED = "push|onesignal"

#: Words that name notifications, as stems at a word's start, in many languages: a box
#: named ``push`` whose prompt holds none is something else (a layout column, a follow box
#: "push-channel": "Dann folge uns auf…").
NOTIFY_STEMS = (
    "notif", "push", "benachrichtig", "powiadom", "meldingen", "varsling", "aviseringar",
    "upozorn", "értesít", "bildirim", "ilmoitu", "obvestil", "уведомл", "оповещ", "сповіщ",
    "ειδοποι", "إشعار", "התראו",
)
#: ...and words written without spaces between them (Chinese, Japanese, Korean): anywhere.
NOTIFY_ANYWHERE = ("通知", "알림")

#: Words of a class naming a control a script drives (a ``div.btn``, a toggle switch).
CONTROL_CLASS_WORDS = frozenset({"btn", "button", "switch", "switcher", "toggle", "slider"})
#: ARIA roles of such a control.
CONTROL_ROLES = frozenset({"button", "switch", "checkbox"})
#: Form controls a reader presses or ticks.
CONTROL_TAGS = ("button", "input", "select")

#: A push ask holds at most this much text, this many elements and this many links to pages
#: (an "Accept" link to the subscribe endpoint beside a "Refuse" button).
MAX_PUSH_TEXT = 300
MAX_PUSH_ELEMENTS = 120
MAX_PUSH_LINKS = 2
#: Never a push ask themselves: list parts and menu entries (an account menu's
#: "Notifications" entry), the page's regions.
NEVER_PUSH_TAGS = frozenset({
    "li", "ul", "ol", "nav", "html", "body", "main", "article", "header", "footer", "aside",
    "td", "tr", "table", "p", "img",
})
