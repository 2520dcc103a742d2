from _dsl import *
FILE="trafilatura-eval/html/lokalo.de-Weinbergsbahnen.html.gz"
# lokalo.de (tagDiv Newspaper theme) police/regional news. Hidden mobile menu with social icons; top bar (date,
# job/ticket menu links, Facebook/Instagram icons, hidden login modal); logo + AdSense header rec; main menu whose
# category items open mega-menus with 4-5 story teasers each. Article: categories, title, date + comment count,
# featured image, short text with an inline AdSense rec and a content_bottom rec; share bar; previous/next;
# 'Neueste Artikel' 6 teasers; comment form and a moderation note. Sidebar: eight local-business image banners,
# 'Lesermeinungen' recent-comments list, 'WIR EMPFEHLEN:' AdSense skyscraper, Facebook page embed (consent-blocked),
# 'WERDE LESER-REPORTER!' banner. Footer: about text with e-mail, 'Folgen Sie uns' icons, footer menu.
# Not labelled: menus (incl. '>> JOB THE REGION', 'TICKET REGIONAL', 'WERBEN AUF LOKALO.DE' links), mega-menu
# sub-category filters, search, login modal, breadcrumbs, category chips, the moderation note under the comment
# form, empty footer rows, hidden Mastodon link, Borlabs cookie box.
MM="/html/body/div[6]/div[1]/div/div[3]/div/div/div[1]/div[3]/ul"
MC="/html/body/div[6]/div[2]/div/div[2]/div[1]/div"
AR=MC+"/article"
S="/html/body/div[6]/div[2]/div/div[2]/div[2]/div"
def mega(li, n):
    return R(MM+"/li[%d]/ul/li/div/div/div" % li, None, n, "outside", amb=True,
             note="hidden mega-menu panel of the main menu with %d story teasers" % n)
related=[mega(2,4), mega(3,4), mega(4,5), mega(5,5), mega(6,5), mega(7,4)]+[
 R(AR+"/footer/div[3]", None, 2, "after", note="previous/next article links"),
 R(MC+"/div[1]", "Neueste Artikel", 6, "after", note="'Neueste Artikel' related-posts block (6 teasers, ajax paging)"),
 R(S+"/aside[9]", "Lesermeinungen", 8, "outside", amb=True, note="sidebar recent-comments widget: 8 comments, each linking to a story"),
]
ctas=[
 C("follow", "Facebook Instagram", "outside", "/html/body/div[3]/div/div[1]/div[1]", amb=True, note="social icons in the hidden mobile menu"),
 C("follow", "Facebook Instagram", "outside", "/html/body/div[6]/div[1]/div/div[1]/div/div[1]/div[2]", note="top-bar Facebook/Instagram icons"),
 C("comments", "0", "before", AR+"/div[1]/header/div/div", amb=True, note="comment count beside the date"),
 C("share", "Facebook WhatsApp Twitter Email", "after", AR+"/footer/div[2]", note="share bar under the text"),
 C("comments", "Kommentieren Sie den Artikel Antwort abbrechen", "after", MC+"/div[2]", note="comment form"),
 C("follow", "Facebook Mit dem Laden des Beitrags akzeptieren Sie die Datenschutzerklärung von Facebook.", "outside", S+"/aside[11]", note="sidebar Facebook page embed behind a consent blocker"),
 C("contact", "WERDE LESER-REPORTER!", "outside", S+"/aside[12]", note="sidebar banner: become a reader reporter (send in tips)"),
 C("contact", "Kontaktieren Sie uns: redaktion@lokalo.de", "outside", "/html/body/div[6]/div[3]/div[1]/div[2]/div/div/div[2]/aside/div[2]", amb=True, note="footer e-mail line under the about text"),
 C("follow", "Folgen Sie uns Facebook Instagram", "outside", "/html/body/div[6]/div[3]/div[1]/div[2]/div/div/div[3]/aside", note="footer social icons"),
]
def banner(i, name):
    return A(S+"/aside[%d]" % i, "outside", "sidebar local-business image banner '%s'" % name)
ads=[
 A("/html/body/div[6]/div[1]/div/div[2]/div/div[2]", "before|outside", "AdSense header rec beside the logo (device variants inserted by script)"),
 A(AR+"/div[2]/div[2]", "inline", "AdSense content_inline rec after the second paragraph"),
 A(AR+"/div[2]/div[3]", "after", "AdSense content_bottom rec after the last paragraph"),
 banner(1, "BAUSTOFFZENTRUM HENRICH"), banner(2, "JOBS BEI HAGEBAUMARKT"), banner(3, "BLESIUS-GARTEN TRIER"),
 banner(4, "Der O2-Shop Trier!"), banner(5, "Bestattungshaus"), banner(6, "APOTHEKE MIT SERVICE"),
 banner(7, "VOLKSWAGEN ZENTRUM TRIER"), banner(8, "AUDI-ZENTRUM TRIER"),
 A(S+"/aside[10]", "outside", "'WIR EMPFEHLEN:' AdSense 300x600 skyscraper"),
]
