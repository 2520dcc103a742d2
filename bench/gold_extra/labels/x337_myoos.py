from _dsl import *
FILE="trafilatura-eval/html/foren.myoos.de.html.gz"
# MyOOS support forum (phpBB 3.x, metro style) topic 'Was ist Freie Software' with a single post (a reposted essay by
# Georg C. F. Greve, with source links): top bar (search, Anmelden/Registrieren), quick-links menu, FAQ/Blog,
# breadcrumbs; hidden forum description; action bars above and below the post ('Antworten' reply button, topic tools
# 'Druckansicht', topic search, pagination); post with poster profile (posts, joined, location, hidden contact dropdown
# Website/Facebook/Twitter), 'Zitat' button, 'Nach oben'; 'Zurück zu' link, 'Gehe zu' forum jumpbox; 'Wer ist online?';
# footer (nav, time, project link line incl. 'Professioneller Support', phpBB credit); cron 1x1 image.
# No ads, no ad configuration, no related block (the jumpbox and breadcrumbs are navigation).
# Not labelled: menus, breadcrumbs, search forms, pagination, topic tools, 'Zitat' button (post tool), jumpbox,
# who-is-online, footer link line, cron pixel.
P="/html/body/div[1]/div[2]/div[2]"
related=[]
ctas=[
 C("comments", "Antworten", "before", P+"/div[1]/div[1]", amb=True, note="'Antworten' (post a reply) button in the action bar above the post"),
 C("comments", "Antworten", "after", P+"/div[3]/div[1]", amb=True, note="'Antworten' (post a reply) button in the action bar below the post"),
 C("follow", "Kontaktdaten von r23", "before|outside", P+"/div[2]/div/dl/dd[4]", amb=True, note="poster profile 'Kontaktdaten' dropdown (hidden) with the author's Website/Facebook/Twitter links"),
]
ads=[]
