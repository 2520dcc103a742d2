from _dsl import *
FILE="wcxb/html/4297.html.gz"
# Zenlytic (AI analytics SaaS, Webflow) blog post 'What Features to Look For in an Enterprise Analytics Platform': navbar
# (logo, Product / Docs / Resources / About drop-downs, 'Login' + 'Get a Demo' bar, its copy inside the nav menu for the
# mobile layout); blog header ('Blog' link, h1, summary, empty author link, 'Product' category, date, header image);
# rich-text body (h2/h3 sections, lists, images, FAQs, conclusion ending with the line 'See how Zenlytic works for your
# organization.' linking to the demo page); 'Want to see how Zenlytic can make sense of all of your data? … get a demo'
# box under the text; black 'AI data analysis for all. Get a demo' band; footer (link list incl. 'get a demo', Linkedin /
# X / github link list, 'Questions? Email us to talk to a real live person.' + office address, copyright, sitemap,
# social icons); cookie banner and preferences panel. No related content, no ads (HubSpot meeting links only).
# Not labelled: nav drop-downs, 'Blog' and category links, in-text links (comparison page), footer link list (incl.
# 'Login', 'get a demo'), sitemap/legal links, cookie banner, preferences panel and reopen button.
NV="/html/body/div[1]/div[2]/div/div[2]/div"
BL="/html/body/div[1]/main/header[2]/div/div/div"
FT="/html/body/div[1]/div[3]/div[1]/div/div/div"
related=[]
ctas=[
 C("other", "Login Get a Demo", "outside", NV+"/div[2]/div[2]", note="navbar bar (hide-mobile): 'Login' link and 'Get a Demo' button (demo funnel)"),
 C("other", "Login Get a Demo", "outside", NV+"/div[1]/nav/div/div[5]", amb=True, note="copy of the Login / Get a Demo bar inside the nav menu (mobile layout)"),
 C("other", "See how Zenlytic works for your organization.", "after", BL+"/div[1]/p[80]", amb=True, note="last line of the text linking to the demo-booking page (an ask closing the text: open question, labelled amb after)"),
 C("other", "Want to see how Zenlytic can make sense of all of your data? Sign up below for a demo. get a demo", "after", BL+"/div[2]", note="blog_cta box under the text with 'get a demo' button"),
 C("other", "AI data analysis for all. Get a demo", "after|outside", "/html/body/div[1]/main/section", note="black section_cta band between the post and the footer: heading and 'Get a demo' button (plus its modal copy)"),
 C("follow", "Linkedin X github", "outside", FT+"/div[3]", note="footer link list of the company's LinkedIn, X and GitHub profiles"),
 C("contact", "Questions? Email us to talk to a real live person. hello@zenlytic.com", "outside", FT+"/div[4]", amb=True, note="footer 'Questions?' line with mailto address and office address (no button or form: convention 2)"),
 C("follow", "", "outside", FT+"/div[7]", note="footer social icons (GitHub, Twitter, LinkedIn)"),
]
ads=[]
