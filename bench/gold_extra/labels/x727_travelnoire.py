from _dsl import *
FILE="wcxb/html/0333.html.gz"
# Travel Noire (travelnoire.com, Blavity's Nuxt site; HTL / htlbid ad stack) news story 'This Is The Top Car Rental Company
# In The US, According To The 2025 J.D. Power Study': two empty HTL ad mounts at the top of the layout (htlad-adhesion,
# htlad-out_of_page); sticky navbar (desktop: Culture / Plan & Shop / Travel Guides / News menu, logo, 'Join The Newsletter'
# link, search; mobile (lg:hidden): logo, burger, collapsed panel with search, the same menu and 'Join The Newsletter');
# hero ('Travel News' category, h1, spinning logo, standfirst, author / date, Facebook / X share buttons and an e-mail share
# link, lead photo with credit); two-column row: left (article body of six paragraphs and two h2 with in-sentence links to
# J.D. Power and to other site stories; tag line Car Rentals / cars / road trip), right sticky column ('Subscribe to travel
# noire / Get more travel content' e-mail box, 'Popular posts' numbered list of 4, 'Trending stories in world travel' list of
# 5 cards whose title links render empty, with excerpt and thumbnail; empty <span> placeholders between the boxes); footer
# (logo, mobile-only social icons and page links, 'Get early access to exclusive deals, editors' picks and new launches'
# e-mail box with 'Subscribe', About Us / Pitch a Story / Quiz links, network / legal link list, social icons, copyright);
# hidden trackonomics container; empty #teleports.
# Ad evidence: htlbid.js / htlbid.css in the head, AD_SLOT '/11462305847/tn' in the Nuxt config, the two htlad-* mounts.
# Not labelled: nav menus, search forms, category chip, author / date line, spinning logo, photo credit, in-sentence links
# of the body, tag line, the empty <span> placeholders (no ad word, no box; 10.3), footer page and network link lists (incl.
# 'Pitch a Story', 'Partnerships', 'Shop': menu links), legal links, the hidden trackonomics container, #teleports, the
# affiliate / admiral / typeform scripts (no box of their own).
L="/html/body/div[1]/div"
OR=L+"/div[3]/div"
RC=OR+"/div[2]/div/div[2]"
FT=L+"/footer/div"
related=[
 R(RC+"/div[2]", "Popular posts", 4, "outside", note="right-column 'Popular posts' numbered list of 4 (Queen Elizabeth / Snoop Dogg; United Airlines armrest announcement; Mehgan James Bahamas island; Ethiopian Airlines seat for minister)"),
 R(RC+"/div[3]", "Trending stories in world travel", 5, "outside", note="right-column 'Trending stories in world travel' list of 5 cards (cheapest places to fly in 2026; Jamaica tourism recovery; Dollar Flight Club cheapest destinations; Black-owned healing retreats; autism-friendly hotels); the title links render empty, excerpts and thumbnails link to the stories"),
]
ctas=[
 C("newsletter", "Join The Newsletter", "outside", L+"/nav/div[1]/div/div/div/a", note="desktop navbar 'Join The Newsletter' link (/newsletter), set apart beside the search box on the right of the bar, not among the menu links"),
 C("newsletter", "Join The Newsletter", "outside", L+"/nav/div[2]/div[2]/div/div/div/a", amb=True, note="'Join The Newsletter' link in the collapsed mobile menu panel (lg:hidden; 9.3)"),
 C("share", "", "before", OR+"/div[1]/div[2]/div/div[1]/div/div[2]", note="share row under the byline in the hero: Facebook and X share buttons, e-mail share link"),
 C("newsletter", "Subscribe to travel noire Get more travel content Subscribe to Travel Noire, a free daily newsletter", "outside", RC+"/div[1]", note="right-column box 'Subscribe to travel noire / Get more travel content' with an e-mail field and 'Submit' (sticky column beside the body)"),
 C("follow", "", "outside", FT+"/div[1]/ul[1]", amb=True, note="footer social icons (Instagram, Twitter, Facebook, YouTube, TikTok) in the mobile-only block (.mobile-view-items display:none above 600px; 9.3)"),
 C("newsletter", "Get early access to exclusive deals, editors' picks and new launches Subscribe", "outside", FT+"/div[2]/div", note="footer e-mail box 'Get early access to exclusive deals, editors' picks and new launches' with an input and 'Subscribe'"),
 C("follow", "", "outside", FT+"/div[3]/ul", note="footer social icons (Instagram, Twitter, Facebook, YouTube, TikTok) beside the copyright line (desktop)"),
]
ads=[
 A(L+"/div[1]", "outside", "empty htlad-adhesion mount (HTL sticky adhesion slot) at the top of the layout"),
 A(L+"/div[2]", "outside", "empty htlad-out_of_page mount (HTL out-of-page slot) beside it"),
]
