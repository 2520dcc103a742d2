from _dsl import *
FILE="wcxb/html/0358.html.gz"
# Siteline (Webflow) blog post 'Top 39 Electrical Construction Companies in 2025': announcement bar ('FREE WEBINAR: For the
# Love of Liens ... Register Now →'); navbar (logo, Features / Solutions / Resources dropdowns, Pricing, Case Studies,
# Careers; right 'Login' and 'Get a Demo' buttons); post header (tag, h1, author LinkedIn link, dates, reading time); body
# (intro, revenue table of 39 companies, 'Free Download: Top 50 Fastest-Paying GCs ... Download Now' box, a hidden 5-minute
# demo form box, ten company profiles each ending 'Visit ...'s website to learn more.', closing section with 'Schedule a
# demo'); author box; side column (empty script-filled Table of Contents, 'Sponsored by:' label and a Siteline ad image
# linking to /demo, 'Share this post' LinkedIn / X / Facebook); hidden blog sign-up panel; 'Get paid on time, every time
# with Siteline. Schedule demo' panel; hidden 'Join our team' panel; 'More blog posts' (3 cards); footer (social icons,
# Features / Challenges / Users / Resources / About columns, hidden 'lien waiver states' directory and hidden 'Popular
# Content' list toggled by footer links, legal links); cookie banner.
# Not labelled: navigation menus and dropdowns, 'Login' alone, post meta, company table and 'Visit ... website' lines (body,
# external company sites), trademark note, author box, empty TOC, footer navigation columns (incl. 'Contact Us' and
# 'Referral Program' entries), lien waiver states directory (convention 6), cookie banner.
PB="/html/body/div[4]/div[1]/div/div[2]/div[1]"
SN="/html/body/div[4]/div[1]/div/div[2]/div[2]"
related=[
 R("/html/body/div[4]/div[4]", "More blog posts", 3, "after", note="'More blog posts' band of 3 cards under the article (field-to-office communication, progress payments, retainage)"),
 R("/html/body/footer/div/div/div[5]", "Popular Content", 24, "outside", amb=True, note="footer 'Popular Content' list of 24 blog posts, hidden until the footer 'Popular Content' link toggles it"),
]
ctas=[
 C("other", "FREE WEBINAR:For the Love of Liens: Protecting Your Payments from Start to FinishRegister Now →", "before|outside", "/html/body/div[2]", note="announcement bar above the navbar: free webinar with 'Register Now →'"),
 C("other", "Login Get a Demo", "outside", "/html/body/div[3]/div/nav/div[2]", note="navbar right bar: 'Login' and 'Get a Demo' buttons (9.2: one CTA on the bar, kind from the demo ask)"),
 C("other", "Get a Demo", "outside", "/html/body/div[3]/div/nav/div[2]/a[2]", amb=True, note="'Get a Demo' button of the navbar bar (9.2: each button an amb item)"),
 C("other", "Free Download Top 50 Fastest-Paying GCs in Commercial Construction", "inline", PB+"/div[3]", note="in-text 'Free Download' box with 'Download Now' button (gated report, lead funnel)"),
 C("other", "Free Download Top 50 Fastest-Paying GCs in Commercial Construction Watch Demo", "inline", PB+"/div[4]", amb=True, note="second blog_cta box, its content hidden (w-condition-invisible): 'Watch Demo' button and 5-minute demo form (name, e-mail, phone, company)"),
 C("other", "Construction billing software, like Siteline, can help you have more working capital", "after", PB+"/div[5]/p[83]", amb=True, note="closing sentence of the text with 'Schedule a demo' link (10.1; kept in the wcxb ground truth)"),
 C("share", "Share this post", "outside", SN+"/div[3]", note="'Share this post' LinkedIn / X / Facebook buttons in the side column beside the text"),
 C("newsletter", "Be the first to get billing tips, industry news, and Siteline updates — just for subs.", "after", "/html/body/div[4]/div[1]/div/div[3]/div", amb=True, note="blog sign-up panel with e-mail form, hidden by Webflow condition (w-condition-invisible)"),
 C("other", "Get paid on time, every time with Siteline. Schedule demo", "after", "/html/body/div[4]/div[2]", note="'Get paid on time, every time with Siteline.' panel with 'Schedule demo' button under the article"),
 C("other", "Join our team We're hiring experienced and hungry people", "after", "/html/body/div[4]/div[3]", amb=True, note="'Join our team' careers panel, hidden by Webflow condition (w-condition-invisible)"),
 C("follow", "", "outside", "/html/body/footer/div/div/div[1]/div[2]", note="footer social icons: X, LinkedIn, Facebook"),
]
ads=[
 A(SN+"/a", "outside", "side-column 'siteline_ad' image linking to /demo under the 'Sponsored by:' label (own-site ad markup, convention 3)"),
 A(SN+"/div[2]", "outside", amb=True, note="'Sponsored by:' label (ad_text_holder) of the siteline_ad image, a sibling with no common box of its own"),
]
