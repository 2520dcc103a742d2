from _dsl import *
FILE="wcxb/html/0496.html.gz"
# SecurityInfoWatch (Endeavor 'ebm' Nuxt site) article 'Strategist or Futurist: The Crossroads Defining Physical Security's
# Next Era': header (menu / search icons, logo, tagline, section sub-menu; hidden mega-menu with search, Sections and
# Special link lists, a 'Contact' section of site links, Affiliated Brands, 'Follow us on' icons); fixed container of five
# empty ad targets; top grid row with a GAM slot; main column blocks: title block (section, h1, teaser, author, date, read
# time, hidden comment count, share icons Facebook / LinkedIn / X / Reddit / Email, print), 'Key Highlights' list, lead
# image with caption, a GAM slot block, body (text with h3/h4 sections, two pull quotes, an in-body sidebar 'What Does Plug
# and Play Technology Offer?'), 'About the Author' box with an Email button, 'Sign up for our eNewsletters' block,
# 'Related' BlueConic recommendations (2 items), 'Voice Your Opinion!' comments (Viafoura mount + 'Join today!' account
# gate); right column (GAM slot, empty Omeda olytics injection block, 'Trending' BlueConic list of 3, sticky GAM slot,
# second sticky GAM slot builder with no target); 'Load More Content' button; footer (logo, blurb, 'Newsletters' Sign Up,
# 'Connect' social icons, Affiliated Brands, About Us / Advertise / privacy links, copyright).
# Not labelled: menus, sub-menu and mega-menu link lists (incl. its 'Contact' section of site links and Affiliated
# Brands), header tagline, hidden comment count, print icon, 'Key Highlights', pull quotes and the in-body Plug-and-Play
# sidebar (article content), image credit, 'About the Author' bio and its e-mail button (author bio, as x538), footer
# affiliated brands and links (incl. Advertise).
P="/html/body/div[1]/div/div[2]/div/div/div"
G=P+"/div[4]/div/div[1]/div/div/div/div/div"
C1=G+"/div[2]/div/div[1]/div/div/div"
C2=G+"/div[2]/div/div[2]/div/div"
FT=P+"/div[4]/div/div[3]/footer/div/div/div[1]/div"
related=[
 R(C1+"/div[7]/div/div", "Related", 2, "after", note="'Related' BlueConic recommendations under the article: 2 items (Verkada valuation, SMB security channel), redirect links"),
 R(C2+"/div[1]/div[3]/div/div", "Trending", 3, "outside", note="right-column 'Trending' BlueConic list of 3 headlines (incivility, this article, Netwatch acquisition)"),
 R(P+"/div[4]/div/div[2]", None, 0, "after", amb=True, note="'Load More Content' button loading further articles under this one (infinite-scroll loader, 10.9)"),
]
ctas=[
 C("follow", "Follow us on", "outside", P+"/header/nav/div[2]/div[2]/div[4]", amb=True, note="'Follow us on' social icons inside the hidden mega-menu"),
 C("share", "", "before", C1+"/div[1]/div/div/div/div/div[2]/div[2]", note="share icons under the byline (Facebook, LinkedIn, X, Reddit, Email)"),
 C("newsletter", "Sign up for our eNewsletters Get the latest news and updates Sign Up", "after", C1+"/div[6]", note="'Sign up for our eNewsletters' block with Sign Up button under the author box"),
 C("comments", "Voice Your Opinion! To join the conversation, and become an exclusive member of Security Info Watch, create an account", "after", C1+"/div[8]/div/div", note="'Voice Your Opinion!' comments block: empty Viafoura conversations mount and account gate 'Join today!' / 'I already have an account'"),
 C("newsletter", "", "outside", C2+"/div[1]/div[2]", amb=True, note="empty Omeda 'olytics_injection' block in the right column (audience/newsletter form injected by script)"),
 C("newsletter", "Newsletters The top stories, industry insights and relevant research", "outside", FT+"/div[2]", note="footer 'Newsletters' column with Sign Up button"),
 C("follow", "Connect Follow us for the latest industry news and insights.", "outside", FT+"/div[3]", note="footer 'Connect' social icons (Facebook, LinkedIn, X, YouTube)"),
]
ads=[
 A(P+"/div[3]/div[1]", "outside", "fixed-position container: empty ebm-ad-target (1 of 5; out-of-page / sticky targets)"),
 A(P+"/div[3]/div[2]", "outside", "fixed-position container: empty ebm-ad-target (2 of 5)"),
 A(P+"/div[3]/div[3]", "outside", "fixed-position container: empty ebm-ad-target (3 of 5)"),
 A(P+"/div[3]/div[4]", "outside", "fixed-position container: empty ebm-ad-target (4 of 5)"),
 A(P+"/div[3]/div[5]", "outside", "fixed-position container: empty ebm-ad-target (5 of 5)"),
 A(G+"/div[1]", "before|outside", "top grid row with a GAM slot builder (leaderboard above the article)"),
 A(C1+"/div[3]", "before", "main-column GAM slot block between the lead image and the body"),
 A(C2+"/div[1]/div[1]", "outside", "right-column GAM slot builder with ad target"),
 A(C2+"/div[2]/div[1]", "outside", "right-column sticky GAM slot builder with ad target"),
 A(C2+"/div[2]/div[2]", "outside", amb=True, note="second sticky GAM slot builder, no ad target rendered in it"),
]
