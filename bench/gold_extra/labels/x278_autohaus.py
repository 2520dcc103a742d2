from _dsl import *
FILE="trafilatura-eval/html/autohaus.de-skode.html.gz"
# AUTOHAUS (Springer Fachmedien trade magazine) news article 'Skoda: Der lange Weg zum Strom': header (secondary nav
# Newsletter/Abo/Jobs/Kontakt/Next, offcanvas main menu with social icons), search collapse, GPT Top slot, article
# (breadcrumb, title, photo, lede, meta row with star rating/date/author/reading time/'NOCH KEINE Kommentare', tag list,
# GPT Content1 slot, share rail beside the text, text with a gallery teaser 'Skoda Enyaq Coupé iV (Vorserie)
# Bildergalerie / ZUR BILDERGALERIE', GPT Content2 slot at the end, GPT Side slot in the right column), share band with
# 'JETZT MITDISKUTIEREN' and 'ZURÜCK ZUR HOMEPAGE', then a stack of script-filled widgets (articles by tag, by car brand,
# most read, autojob) alternating with five GPT Mid slots, comments form, newsletter band, about text with social icons,
# footer link row, GPT OOP slot.
# Not labelled: header secondary nav (Newsletter/Abo/Kontakt links among five), main menu links, search form, breadcrumb,
# star rating, tag lists (incl. the tag row repeated at body/div[5]), 'ZURÜCK ZUR HOMEPAGE', footer nav.
AC="/html/body/article/div/div/div/div"
related=[
 R(AC+"/div[4]/div[2]/div/div[1]", "Skoda Enyaq Coupé iV (Vorserie)", 1, "inline", amb=True, note="in-text gallery teaser (heading + 'Bildergalerie' badge link; the 'ZUR BILDERGALERIE' button div[2] follows) linking to the photo gallery of the car"),
 R("/html/body/div[4]", None, 0, "after|outside", amb=True, note="empty articles-by-tag widget section (filled by script)"),
 R("/html/body/div[7]", None, 0, "after|outside", amb=True, note="empty articles-by-car-brand widget section (filled by script)"),
 R("/html/body/div[9]", None, 0, "after|outside", amb=True, note="empty most-read widget section (filled by script)"),
]
ctas=[
 C("follow", "", "outside", "/html/body/header/nav/div[2]/div/div/div[2]/div/div/ul", amb=True, note="Facebook/Twitter/Xing/LinkedIn profile icons in the offcanvas main menu (hidden until opened)"),
 C("comments", "NOCH KEINE Kommentare", "before", AC+"/div[2]/div/div/div/div[3]/h5[2]", amb=True, note="bare comment count in the meta row (not a link)"),
 C("share", "", "before|outside", AC+"/div[4]/div[1]/div/ul", note="share rail (Facebook, Twitter, Xing, LinkedIn, WhatsApp) in the narrow column beside the text"),
 C("share", "", "after", "/html/body/div[3]/div/div/div/div/div[2]/div/ul", note="large share icon row under the article"),
 C("comments", "NOCH KEINE KOMMENTARE - JETZT MITDISKUTIEREN", "after", "/html/body/div[3]/div/div/div/div/div[2]/div/div[1]", note="'JETZT MITDISKUTIEREN' link to the comment form"),
 C("other", "", "after|outside", "/html/body/div[11]", amb=True, note="empty autojob widget (the publisher's job market, filled by script)"),
 C("comments", "KOMMENTARE SAGEN SIE UNS IHRE MEINUNG", "after", "/html/body/div[13]", note="comments section with comment form"),
 C("newsletter", "NEWSLETTER Newsletter abonnieren und keine Branchen-News mehr verpassen. ABONNIEREN", "after|outside", "/html/body/div[16]", note="newsletter sign-up band above the footer"),
 C("follow", "", "outside", "/html/body/div[18]/div/div/div/ul", note="Facebook/Twitter/Xing/LinkedIn profile icons under the about text above the footer"),
]
ads=[
 A("/html/body/div[2]", "before|outside", "'-- Anzeige --' GPT Top slot (div-gpt-ad-top-10) between header and article"),
 A(AC+"/div[3]", "before", "'-- Anzeige --' GPT Content1 slot between the lede/meta row and the text"),
 A(AC+"/div[4]/div[2]/div/div[3]", "after", "'-- Anzeige --' GPT Content2 slot after the last figure of the text"),
 A(AC+"/div[4]/div[3]", "outside", "'-- Anzeige --' GPT Side slot in the right column beside the text"),
 A("/html/body/div[6]", "after|outside", "'-- Anzeige --' GPT Mid1 slot section"),
 A("/html/body/div[8]", "after|outside", "'-- Anzeige --' GPT Mid2 slot section"),
 A("/html/body/div[10]", "after|outside", "'-- Anzeige --' GPT Mid3 slot section"),
 A("/html/body/div[12]", "after|outside", "'-- Anzeige --' GPT Mid4 slot section"),
 A("/html/body/div[14]", "after|outside", "'-- Anzeige --' GPT Mid5 slot section after the comments"),
 A("/html/body/div[19]", "outside", "GPT out-of-page slot (div-gpt-ad-oop-99) at the end of body"),
]
