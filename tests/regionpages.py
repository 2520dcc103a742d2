"""The small news page the region tests build around the article's four paragraphs, and
what they ask of it: the source element an item's locator names, a plain list of story links;
the same story in five languages (``TEXTS``) for pages built per language.

``page`` lays the chrome a test passes where a news site has it: ``header`` in the site
header, ``between`` among the paragraphs (after the second), ``after`` below the text inside
the article, ``below`` under the article in the main column, ``side`` in a column beside the main column, ``footer`` in the site footer,
``top`` last in ``<body>`` (overlays, dialogs, sticky bars).
"""

from __future__ import annotations

import lxml.html
import pytest

import syndicate
import syndicate.extract.related_guards as related_guards
from pages import ARTICLE_PARAS

#: The article's paragraphs as markup.
P = [f"<p>{t}</p>" for t in ARTICLE_PARAS]
#: Section names of a site's main menu, by language (the plain entries beside a menu's asks).
MENU_SECTIONS = {
    "en": ("News", "Opinion", "Sport", "Culture"),
    "de": ("Nachrichten", "Meinung", "Sport", "Kultur"),
    "fr": ("Actualités", "Opinion", "Sport", "Culture"),
}
#: Four paragraphs of a local news story in five languages, written for the project.
TEXTS: dict[str, list[str]] = {
    "en": [
        "The harbour town of Eastmere will rebuild its old sea wall before the autumn storms, the "
        "council said on Monday after a long meeting of its works committee.",
        "The cost is put at about twelve million pounds, part of it from a national fund that "
        "helps coastal towns protect their homes against flooding.",
        "Residents had complained for years about cracks in the wall that let the sea into the "
        "cellars of the houses along the shore road during every winter gale.",
        "Work will start in spring and stop the ferry only on a few weekends, the mayor promised "
        "the reporters who had gathered on the quay.",
    ],
    "de": [
        "Die Stadt Hafenberg will die alte Kaimauer bis zum Herbst vollständig erneuern lassen, "
        "teilte die Verwaltung am Montag nach einer langen Sitzung des Bauausschusses mit.",
        "Die Kosten werden auf rund zwölf Millionen Euro geschätzt; ein Teil soll aus einem "
        "Förderprogramm des Landes kommen, das Küstenorte beim Hochwasserschutz unterstützt.",
        "Anwohner hatten seit Jahren über Risse in der Mauer geklagt, die bei Sturmflut immer "
        "wieder Wasser in die Keller der Häuser an der Uferstraße drücken ließen.",
        "Die Bauarbeiten sollen im Frühjahr beginnen und den Fährverkehr nur an wenigen "
        "Wochenenden unterbrechen, versprach der Bürgermeister vor der Presse.",
    ],
    "es": [
        "El ayuntamiento de Puerto Alto anunció el lunes que reconstruirá el viejo muelle antes "
        "del otoño, tras una larga sesión de la comisión de obras públicas.",
        "El coste se estima en unos doce millones de euros; una parte procederá de un programa "
        "regional que ayuda a los pueblos costeros a protegerse de las inundaciones.",
        "Los vecinos llevaban años quejándose de las grietas del muro, por las que el agua entra "
        "en los sótanos de las casas del paseo marítimo cada vez que hay temporal.",
        "Las obras empezarán en primavera y solo interrumpirán el servicio de ferry algunos fines "
        "de semana, prometió el alcalde ante la prensa.",
    ],
    "fr": [
        "La ville de Port-Haut reconstruira son vieux quai avant l'automne, a annoncé lundi la "
        "mairie à l'issue d'une longue réunion de la commission des travaux.",
        "Le coût est estimé à environ douze millions d'euros, dont une partie viendra d'un "
        "programme régional qui aide les communes du littoral face aux inondations.",
        "Depuis des années, les riverains se plaignaient des fissures du mur par lesquelles la "
        "mer envahit les caves des maisons du front de mer à chaque tempête.",
        "Les travaux commenceront au printemps et n'interrompront le bac que quelques week-ends, "
        "a promis le maire devant la presse.",
    ],
    "ru": [
        "Администрация города Портовый в понедельник объявила, что к осени полностью "
        "восстановит старую набережную, после долгого заседания комиссии по строительству.",
        "Стоимость работ оценивается примерно в двенадцать миллионов евро; часть денег даст "
        "региональная программа защиты прибрежных городов от наводнений.",
        "Жители годами жаловались на трещины в стене, через которые во время шторма вода "
        "заливает подвалы домов на набережной улице.",
        "Работы начнутся весной и прервут паромное сообщение лишь на несколько выходных, "
        "пообещал мэр на пресс-конференции.",
    ],
}


def page(*, between: str = "", after: str = "", below: str = "", side: str = "", header: str = "",
         footer: str = "", top: str = "", lang: str = "en", html_class: str = "", body_class: str = "") -> bytes:
    """A news page: site header, a main column holding the article, a side column, the site
    footer (``html_class``/``body_class``: classes on ``<html>`` and ``<body>``)."""
    return (
        f"<!DOCTYPE html><html lang='{lang}' class='{html_class}'><head><meta charset='utf-8'>"
        f"<title>Harbour wall</title></head><body class='{body_class}'>"
        f"<header class='site-header'>{header}</header>"
        f"<div class='wrap'><main><article><h1>Harbour wall to be rebuilt</h1><div class='text'>"
        f"{P[0]}{P[1]}{between}{P[2]}{P[3]}</div>{after}</article>{below}</main>"
        f"<div class='rail'>{side}</div></div>"
        f"<footer class='site-footer'>{footer}</footer>{top}</body></html>"
    ).encode()


def article_in(lang: str, between: str = "", before: str = "", after: str = "", sidebar: str = "",
               top: str = "") -> bytes:
    """An article in ``lang`` (``TEXTS``) with chrome ``between`` paragraphs 2 and 3,
    ``before`` and ``after`` the text, in a ``sidebar`` and at the ``top`` of the body."""
    p = [f"<p>{t}</p>" for t in TEXTS[lang]]
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Hafen</title></head>"
        f"<body>{top}<main><article><h1>{TEXTS[lang][0][:40]}</h1>"
        f"<div class='entry-content'>{before}{p[0]}{p[1]}{between}{p[2]}{p[3]}{after}</div>"
        f"</article><aside class='sidebar'>{sidebar}</aside></main></body></html>"
    ).encode()


def source(raw: bytes, locator: str | None) -> lxml.html.HtmlElement:
    """The one element of ``raw`` that ``locator`` (an item's XPath) names."""
    (el,) = lxml.html.fromstring(raw).getroottree().xpath(locator)
    return el


def consent_window(attributes: str) -> str:
    """A cookie-consent window (English) with the given attributes on its box: a title, the
    prose asking consent, three category checkboxes classed opt-ins, a "Read more" link and
    the Accept/Deny buttons."""
    cats = "".join(
        f"<details class='consent-category'><summary><span class='category-header'>{c}"
        f"<span class='banner-checkbox optin'><input type='checkbox' class='consent-optin'>"
        f"<label>{c}</label></span></span></summary><p>Used for {c.lower()} purposes.</p></details>"
        for c in ("Functional", "Statistics", "Marketing"))
    return (f"<div {attributes}><div class='banner-title'>Manage consent</div>"
            "<div class='banner-message'>We use technologies like cookies to store and access device "
            "information. Consenting to these technologies lets us process browsing data; cookies you "
            f"refuse are not set.</div><div class='categories'>{cats}</div>"
            "<div class='banner-links'><a class='readmore' href='/privacy#purposes'>Read more about these "
            "purposes</a></div><button>Accept</button><button>Deny</button></div>")


def stories(*titles: str, section: str = "region") -> str:
    """A plain list of links to other stories of the site (no telling class)."""
    items = "".join(
        f"<li><a href='/{section}/2024/{'-'.join(t.lower().split())}'>{t}</a></li>" for t in titles)
    return f"<ul>{items}</ul>"


def parse(raw: bytes) -> syndicate.Document:
    """``raw`` read as an article of news.example.org, its document checked against the schema."""
    doc = syndicate.parse(raw, url="https://news.example.org/2024/hafen")
    syndicate.validate(doc.to_dict())
    return doc


def related_unguarded(raw: bytes, off: bool, monkeypatch: pytest.MonkeyPatch) -> list:
    """The related blocks ``parse`` finds in ``raw``, with ``related_guards.guard`` switched off
    when ``off`` (a guard test reads a page both ways: the block is there only without it)."""
    if off:
        monkeypatch.setattr(related_guards, "guard", lambda *a, **k: None)
    else:
        monkeypatch.undo()
    return parse(raw).related


def text_page(text: str, lang: str, *, container: str = "div", title: str = "Hafen",
              header: str = "<a href='/'>Home</a>", footer: str = "<p>© Example</p>") -> bytes:
    """A plain news page: a site header, the article (a headline and its text container,
    ``container``, holding ``text``: the paragraphs and what a test sets among them) and
    the site footer."""
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<header class='site-header'>{header}</header><main><article><h1>Harbour wall</h1>"
        f"<{container} class='text'>{text}</{container}></article></main>"
        f"<footer class='site-footer'>{footer}</footer></body></html>"
    ).encode()


def parse_intact(raw: bytes, lang: str, url: str = "https://example.com/news/harbour-wall") -> syndicate.Document:
    """``raw`` read at ``url``, its document checked against the schema, and every paragraph
    of ``TEXTS[lang]`` still in its text."""
    doc = syndicate.parse(raw, url=url)
    syndicate.validate(doc.to_dict())
    text = doc.text()
    for para in TEXTS[lang]:
        assert para in text, "the article lost a paragraph"
    return doc


def body_intact(doc: syndicate.Document, lang: str) -> None:
    """Every paragraph of ``TEXTS[lang]`` is in the document's text."""
    text = doc.text()
    for para in TEXTS[lang]:
        assert para in text
