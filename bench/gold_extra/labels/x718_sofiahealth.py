from _dsl import *
FILE="wcxb/html/0224.html.gz"
# Sofia Health (sofia-health.com, Divi theme builder; a wellness-provider marketplace) price guide 'How Much Does a Meditation
# Class Cost?': header in two Divi code modules: desktop nav (logo; Services / Products / Discover drop-down toggles, Employers,
# Providers; 'Login' link and a 'Get Started' provider sign-up link to /set-up-your-business/; the three drop-down boxes of
# category links with taglines and 'Browse all categories') and a mobile nav (logo, burger; drop-down list with 'Login' and
# 'Get Started' entries and copies of the category lists); hero band ('Meditation Class / $50 - $150 / Average Price' and a
# 'Find a Meditation Class Near Me' button to the booking search); breadcrumbs; post content (h1, intro, Benefits list whose
# lead-in links 'Meditation offers a wide range of benefits' to the site's blog article, four 601x261 'Meditation-CTA-1..4'
# image banners linking to the booking search /s/meditation/near-me/ (after Benefits, after Additional Costs, after How to
# Choose, after the FAQ), price-table and stock images, sections on costs / factors / choosing an instructor / 'Booking a
# Meditation Class on Sofia Health' (body text with a homepage link), FAQ of ten questions); 'How it Works' band of three
# link-less tiles Search / Chat / Book; footer in two code modules: desktop (logo, five headed menu columns Customers /
# Providers / Employers / Company / Support, 'Subscribe to our newsletter / Don't miss out!' heading with a ConvertKit inline
# form beside it, social icons Facebook / Instagram / TikTok / LinkedIn / YouTube / Twitter, legal text, copyright) and a
# mobile copy (accordion columns with toggle buttons, social icons, newsletter heading and the same ConvertKit form).
# No ads and no ad markup.
# Not labelled: nav links and drop-down category boxes ('Browse all categories'), 'Login', breadcrumbs, keyword links of the text
# (the Benefits lead-in 'Meditation offers a wide range of benefits' to the site's blog article: a keyword link, not a pointer) and
# to service pages ('sleep', 'meal plans', 'personalized coaching', the homepage link in 'Booking a Meditation Class'), outside
# source links, price-table and stock images (no link), the FAQ (body), the closing marketplace description p[17] (no ask, no
# link), footer menu columns of both copies (incl. 'Sign Up', 'Set Up Your Practice', 'Contact us' among menu links), legal text,
# copyright, the ConvertKit and popups-for-divi scripts (no box of their own).
HD="/html/body/div[1]/div/header/div"
NAV=HD+"/div[1]/div/div/div/div/nav"
BD="/html/body/div[1]/div/div/div/div/div"
PC=BD+"/div[3]/div/div/div"
F1="/html/body/div[1]/div/div/footer/div[1]/div/div/div/div/div"
F2="/html/body/div[1]/div/div/footer/div[2]/div/div/div"
related=[]
ctas=[
 C("other", "Get Started", "outside", NAV+"/div[4]/div[2]", amb=True, note="desktop header 'Get Started' link (provider sign-up, /set-up-your-business/) beside 'Login' (11.7: a sign-up beside a log-in is an `amb` `other`)"),
 C("other", "Get Started", "outside", HD+"/div[2]/div/div/div/div/nav/div/div[3]/div/li[2]", amb=True, note="'Get Started' entry of the mobile burger menu (mobile copy of the header sign-up, 9.3 / 11.7)"),
 C("other", "Find a Meditation Class Near Me", "before", BD+"/div[1]/div/div[1]/div[4]", note="hero band button 'Find a Meditation Class Near Me' to the site's booking search, above the breadcrumbs and the text"),
 C("other", "", "inline", PC+"/p[4]", note="image banner 'Meditation-CTA-1' (601x261, no alt) linking to the booking search /s/meditation/near-me/, after the Benefits list (own-site promo banner in the text)"),
 C("other", "", "inline", PC+"/p[12]", note="image banner 'Meditation-CTA-2' to the booking search, after 'Additional Costs to Consider'"),
 C("other", "", "inline", PC+"/p[15]", note="image banner 'Meditation-CTA-3' to the booking search, after 'How to Choose a Meditation Instructor'"),
 C("other", "", "after", PC+"/p[31]", note="image banner 'Meditation-CTA-4' to the booking search, closing the post content after the FAQ"),
 C("other", "How it Works Search Search services and products based on your wellness goals, symptoms, or preferred", "after|outside", BD+"/div[4]", amb=True, note="'How it Works' band under the post: three link-less tiles Search / Chat / Book pitching the marketplace; no button (a service pitch with no control, as p38's block)"),
 C("newsletter", "Subscribe", "outside", F1+"/div[2]", note="desktop footer ConvertKit inline e-mail form beside the 'Subscribe to our newsletter / Don't miss out!' heading (the heading sits in the sibling column box)"),
 C("follow", "tiktok youtube", "outside", F1+"/div[3]", note="desktop footer social icons (Facebook, Instagram, TikTok, LinkedIn, YouTube, Twitter)"),
 C("newsletter", "Subscribe", "outside", F2+"/div[2]", amb=True, note="mobile footer copy of the ConvertKit newsletter form (second footer module with accordion columns, 9.3)"),
 C("follow", "tiktok youtube", "outside", F2+"/div[1]/div[2]", amb=True, note="mobile footer copy of the social icons (9.3)"),
]
ads=[]
