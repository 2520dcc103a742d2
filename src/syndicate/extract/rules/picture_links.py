"""Picture links (``extract/banner_links.py``): word stems naming the page a picture banner
asks the reader to, read inside the words of its target's path and of its picture's file
name, where sites join them to other words ("/freenewsletter/", "kaffeekasse.png",
"/jetztspenden", "abonnement-digital"). ``rules.conversion`` looks its words up whole; a
banner has no label to say more, so its names are read for these stems too.

A stem stands inside one word of a short path segment or file name (at most
``MAX_STEM_WORDS`` words): a longer one is an article's slug, whose words name a story.
"""

from __future__ import annotations

#: Stems naming a conversion page, by the CTA kind they name (en / de / fr / es / it / pt / nl).
KIND_STEMS: dict[str, tuple[str, ...]] = {
    "newsletter": ("newsletter", "nieuwsbrief", "infolettre"),
    "subscribe": ("subscri", "abonn", "abbonam", "assinatur", "suscrip", "mitgliedschaft", "membership"),
    "donate": ("donat", "spende", "kaffeekasse", "doacao", "donazion"),
}
#: A segment or file name of more words than this is a slug, not a page's or banner's name.
MAX_STEM_WORDS = 3
#: A banner's picture (``banner_links._glyph``) is a glyph when one side is under this many
#: pixels (a rule, a pixel) or both are under ``rules.conversion.MIN_BANNER_PIXELS``.
MIN_SIDE_PIXELS = 24
#: A picture link whose target a link with words goes to, within
#: ``TWIN_CLIMB`` levels up (among ``TWIN_LINKS`` links at most), is that button's copy.
TWIN_CLIMB = 3
TWIN_LINKS = 8
#: A picture link's kind may be named by its box's class or id, this many levels up at most.
BOX_CLIMB = 2
#: Class/id words of a logo's box: its kind is not the box's (a logo in a contact column).
LOGO_WORDS = frozenset({"logo", "logos", "brand", "branding", "sitelogo"})
