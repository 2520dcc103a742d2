from _dsl import *
FILE="wcxb/html/0022.html.gz"
# Menlo Coaching (MBA admissions consultancy, WordPress 'menlo' blocks) hub page 'Top MBA Programs of 2025 (US): Your
# Guide to the Best Business Schools': header (logo; desktop 'Apply to Work With Us' button opening a Paperform
# application; an alternative 'Apply to Work with Us' popup button with an empty iframe box, class cta-hideshow, the
# copy for visitors the CTA script switches; mega-menu nav; mobile copies of both buttons, d-lg-none); breadcrumb; a
# mobile-menu <template> whose items are built by script (only its 'Apply to Work With Us' entries hold text); hero
# banner (h1, intro with in-page anchors); hub layout: left 'Top US MBA Programs' anchor list (in-page navigation) and
# 'Show schools list' toggles, then 27 hub cards: 25 ranked schools (title link, blurb, stats, 'Learn more about the X
# MBA Program' link, and a 'More on X:' list of the site's own guides), an 'MBA Industry Reports' card with its
# report list, and a 'Test Prep for Top MBA Programs' card whose 'Our Test Prep Services' list links 'Find a GRE
# Tutor' / 'Find a GMAT Tutor'; a row of two link boxes 'Important Resources' and 'Other MBA Admission Tracks'; the
# article text (Best Business Schools, MBA Program Rankings with a lead-in + list of five ranking pages, How to Use,
# Concerns, So How Can You Find ...; last sentence points to 'MBA consultants'); an 'Overview & Analysis of Major MBA
# Rankings' link box; footer (menu columns Services / About Us / Resources, logo, e-mail link, LinkedIn icon,
# copyright). Advanced Ads scripts in the head list only groups ('GMAT Magnets', 'MBA Magnets'); no ad element or
# placement is in the HTML, so no ad slot.
# Not labelled: logo, mega-menu and footer menu columns (incl. 'Contact', 'Request a Free MBA Consultation', 'We're
# Hiring!' among menu links), breadcrumb, hero anchor links, the 'Top US MBA Programs' anchor list and 'Show schools
# list' toggles (in-page navigation), each hub card's title link and 'Learn more about the X MBA Program' link (the
# card itself, the hub's content), the empty stats lists, in-sentence links of the text (incl. p[12] 'Finally, you can
# read more about our MBA admissions consulting service ...', a pointer ending a section, not the text), the nested
# sub-menu copies of 'Apply to Work With Us' inside the template's nested <template>s (prototype copies of the entry
# already labelled), copyright/privacy links.
HD="/html/body/header/div[1]/div"
E="/html/body/div[2]/div"
HUB=E+"/div[2]/div[3]/div[2]"
FT="/html/body/footer/div[1]/div/div/div"
SCHOOLS=[(1,"More on HBS:",5,"Harvard Business School"),(2,"More on Stanford GSB:",5,"Stanford GSB"),
 (4,"More on Wharton:",4,"UPenn Wharton"),(5,"More on Kellogg:",6,"Northwestern Kellogg"),
 (6,"More on Chicago Booth:",3,"Chicago Booth"),(7,"More on CBS:",5,"Columbia Business School"),
 (8,"More on MIT Sloan:",4,"MIT Sloan"),(9,"More on Tuck:",4,"Dartmouth Tuck"),(10,"More on Haas:",3,"Berkeley Haas"),
 (11,"More on Darden:",4,"UVA Darden"),(12,"More on Yale SOM:",7,"Yale SOM"),(13,"More on Fuqua:",8,"Duke Fuqua"),
 (14,"More on Ross:",7,"Michigan Ross"),(15,"More on McCombs:",3,"UT Austin McCombs"),
 (16,"More on Cornell Johnson:",2,"Cornell Johnson"),(17,"More on UCLA Anderson:",4,"UCLA Anderson"),
 (19,"More on NYU Stern:",3,"NYU Stern"),(20,"More on CMU Tepper",2,"Carnegie Mellon Tepper"),
 (21,"More on UNC Kenan-Flagler",2,"UNC Kenan-Flagler"),(22,"More on Emory Goizueta",4,"Emory Goizueta"),
 (23,"More on USC Marshall",2,"USC Marshall"),(24,"More on Georgetown McDonough",2,"Georgetown McDonough"),
 (25,"More on Indiana Kelley",1,"Indiana Kelley"),(26,"More on UW Foster",2,"UW Foster"),(27,"More on Rice Jones",1,"Rice Jones")]
related=[
 R(HUB+f"/div[{i}]/div[2]", h, n, "inline", amb=True, note=f"'{h}' list of {n} of the site's own guides in the {s} hub card (a headed related list, but part of the hub page's ranked cards a reader came for)")
 for i,h,n,s in SCHOOLS
]+[
 R(HUB+"/div[3]/div[2]", "MBA Industry Reports:", 3, "inline", amb=True, note="'MBA Industry Reports:' list (Investment Banking / Consulting Industry Report, Top MBA Employers) in the 'MBA Industry Reports' hub card, as the schools' lists"),
 R(E+"/div[3]/div[1]/div", "Important Resources", 9, "inline", note="red 'Important Resources' link box under the hub cards (deadlines, international students, best MBA for IB / PM, interview guides, acceptance rates, GMAT, GPA)"),
 R(E+"/div[3]/div[2]/div", "Other MBA Admission Tracks", 9, "inline", note="dark 'Other MBA Admission Tracks' link box beside it (international schools, deferred admission, EMBA / part-time / dual-degree guides)"),
 R(E+"/ul[1]", "You can read in-depth analysis of each major ranking on their individual pages:", 5, "inline", note="list of five ranking-analysis pages (U.S. News, FT, Forbes, Businessweek, Economist) under a lead-in ending in ':' (9.1: the list, titled by the lead-in)"),
 R(E+"/div[6]", "Overview & Analysis of Major MBA Rankings", 5, "after", note="'Overview & Analysis of Major MBA Rankings' link box closing the page (the same five ranking pages)"),
]
ctas=[
 C("other", "Apply to Work With Us", "outside", HD+"/div[2]", note="desktop header 'Apply to Work With Us' button (opens the Paperform client application; an application for the paid service: a sales funnel, `other`)"),
 C("other", "Apply to Work with Us", "outside", HD+"/div[3]", amb=True, note="alternative header 'Apply to Work with Us' popup button (class cta-hideshow, the variant the CTA switch shows instead) with an empty iframe popup"),
 C("other", "Apply to Work With Us", "outside", HD+"/nav/div[2]", amb=True, note="mobile copy of the 'Apply to Work With Us' button (d-lg-none, 9.3)"),
 C("other", "Apply to Work with Us", "outside", HD+"/nav/div[3]", amb=True, note="mobile copy of the alternative popup button (d-lg-none cta-hideshow-mobile)"),
 C("other", "Apply to Work With Us", "outside", "/html/body/div[1]/template/div/ul/li[2]", amb=True, note="'Apply to Work With Us' entry of the mobile menu <template> (10.8)"),
 C("other", "Test Prep for Top MBA Programs The best way to improve your chances at a top program is to earn the highest", "inline", HUB+"/div[18]", amb=True, note="'Test Prep for Top MBA Programs' card among the hub cards: blurb and 'Our Test Prep Services' links 'Find a GRE Tutor' / 'Find a GMAT Tutor' (the site's own service promo inside the body)"),
 C("other", "Understanding the rankings of business schools is easier with the help of MBA consultants who can guide", "after", E+"/p[25]", amb=True, note="closing sentence of the text with an 'MBA consultants' link to the consulting service (10.1)"),
 C("contact", "info@menlocoaching.com", "outside", FT+"/p", amb=True, note="footer e-mail link under the logo, no button or form (convention 2)"),
 C("follow", "", "outside", FT+"/a", note="footer LinkedIn icon (company page)"),
]
ads=[]
