"""Widgets a provider's script or frame draws into an empty box (``extract/script_mounts.py``).

The page's HTML holds only the provider's ``<script>`` (or ``<iframe>``) and an empty mount
beside it; the sign-up form, share buttons or like button appear when the script runs.
Each table maps a provider's address (or its inline call) to the CTA kind it draws, or to
``FORM`` when the provider draws any form (a sign-up, a contact or a demo request): then
the box's own heading or prompt words must name the kind (``rules.regions.CTA_BOX_STEMS``).
"""

from __future__ import annotations

import re

#: The provider draws a form of any purpose: the box's prompt words give the kind.
FORM = "form"

#: Script hosts of widget providers (a host, or the domain of its subdomains) -> (a part
#: the address's path must hold, or "", and the kind the provider draws).
SCRIPT_HOSTS: dict[str, tuple[str, str]] = {
    "js.hsforms.net": ("/forms/", FORM),  # HubSpot forms
    "activehosted.com": ("/f/embed", FORM),  # ActiveCampaign, <account>.activehosted.com
    "form.jotform.com": ("", FORM),
    "embed.typeform.com": ("", FORM),
    "paperform.co": ("", FORM),
    "f.convertkit.com": ("", "newsletter"),
    "ck.page": ("", "newsletter"),
    "chimpstatic.com": ("/mcjs", "newsletter"),  # Mailchimp
    "list-manage.com": ("", "newsletter"),
    "sibforms.com": ("", "newsletter"),  # Brevo
    "static.mailerlite.com": ("", "newsletter"),
    "assets.mailerlite.com": ("", "newsletter"),
    "cdn.podlove.org": ("/subscribe-button", "follow"),  # a podcast's subscribe (feeds) button
}
#: Share widgets a site serves itself: a part of the script's address -> the kind, each
#: tested only when the address holds its first word (``SCRIPT_FILE_HINTS``).
SCRIPT_FILES: tuple[tuple[str, str], ...] = (
    ("/jssocials", "share"),
    ("socialshareprivacy", "share"),
    ("/shariff.", "share"),
)
#: Words one of which every ``SCRIPT_FILES`` part holds: most addresses hold neither.
SCRIPT_FILE_HINTS = ("social", "shariff")
#: Frame addresses of widget providers, likewise.
FRAME_WIDGETS: dict[str, str] = {
    "docs.google.com/forms/": FORM,
    "form.jotform.com/": FORM,
    "typeform.com/to/": FORM,
    "forms.office.com/": FORM,
    "embeds.beehiiv.com/": "newsletter",
    "substack.com/embed": "newsletter",
    ".informz.net/": "newsletter",
    "sibforms.com/": "newsletter",
    ".list-manage.com/": "newsletter",
    "widgets.wp.com/likes/": "other",  # Jetpack's like button (a like, no share bar)
}
#: Pardot's form handlers, on any host ("/l/46942/2017-02-04/4kd444"): forms of any purpose.
PARDOT_FORM = re.compile(r"/l/\d+/\d{4}-\d\d-\d\d/\w")
#: Class tokens (whole) of a provider's placeholder its script turns into a frame.
PLACEHOLDER_CLASSES: dict[str, str] = {
    "jetpack-likes-widget-wrapper": "other",  # Jetpack's like button
}
#: Inline calls that draw a provider's form into an element of the page.
INLINE_WIDGETS: tuple[tuple[str, str], ...] = (
    ("hbspt.forms.create", FORM),
)
#: Inline scripts longer than this are no embed snippet (and are not searched).
MAX_INLINE_CHARS = 3000
#: Addresses longer than this are no provider's (a script inlined as a ``data:`` address).
MAX_SOURCE_CHARS = 400

#: One search per frame address, literal alternatives only.
FRAME_SOURCE = re.compile("|".join(re.escape(p) for p in FRAME_WIDGETS))

#: Levels climbed from the mount to the box holding its heading or prompt.
MAX_CLIMB = 10
#: The box shows at most this much text (a heading and a line of pitch).
MAX_BOX_CHARS = 300
#: ...and holds at most this many elements (the mount's wrappers, the heading, an image).
MAX_BOX_ELEMENTS = 60
