from _dsl import *
FILE="wcxb/html/0451.html.gz"
# Docker blog post 'Docker Hardened Images: Security Independently Validated by SRLabs': header (logo, menu with hidden
# mega-menus AI / Products / Developers / Company, each with product links and a promo card column: 'More resources for
# developers' (1 card), Docker Desktop v4.50 card, 'More resources for developers' (2 cards) plus a 'Get the latest Docker news'
# button, SOC 2 card; Pricing / Support / Blog links; search; 'Sign In' / 'Get Started' buttons); main: blog header (h1,
# date), author, text with h2 sections and quotes, one pointer sentence 'You can read more about the findings from the report
# here.'; 'About the Authors' box with tags; right sidebar (hidden automatic table of contents, share icons LinkedIn / Twitter
# / Facebook); 'Related Posts' heading band and a query list of 3 posts; footer (Products / Features / Developers / ...
# link columns, social icons, copyright, legal links, Cookie Settings). No ad markup.
# Not labelled: menus and mega-menu product links, search, author line and 'About the Authors' bio, tags and categories,
# table of contents, footer link columns, legal links, cookie button, ordinary in-text links.
NAV="/html/body/div/header/div/div/nav/ul"
C1="/html/body/div/main/div/div/div[1]/div"
related=[
 R(NAV+"/li[1]/div/div/div[2]", "More resources for developers", 1, "outside", amb=True, note="hidden AI mega-menu promo column: blog card 'Docker Brings Compose to the Agent Era'"),
 R(NAV+"/li[2]/div/div/div[2]", None, 1, "outside", amb=True, note="hidden Products mega-menu promo card 'Docker Desktop v4.50' (release blog post)"),
 R(NAV+"/li[3]/div/div[1]/div[2]", "More resources for developers", 2, "outside", amb=True, note="hidden Developers mega-menu promo column: 'Introducing Docker Model Runner' blog card and a resource card"),
 R(NAV+"/li[7]/div/div/div[2]", None, 1, "outside", amb=True, note="hidden Company mega-menu promo card 'Docker Announces SOC 2 Type 2 Attestation & ISO 27001 Certification' (blog post)"),
 R(C1+"/div[1]/div/div[3]/p[19]", None, 1, "inline", amb=True, note="pointer sentence alone in its paragraph: 'You can read more about the findings from the report here.' (ordinary sentence, 10.10/11.4)"),
 R("/html/body/div/main/div/div/div[3]/div/div/ul", "Related Posts", 3, "after", note="query list of 3 posts (Captain's Chair, free Docker Hardened Images, voice AI apps) under the 'Related Posts' heading band (heading in the sibling band above, 9.1)"),
]
ctas=[
 C("newsletter", "Get the latest Docker news", "outside", NAV+"/li[3]/div/div[2]", amb=True, note="'Get the latest Docker news' button to the newsletter subscription page inside the hidden Developers mega-menu"),
 C("other", "Sign In Get Started", "outside", "/html/body/div/header/div/div/div/div", amb=True, note="header 'Sign In' and 'Get Started' buttons (sign-up beside log-in, 11.7)"),
 C("share", "", "outside", C1+"/div[2]/div/div/div[2]", note="right sidebar share icons (LinkedIn, Twitter, Facebook)"),
 C("follow", "", "outside", "/html/body/div/footer/div/div/div[2]/div[1]", note="footer social icons (Twitter, LinkedIn, Instagram, ...)"),
]
ads=[]
