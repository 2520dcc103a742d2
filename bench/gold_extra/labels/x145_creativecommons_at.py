from _dsl import *
FILE="trafilatura-eval/html/creativecommons.at.faircoin.html.gz"
# Creative Commons Austria (Drupal 7) blog node 'FairCoin hackathon beim Sommercamp': header (search, language
# switch), three-paragraph body + tag + image slideshow (Vorheriges/Weiter controls) + 'Gespeichert von' line,
# right sidebar (CC Roadshow promo, CC resource links, newest-content view, RSS feed icon, 'Seite teilen'),
# footer menu. No ads, no ad configuration.
# Not labelled: search form, language links, tag link, slideshow controls, the CC resource link block (share your
# work, use/remix, mailing list, archive, wiki, blog: site links, not stories), footer 'Über uns' menu.
SB="/html/body/div[2]/div/div[2]/div[2]/div/div"
related=[
 R(SB+"/div[3]", None, 8, "outside", note="sidebar newest-content view: 8 posts with teaser text, no heading"),
]
ctas=[
 C("contact", "CC Roadshow 2017 Publikationen in Forschung, Lehre und Studium mit offenen Lizenzen. Wir besuchen Unis, FHs und Forschungseinrichtungen in Österreich. Buchen Sie uns!", "outside", SB+"/div[1]", amb=True, note="sidebar roadshow promo with 'Buchen Sie uns' link (book us)"),
 C("follow", "Newsfeed", "outside", SB+"/div[4]", amb=True, note="sidebar RSS feed icon block"),
 C("share", "Seite teilen del.icio.us Reddit Twitter Facebook LinkedIn Google+", "outside", SB+"/div[5]", note="sidebar service links share block"),
]
ads=[]
