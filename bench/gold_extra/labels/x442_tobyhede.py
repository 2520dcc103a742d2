from _dsl import *
FILE="wcxb/html/0419.html.gz"
# Toby Hede's blog (Astro) post 'The 7 habits of highly ineffective agents': header nav (site name, Home / Blog / About,
# social-links box with dark-mode toggle and 'tobyhede@GitHub' link); article (hero image light/dark, date, h1, text with
# numbered sections, one in-text link to the author's 'Machine-Assisted Development stack' post, YouTube embed, closing
# lines); footer (copyright, social-links box with toggle and 'tobyhede@GitHub'). No related block, no ads, no ad markup.
# Not labelled: nav links, dark-mode toggles, the in-text link to another post (part of a sentence), YouTube embed (body).
related=[]
ctas=[
 C("follow", "tobyhede@GitHub", "outside", "/html/body/header/nav/div[2]/a", note="header 'tobyhede@GitHub' profile link (social-links box, beside the dark-mode toggle)"),
 C("follow", "tobyhede@GitHub", "outside", "/html/body/footer/div/a", note="footer 'tobyhede@GitHub' profile link"),
]
ads=[]
