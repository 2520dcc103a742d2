"""Size and vocabulary of a cookie-consent panel, as data for ``extract/consent_ctas.py``."""

from __future__ import annotations

#: A cookie-consent panel (``consent_ctas``): the nearest dialog, or the page region (a
#: child of ``<body>``), found at most ``CONSENT_CLIMB`` levels up from a CTA, holding at
#: most ``MAX_CONSENT_DIALOG`` / ``MAX_CONSENT_REGION`` characters in at most
#: ``CONSENT_ELEMENTS`` elements.
CONSENT_CLIMB = 12
MAX_CONSENT_DIALOG = 4000
MAX_CONSENT_REGION = 1200
CONSENT_ELEMENTS = 600
#: ...whose prose names cookies twice, or once and asks consent twice (these stems: a
#: consent manager's "we use technologies like cookies ... consenting ... withdrawing consent").
CONSENT_ASK_STEMS: tuple[str, ...] = (
    "consent", "einwillig", "consentement", "consentimiento", "consenso", "consentiment", "toestemming",
    "zgod", "согла",
)
