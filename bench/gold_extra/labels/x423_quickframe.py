from _dsl import *
FILE="wcxb/html/0109.html.gz"
# QuickFrame by MNTN blog (WordPress) post 'Video Production Process: Complete Guide for 2025': header (logo, mega menu
# with Contact item, desktop 'Request Demo / Sign Up Now / Sign in' row, mobile-menu copy of the buttons and social/
# address block, mobile 'Sign Up Now' button beside the hamburger; the hidden Resources mega menu shows 3 featured
# posts per sub-item: Blog, Basecamp, Case Studies, Press & Announcements, Webinars & Events, White Papers); hero (h1, byline, image); text (sections with many
# in-sentence links, three 'Learn more' link lines, five example videos, 'How QuickFrame AI Changes the Game' section
# with the line 'Streamline your video production workflow with QuickFrame AI.', closing section); right column
# 'Related Articles' (3 posts) and 'Categories' pills; footer (link columns, press and office e-mails, social menu,
# copyright). No ad slots (only a GTM noscript iframe).
# Not labelled: menus (incl. the Contact item and the Partner Directory panel), in-sentence links, the closing 'visit QuickFrame' sentence, footer link
# columns, footer press/office contact lines, GTM iframe.
HB="/html/body/div/header/div/div"
CO="/html/body/div/main/section[2]/div/div/div[1]"
RM=HB+"/div[2]/ul/li[3]/label/div[2]/div/div/div/ul"
related=[
 R(RM+"/li[1]/label/div", None, 3, "outside", amb=True, note="hidden Resources mega-menu panel (Blog): 3 featured posts and a View All link"),
 R(RM+"/li[2]/label/div", None, 3, "outside", amb=True, note="hidden Resources mega-menu panel (Basecamp): 3 featured posts and a View All link"),
 R(RM+"/li[3]/label/div", None, 3, "outside", amb=True, note="hidden Resources mega-menu panel (Case Studies): 3 featured case studies and a View All link"),
 R(RM+"/li[5]/label/div", None, 3, "outside", amb=True, note="hidden Resources mega-menu panel (Press & Announcements): 3 featured press items and a View All link"),
 R(RM+"/li[6]/label/div", None, 3, "outside", amb=True, note="hidden Resources mega-menu panel (Webinars & Events): 3 featured webinars (4 cards, one repeated) and a View All link"),
 R(RM+"/li[7]/label/div", None, 3, "outside", amb=True, note="hidden Resources mega-menu panel (White Papers): 3 featured white papers and a View All link"),
 R(CO+"/p[22]", None, 1, "inline", note="'Learn more about In-House Video Production vs. Outsourcing' link line"),
 R(CO+"/blockquote[2]", "Learn More", 2, "inline", note="blockquote 'Learn More: Social Media Video Specs and CTV Ad Specs' (two guide links)"),
 R(CO+"/p[52]", None, 1, "inline", note="'Learn more about affordable video production.' link line"),
 R("/html/body/div/main/section[2]/div/div/div[2]/div", "Related Articles", 3, "outside", note="right column 'Related Articles' (3 post cards with thumbnails) followed by 'Categories' pills"),
]
ctas=[
 C("other", "Sign Up Now", "outside", HB+"/div[3]", amb=True, note="mobile 'Sign Up Now' button beside the hamburger (d-xl-none)"),
 C("other", "Request Demo Sign Up Now Sign in", "outside", HB+"/div[2]/div[1]", note="desktop header buttons: Request Demo, Sign Up Now, Sign in"),
 C("other", "Request Demo Sign Up Now", "outside", HB+"/div[2]/div[2]", amb=True, note="mobile-menu copy of the header buttons (d-xl-none)"),
 C("follow", "Facebook X LinkedIn Instagram YouTube", "outside", HB+"/div[2]/div[3]", amb=True, note="mobile-menu social links with office address and e-mail (d-xl-none)"),
 C("other", "Streamline your video production workflow with QuickFrame AI.", "inline", CO+"/p[55]", amb=True, note="product promo line linking to QuickFrame AI in the text (kept in the wcxb ground truth)"),
 C("follow", "Facebook X LinkedIn Instagram YouTube", "outside", "/html/body/div/footer/div/div/div[2]/div[4]/div", note="footer social media menu"),
]
ads=[]
