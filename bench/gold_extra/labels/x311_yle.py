from _dsl import *
FILE="trafilatura-eval/html/yle.fi.3-11212601.html.gz"
# Yle Uutiset (Finnish public broadcaster, React app) article 'Leudot talvet tekevät meistä väsyneempiä – näillä keinoilla
# torjut kaamosoireita': yle.fi header (logo, nav, megamenu, search, login), regional news nav; breadcrumb; article (title,
# lead, meta, image, author + 'Jaa artikkeli' share buttons, text, closing italic discussion prompt, 'Lue aiheesta lisää:'
# line followed by four single-link story paragraphs, 'Tilaa Ylen uutiskirjeitä!' newsletter box, footer tools 'Lisää
# aiheesta' (tag toggle) / 'Ota yhteyttä', subject tags, empty #yle-comments-plugin); 'Yle.fi-etusivulla juuri nyt:' story
# list; right column 'Pääuutiset'. No footer in the saved page. No ads (public broadcaster), no ad configuration.
# Not labelled: header/nav/megamenu/login/search, breadcrumb, 'Lisää aiheesta' (opens the subject tags), subject tags,
# GTM noscript iframe.
A_="/html/body/div[3]/div/div/div[2]/div/div[1]/article"
B=A_+"/div[2]"
related=[
 R(B+"/p[20]", "Lue aiheesta lisää:", 4, "after", note="first of a run of 4 single-link story paragraphs (p[20]-p[23]) under the 'Lue aiheesta lisää:' line p[19], no container of their own: one block (convention 8 of 2026-12-06), labelled on its first line, the other lines ambiguous (was one block per line)"),
 R(B+"/p[21]", "Lue aiheesta lisää:", 1, "after", amb=True, note="single-link story paragraph (Korkeasaaren karhut); a line of the run labelled on p[20] (convention 8)"),
 R(B+"/p[22]", "Lue aiheesta lisää:", 1, "after", amb=True, note="single-link story paragraph (Vuosi 2018); a line of the run labelled on p[20] (convention 8)"),
 R(B+"/p[23]", "Lue aiheesta lisää:", 1, "after", amb=True, note="single-link story paragraph (Harmaa on hyvä); a line of the run labelled on p[20] (convention 8)"),
 R("/html/body/div[3]/div/div/div[2]/div/div[1]/section", "Yle.fi-etusivulla juuri nyt:", 4, "after", note="'Yle.fi-etusivulla juuri nyt:' list of 4 front-page stories under the article"),
 R("/html/body/div[3]/div/div/div[2]/div/div[2]/div", "Pääuutiset", 3, "outside", note="right-column 'Pääuutiset' top news"),
]
ctas=[
 C("share", "Jaa artikkeli: Jaa artikkeli Whatsapissa Jaa artikkeli Facebookissa 1280 Jaa artikkeli Twitterissä", "before", A_+"/div[1]/div[2]/div/div[2]", note="share buttons beside the author under the lead image"),
 C("comments", "Miten torjut kaamosoireita? Voit keskustella aiheesta kello 23:een asti.", "after", B+"/p[18]", amb=True, note="italic discussion prompt closing the text"),
 C("newsletter", "Tilaa Ylen uutiskirjeitä! Saat Ylen parhaat sisällöt suoraan sähköpostiisi!", "after", A_+"/div[3]", note="newsletter box 'Siirry tilaamaan' under the text"),
 C("contact", "Ota yhteyttä", "after", A_+"/div[4]/div[1]/a[2]", note="'Ota yhteyttä' (contact the newsroom) button in the article footer tools"),
 C("comments", "", "after", A_+"/div[5]/div", note="empty #yle-comments-plugin container (comments filled by script)"),
]
ads=[]
