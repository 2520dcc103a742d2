from _dsl import *
FILE="trafilatura-eval/html/0a6291ebbce449b3b04256b43c73e39d.html.gz"
# wien.ORF.at story 'Lotte Tobisch ist tot' (19.10.2019): skip links; empty Adition sitebar banner (turned into a top
# leaderboard by script when 728+ wide); ORF network navigation, logo, drawer and site navigation; opener image; story
# lead (keyword 'Chronik', h1, lead text, dates, Facebook / Twitter / e-mail share links); empty horizontal story ad
# between the lead and the text; text with h2 sections and a 4-image slideshow; byline 'red, wien.ORF.at/Agenturen';
# 'more-to-read' slider aside (fixed; 'Aktuell in wien' heading only in its template, items filled by script from an
# empty JSON list); footer ('Zurück zur Startseite', network menu, service links). The mobile 'px-wrapper' Adition
# slot named in the ad script has no element in the HTML.
# Not labelled: skip links, navigation menus and their footer copies, opener image, slideshow, byline, footer service
# links (incl. Kontakt, Publikumsrat).
SC="/html/body/div[2]/main/div/div"
related=[
 R("/html/body/div[2]/main/aside", None, 0, "after|outside", note="empty fixed 'more-to-read' slider ('Aktuell in wien' stories, filled by script from a template; arrows only)"),
]
ctas=[
 C("share", "Auf Facebook teilen Auf Twitter teilen Auf Twitter teilen", "before|inline", SC+"/div[1]/div[2]/div[2]", note="share links in the story meta under the lead text (before the main text): Facebook, Twitter, e-mail (mailto mislabelled 'Auf Twitter teilen')"),
]
ads=[
 A("/html/body/div[1]", "outside|before", "empty Adition #sitebar-banner at the top of the body (sitebar, or top1 leaderboard when 728+ wide)"),
 A(SC+"/div[2]/div[1]", "inline|before", "empty div.story-banner.story-horizontal-ad between the lead and the first paragraph"),
]
