from _dsl import *
FILE="wcxb/html/0171.html.gz"
# Leadfeeder (leadfeeder.com/blog, static blog of a B2B SaaS) post 'State of SEO in 2026: Trends and Predictions': off-canvas
# 'pushy' mobile menu (hidden until the burger opens it: nav copy and a mobile-sticky-bottom row 'Login' / 'See my leads');
# desktop top bar (logo, nav Pricing / Product / Solutions / Resources / Company drop-downs, 'Login' link and 'See my leads'
# sign-up button, burger toggle); post header (breadcrumbs Blog / B2B Marketing, h1, date, author, header image); left
# sticky column (table of contents, 'Share' panel Facebook / LinkedIn / Twitter); article column (intro, markdown text with
# keyword links to sources and two own posts inside ordinary sentences, closing 'On the note of SEO…' lead-in and a
# Leadfeeder pitch paragraph; author bio ending 'You can reach out to Sam on LinkedIn!'; 'Now that you're here' box with
# 'Sign up' button); dark 'Leadfeeder knows the companies visiting your website' band ('See for yourself', 'Free trial. No
# credit card required.') with an 'As seen in' press-logo row; footer (desktop: logo, tagline, five social icons, Product /
# Resources / Company / Other / Compare link columns; a footer-mobile copy of the same).
# No related block and no ad slot on the page (no ad markup; GTM only).
# Not labelled: nav menus and their pushy copy, 'Login' links, breadcrumbs, table of contents, keyword links inside
# ordinary sentences ('outrank competitors', 'B2B marketing and sales content', sources), 'As seen in' press logos, footer
# link columns (incl. 'Contact Us' mailto and 'Request a Feature' among menu links; 'Compare' pages are product pages),
# 'Cookie settings'.
A0="/html/body/article"
AC=A0+"/div[2]/div/div[2]"
FT=A0+"/footer/div"
related=[]
ctas=[
 C("other", "See my leads", "outside", A0+"/div[1]/div/div[2]/span[2]", amb=True, note="header 'See my leads' button (to the sign-up start page) beside the 'Login' link: a sign-up beside a log-in (11.7; as x683 no item for the pair)"),
 C("other", "See my leads", "outside", "/html/body/nav/div[3]/div[2]", amb=True, note="'See my leads' sign-up button copy in the off-canvas mobile menu's sticky bottom row (hidden menu, 9.3 / 11.7)"),
 C("share", "Share", "before|outside", A0+"/div[2]/div/div[1]/div", note="'Share' panel (Facebook, LinkedIn, Twitter) in the sticky left column under the table of contents, beside the text"),
 C("other", "What if you could turn that anonymous traffic into real company names to help you identify highly qualified leads?", "after", AC+"/div[2]/p[59]", amb=True, note="closing paragraph of the text (after the 'On the note of SEO…' lead-in) pitching Leadfeeder with a link to the product home (10.1)"),
 C("follow", "By Sam O'Brien Sam is the revenue-focused VP of Marketing at Dealfront", "after", AC+"/div[3]", amb=True, note="author bio under the text ending 'You can reach out to Sam on LinkedIn!' (author-bio social link)"),
 C("other", "Now that you're here Leadfeeder is a tool that shows you companies that visit your website.", "after", AC+"/div[4]", note="'Now that you're here' product box with 'Sign up' button under the author bio (sign-up funnel)"),
 C("other", "Leadfeeder knows the companies visiting your website Install today to start identifying new business opportunities.", "after|outside", A0+"/section/div[1]", note="dark CTA band 'Leadfeeder knows the companies visiting your website' with 'See for yourself' button and 'Free trial. No credit card required.' between the article and the footer (trial funnel)"),
 C("follow", "", "outside", FT+"/div[1]/div[1]/div", note="footer social icons (Twitter, Facebook, LinkedIn, Instagram, YouTube) under the desktop footer logo"),
 C("follow", "", "outside", FT+"/div[2]/div[4]/div/div", amb=True, note="copy of the footer social icons in the footer-mobile block (9.3)"),
]
ads=[]
