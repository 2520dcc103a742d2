"""Empty mounts of form and mailing platforms (``extract/form_mounts.py``).

A sign-up or lead form from HubSpot or Flodesk often reaches the HTML as an empty
``<div>`` its class or id names for the platform ("hbspt-form", "fd-form-60f3…"), the
platform's script loaded elsewhere on the page (or lazily, by a page optimiser, so no
script address is left to see); Klaviyo's "klaviyo-form-…" boxes are named a newsletter
by ``chrome_patterns`` already. Each token (a run of words of a class/id token,
``classtokens.ClassMatcher`` ``word``) maps to the CTA kind the platform draws, or to
``script_mounts.FORM`` when it draws forms of any purpose (a newsletter, a demo request, a
download): then the box's own words give the kind, else ``FALLBACK_KIND`` when the box
shows a prompt.
"""

from __future__ import annotations

from .script_mounts import FORM

#: Class/id word runs of a platform's empty form mount -> the kind the platform draws.
MOUNT_TOKENS: dict[str, str] = {
    "hbspt-form": FORM,  # HubSpot: <div class="hbspt-form" id="hbspt-form-…">
    "hs-form-frame": FORM,  # HubSpot's newer frame embed
    "hubspot-form": FORM,  # HubSpot through a theme or plugin ("hubspot-form-embed-container")
    "fd-form": "newsletter",  # Flodesk ("fd-form-60f3…")
}
#: A form platform's mount whose own class or id names one of these kinds (``ctas.class_kind``:
#: "form is-foot-newsletter") is that widget: the kind it gives (a platform's "subscribe"
#: form signs up to a mailing list, no paid subscription).
NAMED_KINDS: dict[str, str] = {
    "newsletter": "newsletter", "subscribe": "newsletter", "contact": "contact", "donate": "donate",
}
#: Every token holds this: one substring test rules out nearly every element.
MOUNT_HINT = "form"
#: A box of a form platform whose words name no kind, showing a prompt of at least this many
#: characters (a heading or a line of pitch), asks the reader to act on an offer: this kind.
FALLBACK_KIND = "other"
MIN_PROMPT_CHARS = 20
