from _dsl import *
FILE="wcxb/html/4517.html.gz"
# Neste (Next.js, Contentful) long-form insight 'Five innovative solutions to climate change: learning from global hotspots':
# skip link; header (top line For media / Investors / Suppliers / Contact / Search / Region; logo and main menu); hero
# image; breadcrumbs, category, reading time, h1, ingress; author and share row (Facebook, LinkedIn, X, Copy link); text
# with five numbered h2 sections and credits; untitled recommended-teasers carousel of 5 insight cards; newsletter band
# whose Jotform form is streamed in (spinner in the band, the form itself in a hidden 'S:0' div at the end of the body:
# 'Neste Insights newsletter', e-mail field); footer (main links, link groups, copyright, policy links, social icons).
# No ads. Not labelled: header top-line links (a utility menu incl. 'Contact'), main menu, breadcrumbs, author line, footer
# link lists and policy links.
M="/html/body/div[2]/main/div[1]"
related=[
 R(M+"/div[3]", None, 5, "after", note="untitled recommended-teasers carousel under the article: 5 insight cards (sustainable mobility, 2025 trends, nature positive, fossil-free future, supply chain)"),
]
ctas=[
 C("share", "", "before", M+"/div[2]/div[2]/div[2]/div[2]", note="share row beside the author under the ingress: Facebook, LinkedIn, X, Copy link"),
 C("newsletter", "", "after|outside", "/html/body/div[2]/div", note="newsletter band (Jotform 'Neste Insights newsletter' form, shown as a spinner until the streamed form arrives)"),
 C("newsletter", "Neste Insights newsletter Subscribe to our exclusive newsletter for expert analysis", "after|outside", "/html/body/div[3]", amb=True, note="the newsletter form itself, in the hidden streamed 'S:0' div that React moves into the band above"),
 C("follow", "", "outside", "/html/body/div[2]/footer/div/div[2]/div[2]/div[2]", note="footer social icons: Facebook, X, LinkedIn, Instagram, YouTube"),
]
ads=[]
