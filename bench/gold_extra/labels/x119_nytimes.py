from _dsl import *
FILE="scrapinghub/html/702d1da63b8e064cb70617620e45c2d116b4912c9bc9d518dcf5ce54bb8057ed.html.gz"
# New York Times article (2019 React template). Body = article/section.meteredContent (StoryBodyCompanionColumn blocks).
# No related block in the HTML: a RelatedLinksBlock (4 stories) exists only in the preloaded JSON state, not rendered.
# Not labelled: the empty aria-hidden companion <aside>s beside each body block (desktop-only 130-210px column, no
# sign of an ad), attribute-less empty <div>s between body blocks and after the body, the Chinese-edition links
# under the byline, Log In / Today's Paper links, the site index and the footer menu.
ST="/html/body/div[1]/div/div/div[2]/main/div/div/div/div[2]"
ART="/html/body/div[1]/div/div/div[2]/main/div/article"
related=[]
ctas=[
 C("subscribe", "Subscribe", "outside", ST+"/div[2]/div[1]", note="Subscribe button in the sticky reading header (with Log In)"),
 C("share", "", "outside", ST+"/div[3]", note="share tools (Facebook, Twitter, e-mail, more) in the sticky reading header"),
 C("share", "", "before", ART+"/div[2]/header/div[5]/ul/li[2]", note="share tools (Facebook, Twitter, e-mail, more) in the byline row"),
]
ads=[
 A(ART+"/div[1]", "before|outside", "top-wrapper: 'Advertisement' slug + skip link + place-ad top slot above the headline"),
 A(ART+"/div[2]/header/div[1]", "before", "sponsor-wrapper: 'Supported by' slug + sponsor ad slot above the headline"),
 A(ART+"/div[7]", "after", "bottom-wrapper: 'Advertisement' slug + bottom ad slot below the body"),
]
