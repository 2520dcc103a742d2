from _dsl import *
FILE="wcxb/html/0002.html.gz"
# Tastewise blog (WordPress/Timber, NitroPack) post 'Top 10 Health and Nutrition Trends to Watch': header (logo, mega
# menu ending in a menu copy of the two buttons, 'Book a Demo' / 'Get a Custom Report' buttons); hero (breadcrumbs, category, h1, author/date/reading time);
# left sticky column (table of contents, 'See this trend inside Tastewise Book a demo' box); text (key takeaways,
# 'Want to Go Deeper? ... Functional Nutrition 2025 Report' line with 'Download the eBook' button, ten trends with
# three 'Did you know?' stat quotes, table, FAQ section), author bio, 'Get more real-time trends with Tastewise Book a
# demo' box; 'Read more from Kelia Losa Reinoso' carousel (4 posts); demo-request HubSpot form band ('We'd love to
# learn your goals...'); hidden lightbox copy of that form; back-to-top; footer ('Get a Custom Report' button,
# newsletter HubSpot sign-up, Quick Links and Trending Queries menus, 'Contact us' social links). No ad slots.
# Not labelled: menus, breadcrumbs, table of contents, in-sentence survey/report links, 'Did you know?' stat quotes,
# FAQ, author bio, back-to-top button, footer menus (incl. Free Trial, Pricing), cookie settings button.
CO="/html/body/main/article/section[2]/div/div/div[2]"
FT="/html/body/footer/div"
related=[
 R("/html/body/main/article/section[3]", "Read more from Kelia Losa Reinoso", 4, "after", note="'Read more from Kelia Losa Reinoso' carousel of 4 post cards under the article"),
]
ctas=[
 C("other", "Book a Demo Get a Custom Report", "outside", "/html/body/header/div/div/div", note="header buttons: Book a Demo, Get a Custom Report"),
 C("other", "Book a Demo", "outside", "/html/body/header/div/div/nav/a[1]", amb=True, note="'Book a Demo' button at the end of the main menu (menu copy of the header button)"),
 C("other", "Get a Custom Report", "outside", "/html/body/header/div/div/nav/a[2]", amb=True, note="'Get a Custom Report' button at the end of the main menu (menu copy of the header button)"),
 C("other", "See this trend inside Tastewise Book a demo", "outside", "/html/body/main/article/section[2]/div/div/div[1]/aside/div[2]", note="left sticky column demo box under the table of contents"),
 C("other", "Download the eBook", "inline", CO+"/div[1]", amb=True, note="in-text 'Download the eBook' button after the 'Want to Go Deeper? Access the full picture in our Functional Nutrition 2025 Report' line (lead funnel for the site's own report)"),
 C("other", "Get more real-time trends with Tastewise Book a demo", "after", CO+"/div[3]", note="demo box under the author bio"),
 C("other", "We’d love to learn your goals and see how Tastewise fits", "after|outside", "/html/body/main/article/section[4]", note="demo-request band with heading and HubSpot form (script-filled) under the related carousel"),
 C("other", "We’d love to learn your goals and see how Tastewise fits", "outside", "/html/body/main/article/section[5]", amb=True, note="hidden lightbox copy of the demo-request form, opened by the 'Book a demo' buttons"),
 C("other", "Get a Custom Report", "outside", FT+"/div[1]/a[2]", note="footer 'Get a Custom Report' button"),
 C("newsletter", "Sign up for our newsletter Sign up for our latest trend reports", "outside", FT+"/div[2]/div[1]", note="footer newsletter column: title, prompt, HubSpot form (script-filled), consent line"),
 C("follow", "Contact us Facebook Instagram LinkedIn Twitter", "outside", FT+"/div[2]/div[4]", note="footer 'Contact us' column of social links"),
]
ads=[]
