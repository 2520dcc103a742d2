from _dsl import *
FILE="wcxb/html/0151.html.gz"
# GlossGenius (glossgenius.com, Webflow; booking and payments software for beauty and wellness businesses) blog post
# 'How Much Should You Charge For A Yoga Class?': header (logo; how it works / customers / resources drop-down menus,
# pricing, login; desktop bar 'GET DEMO' / 'Start free trial'; mobile bar 'Get Demo' / 'start free trial' and menu
# button); a second header copy in a w-condition-invisible wrapper (Webflow: not rendered); page: blog header (tagline,
# h1, summary, author and date, share icons Instagram / Facebook / X / share with 'COPIED!', 'Start free trial' button
# and a w-condition-invisible 'Get a demo' button); two columns: left (table of contents filled by script, 'Start your
# 14-day free trial with GlossGenius today! / Start free trial / No credit card required.' card) and right (text with
# two '[CTA_MODULE]' placeholder paragraphs, a whole-paragraph link 'GlossGenius offers Online Booking ...', closing
# section 'Transform Your Yoga Business with GlossGenius' ending 'Try GlossGenius today for 14 days free ...'; blog__ctas
# holder: empty tip-cta, two 'Sign up and try GlossGenius for 14 days free! / Start Now' boxes that the page script
# copies into the [CTA_MODULE] places, an ROI-calculator box (HubSpot form and savings cards) that no [CALC_MODULE]
# place calls; 'Join Our Genius Newsletter' HubSpot form card); a gated copy of the whole post in a w-condition-invisible
# wrapper (header with share icons, text, blog__ctas with a 'Download Now' form, two sign-up boxes, newsletter card,
# right column 'Download Now' template form and a post-submit trial card); black band: 'Related Posts' swiper of 4 post
# cards with prev/next arrows, 'Get five-star service & support ... start free trial' card, footer (Platform /
# Resources / Company / Legal columns, Instagram / Facebook / X icons, copyright, cookie settings). Scripts: HubSpot
# forms, Ada chat embed (no box). No ads and no ad markup.
# Not labelled: menus (drop-downs incl. 'Get A Demo' and 'Contact Support' entries, pricing, login), menu button,
# tagline and byline, the table of contents, in-sentence links to other posts and product pages (p[2] 'want to charge',
# p[5] 'yoga business', p[17] 'how much to charge', p[31] 'yoga instructors', 'Point of Sale', 'Finances', 'Payments':
# links on terms), the empty tip-cta boxes, the gated copy's text and TOC, the post-submit trial cards inside the gated
# forms (parts of their form widgets), footer link columns, copyright and cookie settings, Ada / HubSpot scripts.
H="/html/body/div[2]/header/div[2]/div[2]/div[2]/div"
H2="/html/body/div[3]/header/div[2]/div[2]/div[2]/div"
L="/html/body/div[5]/div/div[1]"
HC=L+"/div[1]/div[3]/div/div[2]"
BL=L+"/div[2]/div/div[1]"
BR=BL+"/div[3]"
T=BR+"/div[3]"
G="/html/body/div[5]/div/div[2]/div[3]/div/div[1]/div"
RS="/html/body/div[5]/div/div[3]/div[3]"
ST="Sign up and try GlossGenius for 14 days free! Start Now No credit card required."
related=[
 R(RS+"/div[2]", "Related Posts", 4, "after|outside", note="'Related Posts' swiper in the black band under the article: 9 Best Gym Scheduling Software; 8 Best Yoga Studio Websites to Inspire Yours; Charging What You're Worth ...; How Much Should You Raise Your Prices? ..."),
]
ctas=[
 C("other", "GET DEMO Start free trial", "outside", H+"/nav/div[4]", note="desktop header bar 'GET DEMO' / 'Start free trial' (demo and trial buttons: plain `other`, 11.7; one CTA on the bar, 9.2)"),
 C("other", "GET DEMO", "outside", H+"/nav/div[4]/a", amb=True, note="'GET DEMO' link of the header bar (9.2)"),
 C("other", "Start free trial", "outside", H+"/nav/div[4]/div", amb=True, note="'Start free trial' button of the header bar (9.2)"),
 C("other", "Get Demo start free trial", "outside", H+"/div/div[1]", amb=True, note="mobile header pair 'Get Demo' / 'start free trial' beside the menu button (nav__mobile-ctas; 9.3)"),
 C("other", "GET DEMO", "outside", H2+"/nav/div[4]", amb=True, note="header bar of the second header copy, inside a w-condition-invisible wrapper (not rendered; 9.3)"),
 C("other", "Get Demo start free trial", "outside", H2+"/div/div[1]", amb=True, note="mobile pair of the hidden second header copy (9.3)"),
 C("share", "", "before", HC+"/div[3]/div[2]", note="share icons (Instagram, Facebook, X, share/copy with 'COPIED!' notice) beside the author and date in the blog header"),
 C("other", "Start free trial", "before", HC+"/div[4]", note="blog-header 'Start free trial' button (app signup) under the byline; its 'Get a demo' sibling is w-condition-invisible"),
 C("other", "Get a demo", "before", HC+"/div[4]/a[3]", amb=True, note="w-condition-invisible 'Get a demo' button of the blog-header pair (not rendered)"),
 C("other", "Start your 14-day free trial with GlossGenius today! Start free trial No credit card required.", "outside", BL+"/div[1]/div[3]", note="left-column trial card under the table of contents, beside the text"),
 C("other", "[CTA_MODULE]", "inline", T+"/p[10]", amb=True, note="'[CTA_MODULE]' placeholder paragraph after 'Private Events': the page script puts the first 'Sign up and try GlossGenius' box here and removes the paragraph (an unrendered shortcode left as text)"),
 C("other", "[CTA_MODULE]", "inline", T+"/p[18]", amb=True, note="second '[CTA_MODULE]' placeholder paragraph, before 'The Size of the Yoga Studio' (the second box goes here)"),
 C("other", "GlossGenius offers Online Booking for individuals, which can help you seamlessly schedule sessions.", "inline", T+"/p[24]", amb=True, note="whole-paragraph link to the product page 'Online Booking' after the 'Demand' section: the site's own product pitch in the text (a reader may call it body)"),
 C("other", "Try GlossGenius today for 14 days free and see how we can help you transform your yoga business!", "after", T+"/p[32]", amb=True, note="closing sentence of the text, all of it a link to the app signup (10.1: amb)"),
 C("other", ST, "inline", BR+"/div[5]/div[2]", note="'Sign up and try GlossGenius for 14 days free! / Start Now / No credit card required.' box (blog-cta) in the blog__ctas holder after the text; the page script copies it into the first [CTA_MODULE] place in the text, where the reader sees it"),
 C("other", ST, "inline", BR+"/div[5]/div[3]", note="second 'Sign up and try GlossGenius' box, copied into the second [CTA_MODULE] place"),
 C("other", "You will save per year$7,000in software & payment processing fees", "after", BR+"/div[5]/div[4]", amb=True, note="ROI-calculator box (calc-cta: HubSpot form and 'You will save per year / month' cards) in the blog__ctas holder; the script only copies it to a [CALC_MODULE] place and the text has none: a dormant template (11.3)"),
 C("newsletter", "Join Our Genius Newsletter Get the latest articles, inspiring how-to\u2019s, and educational workbooks", "after", BR+"/div[6]", note="'Join Our Genius Newsletter' card with HubSpot form under the text"),
 C("share", "", "before", G+"/div[1]/div[1]/div[3]/div[2]", amb=True, note="share icons of the gated copy of the post (w-condition-invisible wrapper, not rendered; as x671)"),
 C("other", "Download Now", "inline", G+"/div[1]/div[4]/div[1]", amb=True, note="gated copy's 'Download Now' template form (form-cta, for a [FORM_MODULE] place) with its post-submit trial card (hidden copy)"),
 C("other", ST, "inline", G+"/div[1]/div[4]/div[3]", amb=True, note="gated copy's first 'Sign up and try GlossGenius' box (hidden copy)"),
 C("other", ST, "inline", G+"/div[1]/div[4]/div[4]", amb=True, note="gated copy's second 'Sign up and try GlossGenius' box (hidden copy)"),
 C("newsletter", "Join Our Genius Newsletter", "after", G+"/div[1]/div[5]", amb=True, note="gated copy's 'Join Our Genius Newsletter' form card (hidden copy)"),
 C("other", "Download Now", "outside", G+"/div[2]", amb=True, note="gated copy's right column: 'Download Now' free-template HubSpot form and post-submit trial card (hidden copy)"),
 C("other", "Get five-star service & support Get complimentary transfer of your books and customer service", "after|outside", RS+"/div[4]", note="'Get five-star service & support' card with 'start free trial' button between the related posts and the footer"),
 C("follow", "", "outside", RS+"/div[6]/footer/div[3]/div[1]/div[5]", note="footer social icons (Instagram, Facebook, X)"),
]
ads=[]
