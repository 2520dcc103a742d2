"""Tables of ``bar_kinds``: what a share/follow bar's own lead and tools say of its kind when
its links say nothing (``#`` placeholders, buttons a script drives, links with no address)."""

from __future__ import annotations

#: Most characters of a bar's lead read (the text before its first link or button).
MAX_LEAD = 80
#: A lead opening with one of these asks to share the page ("Share this story", "Teilen",
#: "Send this article to someone who'd like it", "Seite empfehlen"): whole words end in a space.
SHARE_LEADS: tuple[str, ...] = (
    "share ", "share:", "sharing ", "send this ", "email this ", "e-mail this ", "pass it on",
    "teilen", "diesen artikel teilen", "artikel teilen", "seite empfehlen", "artikel empfehlen",
    "partager", "partagez", "compartir", "comparte", "compartilhe", "compartilhar", "condividi",
    "deel dit", "delen", "udostępnij", "podziel się",
)
#: A lead opening with one of these asks to follow the site ("Follow us", "Stay connected:").
FOLLOW_LEADS: tuple[str, ...] = (
    "follow us", "follow me", "follow ", "stay connected", "stay in touch", "connect with us", "find us on",
    "join us on", "folgen sie", "folge uns", "folgt uns", "suivez-nous", "suivez nous", "retrouvez-nous",
    "síguenos", "siguenos", "seguici", "siga-nos", "segue-nos", "volg ons", "obserwuj nas",
)
#: Labels of a tool that acts on this page (print it, copy its address): a share bar's, never a
#: follow bar's, whose every link is a profile.
PAGE_TOOL_LABELS = frozenset({
    "print", "drucken", "imprimer", "imprimir", "stampa", "afdrukken", "drukuj",
    "copy link", "copy url", "link kopieren", "copier le lien", "copiar enlace", "copia link",
})
#: A link whose label ends naming a network's channel ("Subscribe on Spotify", "Listen on Apple
#: Podcasts", "Abonnieren auf YouTube") goes to the channel there, though its target is the
#: site's own redirect (``channel_kinds``): "on"/"auf"/"sur"/"en"/"su" and a network.
CHANNEL_LABEL = (r"\b(?:on|auf|bei|sur|en|no|na|su|op)\s+(?:youtube|spotify|apple(?:\s+podcasts)?|itunes|"
                 r"google\s+podcasts|soundcloud|deezer|twitch|tiktok|instagram|facebook|linkedin|whatsapp|"
                 r"telegram|pinterest|google\s+news)\s*[!.]?$")
