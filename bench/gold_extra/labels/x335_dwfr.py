from _dsl import *
FILE="trafilatura-eval/html/dw.com-elephants.html.gz"
# DW (Deutsche Welle, French service, old 2011 audio page layout) 'La perte des terres fertiles et les éléphants en
# Guinée-Conakry': cookie notice, skip links, hidden language layers, meta nav, header/nav/breadcrumb; 'Publicité'
# leaderboard slot at the top of the inner frame; article column (kicker, title, intro = the whole text, share bar
# (icons only), author/edition, 'Audios et vidéos sur le sujet' with the audio item of this story, date/print/permalink
# list) and a right column repeating the date/print/permalink list; footer link columns and copyright line.
# Not labelled: cookie notice, language layers, nav/breadcrumb, print/permalink lists, footer link columns (incl.
# 'Contact', 'Mobile & RSS'), GTM noscript iframe.
B="/html/body/div[4]/div[2]/div[2]"
C_=B+"/div[2]/div[1]"
related=[
 R(C_+"/div[4]", "Audios et vidéos sur le sujet", 1, "after", amb=True, note="'Audios et vidéos sur le sujet' link list with one item, the audio of this same story (same title); heading h4[2] is the sibling above"),
]
ctas=[
 C("share", "", "after", C_+"/div[1]", note="#sharing-bar icons (Facebook, Twitter, WhatsApp, e-mail, Messenger) under the intro"),
]
ads=[
 A(B+"/div[1]", "before|outside", note="'Publicité' leaderboard (DW_D_Articles_Leaderboard GPT div) at the top of the inner frame, above the article"),
]
