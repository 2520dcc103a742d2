from _dsl import *
FILE="trafilatura-eval/html/dtb.de-kulturwandel.html.gz"
# Deutscher Turner-Bund (TYPO3) news article 'Erste Maßnahmen umgesetzt und Kulturwandel angestoßen'. Fixed
# 'Jetzt neu: Sprossenwand' magazine banner, header (logo, Themen/Suche, mega menu, 'Weitere Nachrichten' sub-nav).
# Article: kicker + title + date, intro, figure, share icons, text, 'Weiterführende Links' list, 'Anhänge' (one PDF).
# Below: 'Ähnliche News' (3 teasers), 'Weitere News' button. Footer: 'Partner und Sponsoren' logos, area links,
# topic/overview lists with social icons, copyright. No ad slots, no ad configuration.
# Not labelled: menus, search, sub-nav, the 'Anhänge' attachment (part of the article), the lone 'Weitere News'
# archive button, footer link lists.
AR="/html/body/div/main/div/article"
related=[
 R(AR+"/section[3]", "Weiterführende Links", 6, "after", note="'Weiterführende Links' list: dossier, news page, external papers, PDF (6 links)"),
 R("/html/body/div/section[1]", "Ähnliche News", 3, "after|outside", note="'Ähnliche News' band of 3 news teasers below the article"),
]
ctas=[
 C("other", "Jetzt neu:", "outside", "/html/body/div/div", note="fixed 'Jetzt neu:' banner with the Sprossenwand magazine logo (promo for the federation's magazine site)"),
 C("share", "", "before", AR+"/div", note="Facebook/Twitter/e-mail share icons under the lead figure"),
 C("follow", "", "outside", "/html/body/div/footer/section[3]/div/div/div[4]", note="footer Facebook/Twitter/Instagram/YouTube icons"),
]
ads=[
 A("/html/body/div/footer/section[1]", "outside", "footer 'Partner und Sponsoren' sponsor logo row (5 logos)", amb=True),
]
