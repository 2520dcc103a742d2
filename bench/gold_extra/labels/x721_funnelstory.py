from _dsl import *
FILE="wcxb/html/0446.html.gz"
# FunnelStory (funnelstory.ai, Next.js/Tailwind SaaS site) engineering blog post 'Scaling Go Testing with Contract and
# Scenario Mocks': closable announcement bar at the very top ('Awarded as the top customer success solution by Winning by
# Design - 2025' / 'Learn More' / '✕', the whole bar a link to an einpresswire press release); sticky nav (logo; hamburger;
# nav-wrapper with 'Solutions' dropdown (four use-case pages), Customers, Pricing, 'Resources' dropdown (Blog, ROI
# Calculator, Documentation, Prompt Library, Webinars, 'Join our Slack community'), and a 'Sign In' / 'Start Free Trial'
# pair for the burger menu (xl:hidden); desktop 'Sign In' link and 'Start Free Trial' button (md:flex)); article section:
# left sticky 'In this article' table of contents (13 in-page anchors, desktop only), article column (title line,
# standfirst, author avatar / 'By Preetam Jinka' / date / read time, text with h3/h4 sections, blockquotes, Go code blocks,
# a 'The Toolkit' list of three external package links, 'Summary'); under the text a bare e-mail form ('Enter your email'
# / 'Subscribe'); empty Toastify container; footer (logo, Twitter and LinkedIn icons, copyright, menu columns Explore /
# Solutions / Company / Resources / Legal, the Legal column ending in 'Mail us [email protected]').
# No related block in the HTML (no further-reading list, no pointer to another post); no ad markup, no ad slot.
# Not labelled: logo, nav dropdowns (incl. 'Join our Slack community' and 'Documentation' among the Resources menu links),
# 'Sign In' links (log-in, no ask), the 'In this article' table of contents, author line, in-text links to reddit and
# pkg.go.dev (references, not pointers to site content), the empty Toastify container, footer menu columns (incl. 'Join the
# Team', 'Support', 'All systems operational' among menu links), copyright, the Cloudflare e-mail-decode script.
NAV="/html/body/div/nav/div/div/div"
FT="/html/body/div/footer/div/div"
related=[]
ctas=[
 C("other", "Awarded as the top customer success solution by Winning by Design - 2025 Learn More", "before|outside", "/html/body/div/a", amb=True, note="closable gradient announcement bar at the very top of the page: 'Awarded as the top customer success solution by Winning by Design - 2025' with a 'Learn More' pill and '✕', linking to the award press release (a self-promo bar, not an ask to buy: a reader could take it as a one-link news pointer)"),
 C("other", "Start Free Trial", "outside", NAV+"/div[3]/div[2]", note="desktop header 'Start Free Trial' button (app signup) beside the 'Sign In' link (11.7: a trial button is a plain `other`)"),
 C("other", "Start Free Trial", "outside", NAV+"/div[2]/div/div[5]/a[2]", amb=True, note="'Start Free Trial' button copy under 'Sign In' at the foot of the burger menu (xl:hidden: hidden on desktop, 9.3)"),
 C("newsletter", "Subscribe", "after", "/html/body/div/div[1]/section/div[2]", note="e-mail form under the article text ('Enter your email' field and 'Subscribe' button), the blog's e-mail sign-up"),
 C("follow", "", "outside", FT+"/ul/li[1]/div", note="footer Twitter and LinkedIn icons (the company's profiles) above the copyright"),
 C("contact", "Mail us [email protected]", "outside", FT+"/div[5]/ul/li[6]", amb=True, note="'Mail us [email protected]' line closing the footer 'Legal' column: an e-mail link with no button or form (convention 2)"),
]
ads=[]
