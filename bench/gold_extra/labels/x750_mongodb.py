from _dsl import *
FILE="wcxb/html/0444.html.gz"
# MongoDB (Next.js, Contentstack) engineering blog post 'Token-count-based Batching: Faster, Cheaper Embedding Inference
# for Queries': pencil banner at the top (a link rotating two promos: 'MongoDB Event / MongoDB.local SF, Jan 15: See the
# speaker lineup & ship your AI vision faster. Use WEB50 to save 50% >' and 'Announcement / Learn why MongoDB was named a
# Leader in the 2025 Gartner Magic Quadrant Learn more >'); sticky universal nav (logo, search form with scope drop-down,
# mega-menu Products / Resources / Solutions / Company / Pricing, search button, 'Eng' language button, 'Support', 'Sign
# In', 'Get Started' button; mobile logo, search and links buttons); grid: 'Blog home' link, h1, date / read time; article
# column (sections Motivation ... Results, figures, a code snippet with copy button, in-sentence links, a 'Next Steps'
# megaphone aside box 'To learn more about how Voyage AI's ... see the Voyage AI by MongoDB page.', closing
# acknowledgements paragraph); right sidebar column ('share this' label and Twitter / LinkedIn / Facebook share icons,
# 'Author' with two speaker lockups, 'MongoDB Resources' links Documentation | MongoDB Community | MongoDB Skill Badges);
# an empty grid cell under the article; footer (logo, language selector, copyright, link columns About / Support /
# Deployment Options / Data Basics). No ads, no ad configuration, no related block (the page data holds only the sidebar
# and the text).
# Not labelled: mega-menu, search, language buttons, 'Support' and 'Sign In' links, 'Blog home' link, links on terms in
# ordinary sentences (MDN '503 Service Unavailable errors', 'Voyage-3-Large' on Voyage's blog), the code snippet's copy
# button, author lockups (no links), the 'MongoDB Resources' sidebar links (three links to site sections: navigation,
# 10.4/6), the empty grid cell (an unnamed empty shell), footer link columns (the 'About' column's 'Follow Us' link to
# the social-media hub and the 'Support' column's 'Contact Us' sit among menu links; 'MongoDB Atlas' under 'Deployment
# Options' is a menu link), copyright.
M="/html/body/div/main"
NB=M+"/div[2]/nav/div[1]/div/div/div[3]"
G=M+"/div[3]/div"
AR=G+"/div[2]/section/div/article"
SB=G+"/div[3]/div/aside"
related=[]
ctas=[
 C("other", "MongoDB EventMongoDB.local SF, Jan 15: See the speaker lineup & ship your AI vision faster. Use WEB50 to save 50% >", "outside", M+"/div[1]", note="pencil banner at the top of the page: one link rotating the MongoDB.local SF event promo (discount code WEB50) and the Gartner Magic Quadrant announcement"),
 C("other", "Get Started", "outside", NB+"/span", amb=True, note="header 'Get Started' button (Atlas account register) beside 'Sign In': a sign-up beside a log-in (11.7, as x718)"),
 C("other", "Next Steps To learn more about how Voyage AI’s state-of-the-art embedding models and rerankers can help you build", "inline", AR+"/div[6]", note="'Next Steps' megaphone aside box after the summary, before the acknowledgements paragraph: pitch linking the 'Voyage AI by MongoDB' product page (a line set apart in its own box, 10.1)"),
 C("share", "", "before|outside", SB+"/div[2]", note="sidebar 'share this' Twitter / LinkedIn / Facebook share icons (share-buttons-container; the 'share this' label is a sibling above it) in the column beside the text"),
]
ads=[]
