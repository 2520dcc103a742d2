from _dsl import *
FILE="trafilatura-eval/html/unendlich-viel-energie-strompreisbremse.html.gz"
# Agentur für Erneuerbare Energien (unendlich-viel-energie.de): a naturstrom press release reposted as news.
# Header quicklinks (Login/Kontakt/Glossar/English) + topic nav; breadcrumbs; article (date, text ending with
# a download link and the press contact: body), 'Diesen Artikel teilen' share row, 'Nach Oben'; right column:
# newsletter form, 'Branchenmeldungen' (2 industry news), search box, hidden event calendar, social icons;
# footer quicklinks (RSS-Feed/Sitemap/...), agency description. No ads, no ad configuration.
# Not labelled: quicklinks and nav, breadcrumbs, search, hidden empty event calendar, 'Nach Oben', footer links
# (RSS-Feed among Sitemap/Datenschutz/Impressum), footer description with supporter links.
MN="/html/body/div/div/div[1]/div"
related=[
 R(MN+"/div[2]/div[1]/div[2]", "Branchenmeldungen", 2, "outside", note="sidebar industry news list + 'weitere Branchenmeldungen »'"),
]
ctas=[
 C("share", "Diesen Artikel teilen Facebook Twitter LinkedIn", "after", MN+"/div[1]/div/div[2]/article/div[3]", note="share row under the article"),
 C("newsletter", "Newsletter", "outside", MN+"/div[2]/div[1]/div[1]", note="sidebar newsletter sign-up form"),
 C("follow", "Social Media", "outside", MN+"/div[2]/div[2]", note="sidebar social icons (Facebook, Twitter, YouTube, LinkedIn, Instagram)"),
]
ads=[]
