from _dsl import *
FILE="trafilatura-eval/html/cducsu.de-wasserstoff.html.gz"
# CDU/CSU-Fraktion (Drupal 'chili' theme) 'Thema des Tages' interview page: header menu + search, breadcrumbs,
# article (hero image, headline, three teaser bullets, interview text with an embedded tweet), MP card
# 'Mark Helfrich', AddToAny share box, footer (contact address, party links, meta menu). No ads, no ad configuration.
# Not labelled: header/mobile menus, breadcrumbs, the embedded tweet (part of the text column), the MP card under
# the text (one link to the interviewee's profile page, not a story), footer link list and meta menu ('Kontakt').
A_="/html/body/div/div/div[4]/div/article"
related=[]
ctas=[
 C("share", "Teilen", "after", A_+"/div[3]", note="'Teilen' AddToAny share box (Facebook, Twitter, WhatsApp) under the article"),
 C("contact", "Kontakt CDU/CSU-Fraktion im Deutschen Bundestag Platz der Republik 1, 11011 Berlin Bürgerinfo 030/227-55550", "outside", "/html/body/div/div/div[5]/div/div[1]", amb=True, note="footer 'Kontakt' block with address and citizens' info phone number (no link)"),
]
ads=[]
