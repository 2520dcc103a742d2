from _dsl import *
FILE="trafilatura-eval/html/iass-potsdam.de.energiewende.html.gz"
# IASS/RIFS Potsdam (Drupal) research-area landing page: stage image, title, area-speaker card, intro text with
# Vision/Mission (the body), then 'Forschungsgruppen' cards and, in the extended area, the area's 'Dossiers',
# 'News' (103 teasers) and 'Blog Posts' (53 teasers) views; sticky newsletter tab. No ad slot.
# Not labelled: meta/main/mobile navigation, language switch, search, breadcrumbs, 'Back to top', the 'Alle
# Anzeigen' link beside the News heading, keyword lists in the teasers, footer funders' logos (sponsors block:
# institutional funding, not ads), footer menu.
M="/html/body/div[3]/main/div/div/div"
X=M+"/div[4]/section/div/div/div/div"
related=[
 R(M+"/div[2]/div[2]/div/div", "Forschungsgruppen", 4, "after", amb=True, note="cards of the area's four research groups (sub-pages rather than stories)"),
 R(X+"/div[2]", "Dossiers", 2, "after", note="dossier cards (heading in the sibling section-title)"),
 R(X+"/div[4]", "News", 103, "after", note="news teaser list of the research area (heading and 'Alle Anzeigen' in the sibling section-title)"),
 R(X+"/div[6]", "Blog Posts", 53, "after", note="blog post teaser list"),
]
ctas=[
 C("contact", "Bereichssprecher Prof. Dr. Rainer Quitzow Mehr erfahren", "before", M+"/div[2]/div[1]/div/div[1]", amb=True, note="area speaker card linking to his profile"),
 C("follow", "Twitter Youtube Mastodon Linkedin", "outside", "/html/body/div[3]/header/div[1]/div/div/div[2]/section", note="header social links"),
 C("newsletter", "Newsletter", "outside", "/html/body/div[3]/div[3]", note="sticky newsletter tab"),
 C("newsletter", "Newsletter Bleiben Sie auf dem Laufenden und abonnieren Sie unseren monatlich erscheinenden", "outside", "/html/body/div[3]/footer/div/section[1]", note="footer newsletter band"),
 C("follow", "Twitter Youtube Mastodon Linkedin", "outside", "/html/body/div[3]/footer/div/section[2]", note="footer social links"),
]
ads=[]
