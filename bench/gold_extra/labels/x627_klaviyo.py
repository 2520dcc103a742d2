from _dsl import *
FILE="wcxb/html/4258.html.gz"
# Klaviyo blog (Astro) post 'The best CRM software for 2026': header (skip link; utility nav Home / Help center / Enterprise /
# Partners / Careers / Log in; universal navigation with mega-menu panels and a 'Sign up' / 'Get a demo' button list;
# mobile menu dialog with copies incl. Sign up / Get a demo / Log in; dismissible alert bar 'Explore 50+ new features
# designed to help you grow big in 2026'); empty Optimizely island; breadcrumbs; two columns: sidebar table of contents and
# the post (h1, 'Sign up for Klaviyo' / 'Get a free demo' buttons, author line, Copy as Markdown; text with pull quotes and
# a comparison table, closing 'Explore Klaviyo B2C CRM' button; author box); back-to-top link; hidden raw-markdown copy of
# the post; empty Klaviyo form mount; footer (empty BrightEdge link block, desktop and mobile menu columns, language
# selector, tagline, social links, legal links); empty portal div. The sidebar holds share icons under the table of contents.
# No ads. Not labelled: utility nav and Log in, mega-menu panels, language selectors, breadcrumbs, table of contents,
# author line and box, Copy as Markdown, raw-markdown copy (the text again), back-to-top, footer menu columns (incl.
# 'Contact us') and legal links, empty Optimizely island and portal.
HN="/html/body/astro-island[1]/header"
HD="/html/body/main/div[2]/div/div"
related=[
 R("/html/body/astro-island[2]/footer/div/div[1]", None, 0, "outside", amb=True, note="empty BrightEdge 'be-ix-link-block' mount at the top of the footer (SEO related-links block filled by script, 10.9)"),
]
ctas=[
 C("other", "Sign up Get a demo", "outside", HN+"/div[2]/div/ul", note="header button list 'Sign up' / 'Get a demo' (demo button: plain other, 11.7)"),
 C("other", "Sign up", "outside", HN+"/div[2]/div/ul/li[1]", amb=True, note="'Sign up' button of the header list (9.2)"),
 C("other", "Get a demo", "outside", HN+"/div[2]/div/ul/li[2]", amb=True, note="'Get a demo' button of the header list (9.2)"),
 C("other", "Sign up Get a demo Log in", "outside", HN+"/div[2]/dialog/nav/ul[3]", amb=True, note="Sign up / Get a demo / Log in (and language selector) in the closed mobile menu dialog"),
 C("other", "Explore 50+ new features designed to help you grow big in 2026", "outside", HN+"/div[3]", note="dismissible header alert bar promoting the product's new features"),
 C("other", "Sign up for Klaviyo Get a free demo", "before", HD+"/div[1]", note="'Sign up for Klaviyo' / 'Get a free demo' buttons under the h1"),
 C("share", "", "before|outside", "/html/body/main/div[2]/aside/astro-island/div/div/div", note="share icons (copy link and three share links) under the table of contents in the sticky sidebar"),
 C("other", "Explore Klaviyo B2C CRM", "after", "/html/body/main/div[2]/article/div[1]/div", note="'Explore Klaviyo B2C CRM' button closing the text (button style, 10.1)"),
 C("newsletter", "", "after|outside", "/html/body/main/div[4]", amb=True, note="empty 'klaviyoForm' mount (klaviyo-form-WSHs39) under the post, a sign-up form filled by script (10.9)"),
 C("follow", "Facebook Twitter LinkedIn Instagram", "outside", "/html/body/astro-island[2]/footer/div/div[4]", note="footer social links"),
]
ads=[]
