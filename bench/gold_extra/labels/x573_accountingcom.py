from _dsl import *
FILE="wcxb/html/0026.html.gz"
# Accounting.com (Red Ventures education network) ranking 'The Best Tax Prep Software of 2025': header (logo, desktop
# mega-menu, hidden mobile copy, 'Search Programs' button); hero (h1, byline with editor / reviewer tooltips and 'Our
# Integrity Network' popover, jump links, intro; hero-bottom with an empty aboveTheFold placement, reserved min-height);
# Key Takeaways box; disclaimer; intro paragraphs; empty belowTheFold placement (reserved min-height; the page data names it
# 'Popular Online Programs'); three sections of software entries (title linking the vendor, paragraphs each followed by an
# empty #placement-post-p-N div) with interlink card grids ('Learn more about the different types of tax professionals:'
# 4 cards, a grid of 3 cards, a single 'Learn how to do your taxes' card); FAQ accordion; 'Recommended Reading' 2 cards;
# footer (link columns, copyright and legal links incl. Contact).
# Not labelled: menus, byline tooltips, jump links (table of contents), Key Takeaways, disclaimer, software entries
# (vendor title links in the text, no buy buttons), the empty #placement-post-p-N divs (no size, no ad word; as x502),
# FAQ accordion (body), footer link columns and legal links.
AC="/html/body/div/div/main/article/div"
related=[
 R(AC+"/div[12]", "Learn more about the different types of tax professionals:", 4, "inline", note="grid of 4 interlink cards (Tax Accountant, Tax Consultant, Tax Manager, Tax Preparer career guides) under an h3 lead-in"),
 R(AC+"/div[17]", None, 3, "inline", note="grid of 3 interlink cards (small business taxes guide, accounting for small businesses, entrepreneurship degrees)"),
 R(AC+"/div[22]", None, 1, "inline", note="single interlink card 'Learn how to do your taxes'"),
 R(AC+"/div[24]", "Recommended Reading", 2, "after", amb=True, note="(amb after the reading of T: the cards hold no link to their stories, only author links; a script must make them clickable) 'Recommended Reading' grid of 2 cards after the FAQ"),
]
ctas=[
 C("other", "Search Programs", "outside", "/html/body/div/header/div/nav/div[4]", amb=True, note="header 'Search Programs' button (the network's school-finder funnel; as x502)"),
]
ads=[
 A(AC+"/div[1]/div[2]/div", "before", amb=True, note="empty div[data-placement-id=aboveTheFold] in the hero with reserved min-height 320/180px (monetisation placement for sponsored program listings); no ad word"),
 A(AC+"/div[7]", "inline", amb=True, note="empty div[data-placement-id=belowTheFold] after the intro, reserved min-height 400px ('Popular Online Programs' dynamic experience in the page data)"),
]
