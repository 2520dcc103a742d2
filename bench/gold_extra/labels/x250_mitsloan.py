from _dsl import *
FILE="wcxb/html/0094.html.gz"
# MIT Sloan 'Ideas Made to Matter' (Drupal) article 'Machine learning, explained'. Header: logo, main nav, a
# smart-area promo line ('Choose the human path for AI. John C Head III Dean Rick Locke on the future of work.'),
# 'contact' link, search, hidden academics overlay ('Which program is right for you?'). Article: hero, 'Why It
# Matters' box, a 'Share' micro-share button, body with a floating share rail, an 'AI at Work' newsletter form, an
# Exec Ed course promo card ('Leading the AI-Driven Organization … Register Now', utm_medium=web-displayad), a
# 'Read report:' CTA link, an in-text 'Related Articles' card of 3, a pull quote with its own share button, a
# 'Learn more:' list of resource links, a 'Read next:' CTA link, a 'For more info' author contact box; under the
# article a 'Related Articles' band of 3. Footer: mission, 'Find Us' address/phone, links, social icons. No ads
# (GTM only).
# Not labelled: menus, search, academics overlay (program menu), 'Why It Matters', faculty sidenote buttons,
# the 'Learn more:' resource list (course, OCW, articles; kept as text like the wcxb ground truth), footer links.
AR="/html/body/div/main/article"
B=AR+"/div[2]"
related=[
 R("/html/body/div/header/div/div[1]/div[1]", None, 1, "outside", amb=True, note="header smart-area promo line linking to a story (Dean Rick Locke on the future of work)"),
 R(B+"/p[46]", None, 1, "inline", amb=True, note="'Read report: Artificial Intelligence and the Future of Work' CTA-styled link to the research brief PDF"),
 R(B+"/div[2]", "Related Articles", 3, "inline", note="in-text 'Related Articles' card with 3 stories"),
 R(B+"/p[67]", None, 1, "after", note="'Read next: 7 lessons for successful machine learning projects' link (kept in the wcxb ground truth)"),
 R(AR+"/section", "Related Articles", 3, "after", note="'Related Articles' band of 3 story cards under the article"),
]
ctas=[
 C("contact", "contact", "outside", "/html/body/div/header/div/div[1]/div[2]", amb=True, note="header 'contact' link"),
 C("share", "Share", "before", AR+"/div[1]", note="micro-share 'Share' button above the text (Facebook, X, LinkedIn, e-mail)"),
 C("share", "facebook X linkedin email print", "before|outside", B+"/aside[1]", note="share rail beside the text (facebook, X, linkedin, email, print)"),
 C("newsletter", "AI at Work Research and insights powering the intersection of AI and business, delivered monthly.", "inline", B+"/div[1]", note="'AI at Work' newsletter sign-up form in the text"),
 C("other", "Leading the AI-Driven Organization In person at MIT Sloan Register Now", "inline", B+"/section", amb=True, note="Executive Education course promo card in the text ('Register Now'; utm_medium=web-displayad, a house ad)"),
 C("share", "Share", "inline", B+"/aside[2]/div[2]", amb=True, note="share button of the pull quote"),
 C("contact", "For more info Sara Brown Senior News Editor and Writer sbrown1@mit.edu", "after", B+"/div[3]", amb=True, note="'For more info' box with the editor's e-mail"),
 C("contact", "Find Us MIT Sloan School of Management 100 Main Street Cambridge, MA 02142 617-253-1000", "outside", "/html/body/div/footer/div[1]/section[2]", amb=True, note="footer 'Find Us' address and phone"),
 C("follow", "", "outside", "/html/body/div/footer/div[2]/nav", note="footer social icons (Facebook, X, YouTube, Instagram, LinkedIn)"),
]
ads=[]
