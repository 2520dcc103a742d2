from _dsl import *
FILE="wcxb/html/0410.html.gz"
# GitHub Resources (resources.github.com, Next.js) post 'Pricing changes for GitHub Actions': fixed site navigation
# (mobile header with home link, empty inert mobile dropdown, desktop header 'GitHub / Resources'); dark hero (h1, date,
# read time); TLDR paragraph; markdown body (update note, original announcement, FAQ, closing 'Additional resources' list
# of five sentences linking documentation, roadmap and pricing calculator); Tags (GitHub Actions, Platform); an empty
# container; empty #ghcc cookie-consent mount. No footer, no share bar, no forms in the HTML.
# No ad markup: no ads.
# Not labelled: navigation, tags, the empty container-md after the post and the cookie-consent mount (no evidence of a
# related block or CTA).
B="/html/body/div[1]/div/main/section/div[1]/div"
related=[
 R(B+"/ul[2]", "Additional resources", 5, "after", amb=True, note="closing 'Additional resources' section: 5 list sentences linking docs, the public roadmap and the pricing calculator (a reader may call it body)"),
]
ctas=[]
ads=[]
