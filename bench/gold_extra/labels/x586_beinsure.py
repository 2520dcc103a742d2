from _dsl import *
FILE="wcxb/html/0286.html.gz"
# Beinsure (insurance media, WordPress/Neve) ranking article 'TOP 100 Property & Casualty Insurance Companies in the U.S. in
# 2025': header (desktop logo row, desktop primary menu with NEWS / INSURANCE / ... / RANKINGS submenus, mobile row with
# hamburger and search, slide-in mobile menu, reading progress bar); breadcrumbs; entry header (h1, author, date, reading time);
# featured image; empty sidebar tags section; text (Overview table of contents, paragraphs, quotes, ranking and indicator
# tables with A.M. Best captions, infographic, FAQ block, 'Edited & Fact-checked by ...' line); a band of 4 ranking post cards
# under the article (no heading); footer (empty widget, footer menu incl. Advertise / Contact, copyright line with Forinsurer
# link and protected e-mail, footer-links with site icon, Facebook and X; mobile copies of menu and bottom row); scroll-to-top;
# cookie banner template in a script. The AdSense loader is commented out: no ad slot.
# Not labelled: menus (desktop, mobile, footer), search, breadcrumbs, table of contents, author/date line, ordinary in-text
# links, 'Edited & Fact-checked' line, FAQ, copyright line (with its e-mail link), cookie banner template, scroll-to-top.
FB="/html/body/div/footer/div"
related=[
 R("/html/body/div/main/div/div[3]", None, 4, "after", note="section-footer-posts band of 4 ranking cards (Best U.S. P&C MGAs, Top 100 Commercial Auto Insurers, Top 100 Auto Liability Insurers, TOP 20 Global Brokers) under the article, no heading"),
]
ctas=[
 C("follow", "", "outside", FB+"/div[3]/div/div/div/div/div[2]/div/div/div/div", note="footer-links: site icon, Facebook and X profile icons (desktop bottom row)"),
 C("follow", "", "outside", FB+"/div[5]/div/div/div/div/div[2]/div/div/div/div", amb=True, note="mobile copy of the footer Facebook / X icons (hide-on-desktop row, 9.3)"),
]
ads=[]
