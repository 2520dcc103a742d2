from _dsl import *
FILE="trafilatura-eval/html/laweekly.com-Cultivation.html.gz"
# LA Weekly (WordPress, 15Zine theme) artist interview 'Meet Cultural Cultivation Artist Alexandria Douziech': top menu
# (About/Staff/Contact/E-Edition/year archive, search + Twitter/Facebook/Instagram icons), mobile menu copy, AdGlare
# header zone, search modal, main nav with mega-menu story lists, article (featured image with title/byline and share
# icons, Q&A text ending with the artist's website/IG handles, ~100 empty paragraphs, editor's note and advertising
# disclosure, Jetpack 'Share this:' row), Public Good widget, AdGlare 728 zone, Flipp 'Featured Local Savings' slot;
# sticky sidebar (3 AdGlare 300 zones, newsletter form, 'Latest Articles'); footer (search, Instagram feed, social icons,
# footer menu Pick Us Up/Contact/Policies); cookie notice.
# Not labelled: menus and the nav mega-menu story lists, search modal/widget, editor's note and advertising disclosure
# (disclaimers), cookie notice, footer menu (Contact among three links), back-to-top.
AR="/html/body/div[3]/div/div/div[1]/article"
SB="/html/body/div[3]/div/div/div[2]/aside"
related=[
 R(SB+"/div[4]", "Latest Articles", 4, "outside", note="sidebar 'Latest Articles' widget with 4 teasers"),
]
ctas=[
 C("follow", "Search", "outside", "/html/body/div[1]/div[1]/div/ul[2]", amb=True, note="top-menu right side: search trigger + Twitter/Facebook/Instagram profile icons (mixed row)"),
 C("share", "", "before", AR+"/div[1]/div[2]/div[2]", note="Facebook/Twitter/Email share icons under the byline in the featured-image header"),
 C("share", "Share this:", "after", AR+"/section/div", note="Jetpack 'Share this:' row (Twitter, Facebook, LinkedIn, Reddit, More...) after the text"),
 C("donate", "", "after", AR+"/div[2]", amb=True, note="empty Public Good (cause/take-action) widget container under the article, filled by script"),
 C("newsletter", "Subscribe To Our Newsletter", "outside", SB+"/div[2]", note="sidebar newsletter form (name, e-mail, topic checkboxes)"),
 C("follow", "laweekly LAWeekly Instagram: Featuring the culture of LA since 1978", "outside", "/html/body/footer/div[1]/div/div[2]", note="footer Instagram feed widget with 'Load More...' and 'Follow on Instagram'"),
 C("follow", "", "outside", "/html/body/footer/div[1]/div/div[3]", note="footer Instagram/Facebook/Twitter profile icons"),
 C("follow", "", "outside", "/html/body/footer/div[2]/div", amb=True, note="empty second Instagram feed widget container in the under-footer"),
]
ads=[
 A("/html/body/div[1]/div[3]/div", "before|outside", "AdGlare header zone (law_center_ad, span#zone740002969) under the logo"),
 A(AR+"/div[3]", "after", "AdGlare 'Arts 728 x 90' zone (law_center_ad_728) under the article"),
 A(AR+"/div[4]", "after", "Flipp 'Featured Local Savings' circular slot (heading hidden until filled)", amb=True),
 A(SB+"/div[1]", "outside", "sidebar AdGlare 300 zone (custom_html-2)"),
 A(SB+"/div[3]", "outside", "sidebar AdGlare 300 zone (custom_html-4)"),
 A(SB+"/div[5]", "outside", "sidebar AdGlare 300 zone (custom_html-3)"),
]
