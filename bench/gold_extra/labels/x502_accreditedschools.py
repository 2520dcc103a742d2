from _dsl import *
FILE="wcxb/html/0267.html.gz"
# Accredited Schools Online (Red Ventures, Next.js 'sonic' theme) ranking guide 'Best Online Certificate Programs':
# header (logo, desktop mega-menu and hidden mobile copy, 'Search Programs' button); hero (h1, byline with author/editor
# tooltips, intro 'Find options here.', empty aboveTheFold placement with reserved height); intro paragraphs (each
# followed by an empty #placement-post-p-N div), 'Why Earn a Certificate Online?' box, empty belowTheFold placement;
# 'Top Accredited Schools...' ranking (disclosure with 'Sponsored results' tooltip, ten school cards with 'More Details'
# expanders), 'How We Rank Schools' accordion, 'Why Accreditation Matters' box ending in an interlink card; types of
# certificates, 'Explore Online Certificate Programs by Subject' h2 over a slider of nine guide cards; worth-it section
# with stats; FAQ accordion; 'Related Pages' featured posts (1 large + 2 side cards); footer link columns and legal links.
# Not labelled: menus (desktop and mobile copy), byline tooltips, ranking disclosure and school links/'More Details'
# expanders (body), accordions, the 18 empty #placement-post-p-N divs after paragraphs (no size, no ad word: injection
# points only), footer link columns and legal row (incl. Cookie Settings, Advertising Disclosure).
AC="/html/body/div/div/main/article/div"
related=[
 R(AC+"/div[9]/div[4]", None, 1, "inline", note="interlink card 'Learn more about the importance of accreditation' closing the 'Why Accreditation Matters' box"),
 R(AC+"/div[13]", "Explore Online Certificate Programs by Subject", 9, "inline", note="h2 'Explore Online Certificate Programs by Subject' over a swiper slider of nine guide cards (business, counseling, IT, LPN, medical assistant, billing and coding, MRI tech, paralegal, trade schools); heading is the preceding sibling h2 (convention 9.1)"),
 R(AC+"/div[20]", "Related Pages", 3, "after", note="'Related Pages' featured posts: one large card (trade and vocational schools) and two side cards"),
]
ctas=[
 C("other", "Search Programs", "outside", "/html/body/div/header/div/nav/div[4]", amb=True, note="header 'Search Programs' button (the network's school-finder funnel); a search button, so a reader could leave it out"),
]
ads=[
 A(AC+"/div[1]/div[2]/div", "before", amb=True, note="empty div[data-placement-id=aboveTheFold] in the hero with reserved min-height 600/310px (Red Ventures monetisation placement: sponsored school listings); no ad word"),
 A(AC+"/div[6]", "inline", amb=True, note="empty div[data-placement-id=belowTheFold] after the 'Why Earn a Certificate Online?' box, reserved min-height 400px (monetisation placement); no ad word"),
]
