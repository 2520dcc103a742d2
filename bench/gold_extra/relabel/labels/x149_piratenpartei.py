from _dsl import *
FILE="trafilatura-eval/html/piratenpartei.at.grundeinkommen.html.gz"
# Piratenpartei Österreichs blog post on the BGE Volksbegehren (WordPress 'Amende' theme). Second reading.
# Small page: top menu (Themen/Team/Mitmachen) + search, header with social icons and tagline,
# content column (post, then an empty comment list and the reply form), a 'meta' side column
# (prev/next, date, categories, tags, author), footer menu, theme credit. No ads, no ad configuration.
# The Kurzgesagt video lines, 'Weitere Informationen' links and sources are the post's own text.
# Not labelled: top menu incl. 'Mitmachen', footer menu (Kontakt/Newsletter/Mitglied werden among
# ~30 links), breadcrumb, categories/tags, author box.
related=[
 R("/html/body/div[3]/div/div/section/nav", None, 2, "outside", note="'Nächste' / 'Vorherige' post links at the top of the side meta column"),
]
ctas=[
 C("follow", "Feed Twitter Facebook Google + Youtube Mail", "outside", "/html/body/div[2]/header/div[1]/div/aside", note="header social icon links (feed, Twitter, Facebook, Google+, YouTube, mail)"),
 C("comments", "Was denkst du?", "after", "/html/body/div[3]/div/div/div[1]/section[2]", note="#replys: empty comments wrapper + reply form with CAPTCHA under the post"),
]
ads=[]
