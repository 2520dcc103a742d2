from _dsl import *
FILE="scrapinghub/html/c582d3b772578e8feaa3cfd8f5ae8100bb6f0bc66048204a9a398395841c1164.html.gz"
S="/html/body/div[1]/div/div/div/div"
W=S+"/section[6]/div/div/div/div/div"
B=W+"/div[2]/div"
related=[
 R(B+"/p[115]", None, 1, "after", amb=True, note="last body line 'Read about that topic in the next article in this series, <link>'; in the source's articleBody"),
 R(S+"/section[11]", None, 2, "after", amb=True, note="two buttons under 'Learn More': Online Business Collection / Branding & Design Collection (collection pages)"),
 R(S+"/section[12]/div/div/div/div/div/div[1]/div/div", "Learn More", 3, "after", note="elementor posts grid of 3 articles under the 'Learn More' heading (heading in the section above)"),
 R(S+"/section[13]/div/div/div/div/div/section/div/div/div/div/div/div/div/div", None, 2, "after", note="Prev / Next post navigation"),
]
ctas=[
 C("other", "Check out my free workshops. Pick your topic and start watching now: VISUAL MARKETING GROWING AN ONLINE BUSINESS", "before", S+"/section[2]", note="hero band above the title: author photo + free workshop buttons"),
 C("share", "258 Shares Buffer Share Pin Tweet Share Email", "before", S+"/section[4]/div/div/div[1]/div/div/div/div/div/div", note="Social Warfare horizontal share bar under the title"),
 C("share", "Every online business exists in the 'space-time continuum.' Click To Tweet", "inline", B+"/a[1]", amb=True, note="Click To Tweet quote box; the quote is in the source's articleBody"),
 C("share", "I'm here to tell you that the Laws of Physics apply to online business just like offline business. Click To Tweet", "inline", B+"/a[2]", amb=True, note="Click To Tweet quote box"),
 C("share", "I believe the #1 enemy of online progress is the flood of information", "inline", B+"/a[3]", amb=True, note="Click To Tweet quote box"),
 C("other", "GET THE QUIZ: INSTANT DOWNLOAD!", "inline", B+"/p[82]", note="quiz download button (lead magnet)"),
 C("other", "GET THE QUIZ: INSTANT DOWNLOAD!", "inline", B+"/p[85]", note="second quiz download button"),
 C("share", "", "inline", B+"/p[12]/a", amb=True, note="in-text image wrapped in a Pinterest 'pin it' link"),
 C("share", "258 Shares Buffer Share Pin Tweet Share Email", "after", W+"/div[3]/div/div/div", note="Social Warfare share bar under the text"),
 C("other", "Pamela Wilson is an online educator, author, keynote speaker ... Learn how you can build your own online business.", "after", W+"/div[5]", amb=True, note="author bio box with a workshop link (utm_source=BIO) and a tools link"),
 C("other", "I want to help you take the next step. Pick your free workshop topic and let's do this! VISUAL MARKETING", "after", S+"/section[8]", note="free workshop band under the article"),
 C("comments", "10 thoughts on", "after", S+"/section[9]/div/div/div/div/div/div[2]/div/div", note="#comments: comment list, 'Comments are closed.'"),
 C("other", "Click to watch free on-demand training about online business and visual marketing.", "after|outside", S+"/section[16]", note="line above the footer menu"),
 C("follow", "Twitter Facebook Pinterest Instagram", "outside", S+"/section[18]/div/div/div[2]", note="footer social icons"),
 C("other", "Need a hand? Watch a free workshop now. Pick your topic below. VISUAL MARKETING ONLINE BUSINESS", "outside", "/html/body/div[3]", amb=True, note="Elementor pop-up (hidden until triggered)"),
 C("share", "258 Shares Pin Tweet Share Buffer Share", "before|outside", "/html/body/div[4]", note="floating side share panel"),
]
ads=[]
