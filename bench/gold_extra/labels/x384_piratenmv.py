from _dsl import *
FILE="trafilatura-eval/html/piratenpartei-mv.de.grundeinkommen.html.gz"
# Piratenpartei Mecklenburg-Vorpommern (WordPress) post 'Grundeinkommen ist ein Menschenrecht!': header (logo, main menu,
# social links Feed/Twitter/Facebook/Youtube); title, image, text ending 'Alle weiteren Informationen ... hier.'; date and
# tags; Nächste/Vorherige post links; 'Was denkst du?' comment form; sidebar: search, 'BUND' RSS feed (3 federal party
# posts), 'Jetzt Spenden' banner, 'Mitglied werden' banner, election programme text widget, 'danke Frank' banner to an
# obituary post, empty events agenda, 'Unsere Tools' links, tag cloud; footer-top social links + search; footer menu
# (WIKI, FORUM, KONTAKT, IMPRESSUM); theme credit; cforms 'Nimm Kontakt zu uns auf!' feedback form at the end of body.
# No ads, no ad configuration.
# Not labelled: menus, tags and tag cloud, search forms, the election programme text widget (party text), the events
# agenda ('Es gibt keine bevorstehenden Veranstaltungen.'), 'Unsere Tools' (wiki/forum/pads links), footer menu, credit.
SB="/html/body/div[2]/div/div/section"
related=[
 R("/html/body/div[2]/div/div/div/section[1]/nav", None, 2, "after", note="post navigation 'Nächste' / 'Vorherige'"),
 R(SB+"/aside[2]", "BUND", 3, "outside", note="sidebar RSS widget 'BUND' with 3 posts of the federal party"),
 R(SB+"/aside[6]", None, 1, "outside", amb=True, note="sidebar image banner 'danke Frank' linking to an obituary post"),
]
ctas=[
 C("follow", "Feed Twitter Facebook Youtube", "outside", "/html/body/div[1]/header/aside", note="header social links"),
 C("comments", "Was denkst du?", "after", "/html/body/div[2]/div/div/div/section[2]", note="comment section: empty comment list wrapper and 'Was denkst du?' form"),
 C("donate", "Jetzt Spenden", "outside", SB+"/aside[3]", note="sidebar 'Jetzt Spenden' donation banner"),
 C("subscribe", "", "outside", SB+"/aside[4]", note="sidebar 'Mitglied werden' image banner to the online membership application"),
 C("follow", "Feed Twitter Facebook Youtube", "outside", "/html/body/div[3]/aside/div[1]", note="footer-top social links"),
 C("contact", "Nimm Kontakt zu uns auf!", "outside", "/html/body/div[6]", note="cforms contact form 'Nimm Kontakt zu uns auf!' (feedback form at the end of body)"),
]
ads=[]
