from _dsl import *
FILE="wcxb/html/0453.html.gz"
# garnix blog (Next.js) post 'Hardware-Attested Nix Builds': no header or navigation in the HTML (empty spacer div);
# article head (date, author, h1, subtitle); text with h1/h2 sections, image asides and a 'A note on other devices' note
# aside (body), closing paragraph 'do reach out' (no link); 'Other Posts:' band with 3 post listings (date, author, title
# link, 'Read Article' link, teaser) and 'View Archive' link; 'Say hi, ask questions, give feedback' box (Discord, Matrix,
# 'Report an issue' links); footer link row (Blog, Docs, Pricing, Discord, Matrix, Report an issue, Privacy, Imprint).
# No ads, no ad configuration, no forms or iframes.
# Not labelled: heading anchor links, image/note asides (body), 'View Archive' link (inside the related band), footer link
# row (a general footer menu, incl. its Discord/Matrix/Report an issue links).
CH="/html/body/main/div[2]/div[1]"
related=[
 R(CH+"/div[2]", "Other Posts:", 3, "after", note="'Other Posts:' band under the article: 3 post listings (garnix actions, Fix your FODs, Open-sourcing yensid) and a 'View Archive' link"),
]
ctas=[
 C("contact", "Say hi, ask questions, give feedback Discord → Matrix → Report an issue →", "after|outside", CH+"/section", note="community box under 'Other Posts': 'Say hi, ask questions, give feedback' with Discord, Matrix and 'Report an issue' links (a reader could call it follow: the links are community channels)"),
]
ads=[]
