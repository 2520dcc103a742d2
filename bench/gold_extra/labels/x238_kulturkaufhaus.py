from _dsl import *
FILE="trafilatura-eval/html/kulturkaufhaus.de-basteln.html.gz"
# Dussmann KulturKaufhaus (bpm 'beeline' shop CMS) KulturMagazin blog post 'Kreatives Basteln mit Kids' (DIY colour booklet):
# header (service line with phone, language switch, Merkliste, account login, catalogue search, basket, shop menu, hidden
# print notice), breadcrumbs, main column (type/title, date, teaser, text with YouTube video), aside column ('Teilen' button,
# categories, lazy-loaded 'Herunterladen' / 'Veranstaltung' lists, lazy 'Neueste Blogbeiträge' list), consent-gated
# 'Teilen' section under the post, footer (breadcrumb copy, Kontakt column, link columns, 'Folgen' icons, payment icons,
# empty trust badge), hidden session-timeout dialogs, cookie dialog. No ads, no ad configuration.
# Not labelled: header shop utilities (Merkliste, account login form, basket, search, phone in the service line), menus,
# breadcrumbs, the categories list, the Instagram/Facebook links inside the last sentence of the text (body), footer link
# and payment columns, timeout and cookie dialogs.
AS="/html/body/div[2]/div/div/main/div[2]/section[1]/div[2]"
FC="/html/body/div[2]/footer/div/div[2]/div/div"
related=[
 R(AS+"/div[3]/div[2]", "Veranstaltung", 0, "outside", amb=True, note="aside 'Veranstaltung' related-events list, three lazy-load placeholders with no content in the HTML"),
 R(AS+"/div[3]/div[1]", "Herunterladen", 0, "outside", amb=True, note="aside 'Herunterladen' related-downloads list (one lazy placeholder; the post's own step-by-step PDF, more attachment than story)"),
 R(AS+"/div[5]", "Neueste Blogbeiträge", 0, "outside", amb=True, note="aside 'Neueste Blogbeiträge' list (heading in the sibling div[4]); five lazy-load placeholders, no items in the HTML"),
]
ctas=[
 C("share", "Teilen", "outside", AS+"/div[1]", note="'Teilen' share button at the top of the aside column"),
 C("share", "Teilen Es werden keine Komponenten zur Einbindung von sozialen Medien angezeigt. Sollen diese", "after", "/html/body/div[2]/div/div/main/div[2]/section[2]", note="consent-gated 'Teilen' social-media section under the post ('Teilen mir erlauben' button)"),
 C("contact", "Kontakt 030 2025 1111 Telefonisch erreichbar von Montag bis Samstag von 9-20 Uhr.", "outside", FC+"/div[1]", note="footer 'Kontakt' column (phone, e-mail, opening hours of the stores)"),
 C("follow", "Folgen", "outside", FC+"/div[4]", note="footer 'Folgen' icons (Facebook, Twitter, Instagram, YouTube, Tripadvisor)"),
 C("other", "Vertrauen", "outside", FC+"/div[6]", amb=True, note="footer 'Vertrauen' column with an empty trust-badge container (MyCustomTrustbadge, filled by script)"),
]
ads=[]
