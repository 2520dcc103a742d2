from _dsl import *
FILE="wcxb/html/4043.html.gz"
# Encyclopaedia Britannica topic page 'history of coffee' (body class user-ads, gpt.js preloaded): top 'toupee' banner
# ('Explore Britannica's Newest Newsletter: Money Matters / Learn More'); header (hamburger, search, logo, SUBSCRIBE
# desktop + mobile copy, Login; hidden hamburger SUBSCRIBE button; hidden mega-menu lists); category slider bar (Ask
# the Chatbot, Games & Quizzes, sections); left rail (title, table of contents, 'References & Edit History', 'Related
# Topics' facts link, Images slider); empty right ad container; topic tools (Print + modal, CITE + modal, 'More actions'
# popover with Share modal, Feedback modal with a corrections form, External Websites modal); breadcrumb; lead image;
# h1 with hidden 'Ask Anything' / 'Homework Help' AI buttons, byline (written by / fact-checked by / History), 'Britannica
# AI / Ask Anything' box; mobile row (Table of Contents + Ask Anything); 'Top Questions' AI Q&A expander; four text
# sections with empty 'marker MODn / PREMODn mod-inline' spans between paragraphs and, in the fourth, an 'Explore
# Britannica Premium! / SUBSCRIBE' box; signatures; empty chatbot mounts;
# empty #md-footer and #bc-fixed-dialogue mounts.
# Not labelled: menus, category slider (navigation incl. 'Ask the Chatbot' and 'Login'), table of contents, 'Related
# Topics' link (one TOC-style link to the facts page), Images slider (media), Print and CITE tools, External Websites
# list (references), breadcrumb, byline popovers, 'Top Questions' AI expander (a toggle of questions on the topic,
# convention 7), the empty 'marker' spans (module insertion points with no ad word, 10.3), the 'See also coffee
# production' cross-reference closing a long paragraph (no element of its own), signatures, empty chatbot mounts and
# the empty #md-footer mount.
RC="/html/body/main/div/div/div/div/article/div/div[2]/div/div"
TT=RC+"/div/div/div[2]/div/div[1]/div/div[3]"
RD=RC+"/div/div/div[2]/div/div[2]/div[1]"
related=[]
ctas=[
 C("newsletter", "Explore Britannica's Newest Newsletter: Money Matters Learn More", "before|outside", "/html/body/div[1]", note="top 'toupee' banner promoting the Money Matters newsletter sign-up page"),
 C("subscribe", "SUBSCRIBE", "outside", "/html/body/header/div[1]/div/div[2]/div[1]", note="header SUBSCRIBE button (desktop copy, premium membership), beside Login"),
 C("subscribe", "SUBSCRIBE", "outside", "/html/body/header/div[1]/div/div[2]/div[2]", amb=True, note="header SUBSCRIBE button, mobile copy (d-md-none, 9.3)"),
 C("subscribe", "SUBSCRIBE", "outside", "/html/body/header/div[2]", amb=True, note="hidden hamburger-menu SUBSCRIBE button (marketing-HAMBURGER_MENU_CTA, d-none)"),
 C("other", "Share Feedback External Websites", "before", TT, note="topic-tools 'More actions' menu: Share (modal with Facebook / X / URL), Feedback (corrections form), External Websites (mixed asks, convention 4 / 9.2)"),
 C("share", "Share Share to social media Facebook X URL", "before", TT+"/div[2]/div[1]", amb=True, note="Share button and its share modal inside the 'More actions' popover (9.2 button of the bar)"),
 C("contact", "Feedback Corrections? Updates? Omissions? Let us know if you have suggestions to improve this article", "before", TT+"/div[3]", amb=True, note="hidden Feedback modal with corrections form, opened from the 'More actions' popover (9.2 button of the bar)"),
 C("other", "Ask Anything", "before", RD+"/div[2]/button[1]", amb=True, note="hidden (d-none) 'Ask Anything' Britannica AI button beside the h1"),
 C("other", "Homework Help", "before", RD+"/div[2]/button[2]", amb=True, note="hidden (d-none) 'Homework Help' Britannica AI button beside the h1"),
 C("other", "Britannica AI Ask Anything", "before", RD+"/div[2]/div[3]", note="'Britannica AI / Ask Anything' box under the byline (promo for the site's chatbot)"),
 C("other", "Table of Contents Ask Anything", "before", RD+"/div[3]", amb=True, note="mobile-only row (d-sm-none) with Table of Contents and 'Ask Anything' buttons (9.3)"),
 C("subscribe", "Explore Britannica Premium! The trusted destination for professionals, college students, and lifelong learners. SUBSCRIBE", "inline", RD+"/section[4]/div[3]/div", note="in-text 'Explore Britannica Premium!' box with SUBSCRIBE button (marketing-INLINE_SUBSCRIPTION, not hidden) in the fourth section; an omission of the blind labels"),
 C("other", "", "outside", "/html/body/div[4]", amb=True, note="empty #bc-fixed-dialogue mount (fixed dialogue filled by script, 10.9)"),
]
ads=[
 A(RC+"/aside", "outside", "empty right-rail aside.topic-right-ad-container (GPT preloaded, body class user-ads)"),
]
