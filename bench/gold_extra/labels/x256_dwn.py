from _dsl import *
FILE="trafilatura-eval/html/deutsche-wirtschafts-nachrichten.de-Industriestrompreis.html.gz"
# Deutsche Wirtschafts Nachrichten (finance.si CMS) article 'Industriestrompreis: kein Ende der Debatte'. Header block
# with five GPT slots (background takeovers, leaderboards, sky), sticky/non-sticky header (user menu Anmelden/
# Abonnement/Newsletter/Leserservice, section menu, hidden mobile menu). Top: billboard slot, 'Aktuelle Themen' tag row,
# section, title. Article: read time, share row, date, lead, author, main picture, 300x250 desktop + mobile slots, topic
# radar ('Mehr zum Thema' tags + 'Benachrichtigung über neue Artikel' topic alerts), text with a mobile in-article slot
# and an in-text 'Weiterlesen' box, empty poool paywall divs and exponea parts, bottom topic radar, 300x250 bottom slot,
# share row, print/mail tools; empty plista widget. Right column: one half-page GPT slot. Bottom: billboard 2, eight story boxes (article_rec, no heading,
# includes this article), fixed foot-layer slots, interstitial/video/meetrics slots. Footer links and social links.
# After the site: out-of-page 1x1 / meetrics / analytics / interscroller GPT divs and an iAdserver zone.
# Not labelled: menus (user menu links among them), 'Aktuelle Themen' and 'Mehr zum Thema' tag rows, empty
# exponea/art-top/bottom parts, cowload lazy-load divs, cookie overlay, footer link list.
H="/html/body/div[3]/div[1]"
A_="/html/body/div[3]/div[2]/div[2]/div[2]/div[2]/div/div/div[1]"
B="/html/body/div[3]/div[2]/div[2]/div[3]"
related=[
 R(A_+"/div[10]/p[4]/aside", "Weiterlesen", 3, "inline", note="in-text 'Weiterlesen' box with 3 story links inside paragraph 4"),
 R(B+"/div[2]", None, 8, "after|outside", note="eight DWN story boxes under the article (article_rec, no heading; one is this article)"),
]
ctas=[
 C("share", "", "before", A_+"/div[2]", note="top share row (Facebook, Twitter) under the read time"),
 C("other", "Benachrichtigung über neue Artikel: Industrie Deutschland Energie-Krise", "before", A_+"/div[10]/div[1]/div[2]", amb=True, note="topic-alert sign-up links ('Benachrichtigung über neue Artikel') in the top topic radar"),
 C("subscribe", "", "after", A_+"/div[13]", amb=True, note="empty poool paywall widget after the text"),
 C("subscribe", "", "outside", A_+"/div[12]", amb=True, note="empty poool fullscreen paywall widget"),
 C("share", "", "after", A_+"/div[19]", note="bottom share row (Facebook, Twitter)"),
 C("share", "", "after", A_+"/div[20]", amb=True, note="print and mail-this-article icons"),
 C("follow", "Facebook | Twitter | Xing | LinkedIn | Youtube", "outside", "/html/body/div[3]/div[3]/div[1]/ul[3]", note="footer social profile links"),
]
ads=[
 A("/html/body/div[1]", "before|outside", amb=True, note="empty 'predoglas' (pre-ad) div at the top of the body"),
 A(H+"/div[1]", "outside", "GPT background takeover left (Hintergrundverlinkung_links)"),
 A(H+"/div[2]", "before|outside", "GPT left leaderboard (Hintergrund_500x90)"),
 A(H+"/div[3]", "before|outside", "GPT leaderboard (728x90_Wallpaper)"),
 A(H+"/div[4]", "outside", "GPT skyscraper (Sky_200x600)"),
 A(H+"/div[5]", "outside", "GPT background takeover right"),
 A("/html/body/div[3]/div[2]/div[2]/div[1]/div[1]", "before|outside", "GPT billboard 800x250 above the title"),
 A("/html/body/div[3]/div[2]/div[2]/div[2]/div[1]/div[2]", "outside", "GPT half-page 300x600 slot, the only content of the right column"),
 A(A_+"/div[8]/div[1]", "before|inline", "GPT 300x250 (adpos-m1) under the main picture, before the text"),
 A(A_+"/div[8]/div[2]", "before|inline", "GPT 300x250 mobile variant of the same position"),
 A(A_+"/div[10]/div[3]", "inline", "mobile in-article GPT slot (article1_m) between paragraphs 3 and 4"),
 A(A_+"/div[17]", "after", "GPT 300x250 bottom slot (adpos-m2) after the text"),
 A("/html/body/div[3]/div[2]/div[2]/div[2]/div[2]/div/div/div[3]", "after", "empty plista widget below the article (no heading)"),
 A(B+"/div[1]", "after|outside", "GPT billboard 2 (800x250) above the story boxes"),
 A(B+"/div[3]", "outside", "fixed foot-layer ad container (footLayerAd)"),
 A(B+"/div[4]", "outside", "fixed mobile foot-layer ad container (footLayerAdMobile)"),
 A(B+"/div[5]", "outside", "GPT mobile interstitial slot"),
 A(B+"/div[6]", "outside", "GPT 600x400 video slot"),
 A(B+"/div[7]", "outside", amb=True, note="GPT 2x2 meetrics measurement slot"),
 A(B+"/div[8]", "outside", amb=True, note="GPT meetrics pixel slot"),
 A("/html/body/div[7]", "outside", "GPT out-of-page 1x1 slot"),
 A("/html/body/div[8]", "outside", "GPT out-of-page 1x1 mobile slot"),
 A("/html/body/div[9]", "outside", amb=True, note="second GPT 2x2 meetrics div (same id) at the end of the body"),
 A("/html/body/div[10]", "outside", amb=True, note="GPT analytics pixel slot"),
 A("/html/body/div[11]", "outside", "GPT interscroller slot"),
 A("/html/body/div[12]", "outside", "iAdserver zone 33 container"),
]
