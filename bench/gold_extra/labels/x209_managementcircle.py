from _dsl import *
FILE="trafilatura-eval/html/management-circle.de.glasses.html.gz"
# Management Circle AG blog (WordPress, Total theme) 'Remote Support mit Smart Glasses – AR-Kundenservice der Zukunft?'.
# Top bar links (… Kontakt), header nav, page header 'Themen-Blog Digitalisierung'. Article: title, meta row with
# '0 Kommentare' link, post image, share bar 'Gefällt Ihnen, was Sie lesen? Teilen Sie diesen Beitrag!', text (WPBakery
# rows, two YouTube embeds), then a seminar call-to-action box 'Augmented Reality … mehr erfahren' and a download teaser
# 'Diese neuen Entwicklungen sollten Sie kennen … Jetzt herunterladen!' (both in the source's 'without' list), tags,
# author bio (empty social div), comment form, 'Weitere Beiträge' (2). Sidebar: 'Folgen Sie uns!', KI download widget,
# 'Weitere Rückblicke und Reports' downloads link, newsletter widget. Footer: contact widget, topic portals, legal links.
# Scroll-triggered box (KI download) with its collapsed tab. No ads.
# Not labelled: top bar and nav menus, tags, author bio, the empty author-bio-social div, in-text links, footer menus,
# the empty dgd_overlay.
AR="/html/body/div[2]/div/main/div/div/div/article"
SB="/html/body/div[2]/div/main/div/aside/div"
related=[
 R(AR+"/div[5]", "Weitere Beiträge", 2, "after", note="'Weitere Beiträge' 2 related post cards under the comment form"),
]
ctas=[
 C("comments", "0 Kommentare", "before", AR+"/ul/li[4]", amb=True, note="comment-count link in the meta row"),
 C("share", "Gefällt Ihnen, was Sie lesen? Teilen Sie diesen Beitrag!", "before", AR+"/div[2]", note="share bar (Twitter, LinkedIn, Pinterest, Facebook, e-mail) between post image and text"),
 C("other", "Augmented Reality In unserem Seminar „Augmented Reality“ erarbeiten Sie anhand verschiedener Experience Sessions", "after", AR+"/div[3]/div[8]", note="seminar call-to-action box with 'mehr erfahren' button under the text"),
 C("other", "Diese neuen Entwicklungen sollten Sie kennen Es kristallisieren sich fünf Entwicklungen heraus", "after", AR+"/div[3]/div[9]", amb=True, note="download teaser (lead funnel; a post-type-grid entry, so readable as a 1-item related card) 'Jetzt herunterladen!' under the seminar box"),
 C("comments", "Schreibe einen Kommentar", "after", AR+"/section[2]", note="comment form"),
 C("follow", "Folgen Sie uns! Twitter Facebook LinkedIn Xing Youtube", "outside", SB+"/div[1]", note="sidebar 'Folgen Sie uns!' social links"),
 C("other", "Künstliche Intelligenz: Mythen, Daten & Fakten Erfahren Sie, welche Mythen der Künstlichen Intelligenz wirklich wahr sind", "outside", SB+"/div[2]", note="sidebar download widget 'Jetzt herunterladen!' (lead funnel)"),
 C("other", "Weitere Rückblicke und Reports, die Sie nicht verpassen sollten Zu den Downloads", "outside", SB+"/div[3]", amb=True, note="sidebar link to the premium-downloads page"),
 C("newsletter", "Abonnieren Sie den Digitalisierungs-Newsletter! Jetzt anmelden!", "outside", SB+"/div[4]", note="sidebar newsletter widget"),
 C("contact", "Kontaktieren Sie uns! Management Circle AG Düsseldorfer Str. 36 65760 Eschborn/Ts.", "outside", "/html/body/div[2]/div/footer/div/div/div[2]/div", amb=True, note="footer 'Kontaktieren Sie uns!' address, phone and e-mail widget"),
 C("other", "Künstliche Intelligenz: Mythen, Daten & Fakten Welche KI-Mythen sind wahr?", "outside", "/html/body/div[6]", note="scroll-triggered box promoting the KI download ('Jetzt mehr erfahren!')"),
 C("other", "Download: KI kann auch unterhaltsam sein!", "outside", "/html/body/div[7]", amb=True, note="collapsed tab of the same scroll box"),
]
ads=[]
