from _dsl import *
FILE="wcxb/html/0439.html.gz"
# InstaTunnel (localhost tunneling SaaS, Next.js/Tailwind) blog post 'Windows LDAP DoS: The Integer Overflow Crashing Domain
# Controllers': fixed top nav (logo, Pricing / Docs / Download links, 'Dashboard' and 'Get Started Free' buttons, mobile menu
# button); article header (category, date, read time, views, h1, 'InstaTunnel Team' byline); hero image; text (h1 again, h2/h3
# sections, lists, conclusion); 'Share this article' buttons (X, LinkedIn, Copy Link); 'More InstaTunnel Insights' band with a
# 'Browse All Articles' button; footer (brand blurb, status box, Product / Company link columns, 'Connect' column with X, YouTube,
# Medium, Discord, Reddit, Email Support, NPM Package; copyright, legal links); back-to-top button. No ad markup.
# Not labelled: nav links, byline and meta, status box, Product and Company footer columns (menus, incl. Contact), legal links,
# back-to-top button.
related=[
 R("/html/body/main/section", "More InstaTunnel Insights", 0, "after|outside", amb=True, note="'More InstaTunnel Insights' band: blurb and a 'Browse All Articles' button to the blog index, no story items (recirculation module without items)"),
]
ctas=[
 C("other", "More InstaTunnel Insights Browse All Articles", "after|outside", "/html/body/main/section", amb=True, note="the same band read as a promo with one button to the blog index (10.6: an amb CTA may stand beside an amb related band; added after the reading of T)"),
 C("other", "Dashboard Get Started Free", "outside", "/html/body/nav/div/div/div[2]", amb=True, note="top nav 'Dashboard' and 'Get Started Free' buttons (sign-up beside a log-in, 11.7; desktop only)"),
 C("share", "Share this article Share on X Share on LinkedIn Copy Link", "after", "/html/body/main/article/div[2]/div/div[2]", note="'Share this article' buttons under the text"),
 C("follow", "Connect X YouTube Medium Discord Reddit Email Support NPM Package", "outside", "/html/body/footer/div[2]/div/div[4]", note="footer 'Connect' column: X, YouTube, Medium, Discord, Reddit links plus Email Support and NPM Package (mostly social profiles, 9.7)"),
]
ads=[]
