from _dsl import *
FILE="wcxb/html/0111.html.gz"
# Housecall Pro (field-service SaaS, WordPress) resource article 'Plumbing Pricing Guide 2025': hidden mobile sticky 'Start Free
# Trial' bar; skip link; header (top promo banner '50% off 2 months ... Save now', Login; logo; mega menus Solutions /
# Industries / Pricing / Resources (with a 'Latest Articles' column of 2 posts) / Company; mobile nav bottom Login / Start free
# trial; header CTA with tel: icon, e-mail 'Start Free Trial' form and a small-screen button); article header (category, h1,
# author, date, read time); entry content: hidden revenue-benchmark multi-step modal, mobile-only CTA wrapper (trial form box
# and 'Want to see your potential revenue?' box), breadcrumbs, image, intro, 'Key takeaways' box, 'Jump ahead' table of
# contents, sections with price tables and several template/trial promo lines ('Want to ...? Download our free ... template'),
# 'Get In Touch / Let us earn your trust' trial form block, closing methodology section, 'Share this on:' Facebook / Twitter /
# LinkedIn, author card; right sidebar (trial form box 'Want to win more jobs with less effort?', revenue-benchmark box, 3 recent
# posts under a lead-in line, 'Follow us' Facebook page plugin iframe); footer (Features / Industries / Resources link columns,
# 'Get in touch:' phone and e-mail, 'Follow our Socials:' icons, accolade images, App Store / Google Play badges, bottom links,
# rating disclaimer, legal links); floating 'See Housecall Pro in action' product-tour widget. No ad slot.
# Not labelled: Login links, menus and mega-menu product/industry links, breadcrumbs, 'Key takeaways' and table of contents, the
# hidden revenue-benchmark modal (the panel its 'open-modal-btn' buttons open, convention 8), the promo sentence closing the
# intro paragraph p[2] ('Grab the template', inside a body paragraph), 'Pro tip' line, author byline and author card, footer link
# columns, accolades, legal links.
H2="/html/body/header/div[2]/div"
EC="/html/body/main/article/div/div[1]"
SB="/html/body/main/article/div/div[2]"
related=[
 R(H2+"/div[1]/nav/ul/li[4]/div/ul/li[5]", "Latest Articles", 2, "outside", amb=True, note="'Latest Articles' column with 2 posts inside the hidden Resources mega-menu"),
 R(SB+"/ul", None, 6, "outside", note="sidebar list of 6 recent posts (plumbing invoice, plumbing contract, marketing for plumbers, PPC, slogans, advertising; the count was 3 before the reading of T: the HTML hides none of the six) with 'READ MORE >', under the lead-in 'Helpful articles about the field service industry...'"),
]
ctas=[
 C("other", "Start Free Trial", "outside", "/html/body/div[1]", amb=True, note="mobile sticky 'Start Free Trial' bar (display:none on desktop, 9.8)"),
 C("other", "🚀 Start 2026 strong: 50% off 2 months + choose a FREE add-on! Save now", "outside", "/html/body/header/div[1]/div/div[2]", note="top promo banner with 'Save now' sign-up link"),
 C("other", "Login Start free trial", "outside", H2+"/div[1]/nav/div[2]", amb=True, note="mobile menu bottom bar: Login and 'Start free trial' (mobile only)"),
 C("other", "Email Start Free Trial Start free trial", "outside", H2+"/div[2]/div[1]", note="header CTA: tel: phone icon, e-mail 'Start Free Trial' form, small-screen 'Start free trial' button (a trial ask, 11.7; two asks, 9.2)"),
 C("contact", "", "outside", H2+"/div[2]/div[1]/a", amb=True, note="header phone icon (tel:) inside the header CTA bar (9.2 item of the bar)"),
 C("other", "Want to win more jobs with less effort? Email Start Free Trial", "before", EC+"/div[2]/div[1]", amb=True, note="mobile-only copy of the trial sign-up box above the text (post-cta-wrapper mobile, 9.3)"),
 C("other", "New Want to see your potential revenue? See what businesses like yours earn", "before", EC+"/div[2]/div[2]", amb=True, note="mobile-only 'Want to see your potential revenue?' revenue-benchmark box opening the benchmark modal (9.3)"),
 C("other", "Want to generate flat rates in minutes? Download our free flat-rate pricing template.", "inline", EC+"/p[10]", amb=True, note="template promo line in the text (own paragraph, site lead magnet)"),
 C("other", "Not sure what to charge—or pay? Use our free Plumbing Labor Rate Calculator", "inline", EC+"/p[12]", amb=True, note="calculator promo line in the text"),
 C("other", "Want to build your price list faster? Download our free Plumbing Price List Template", "inline", EC+"/p[15]", amb=True, note="template promo line in the text"),
 C("other", "Want to skip the math? Use Housecall Pro to automate accurate, consistent quotes for every job.", "inline", EC+"/p[20]", amb=True, note="product promo line in the text"),
 C("other", "Get In Touch: 858-842-5746 Let us earn your trust", "inline", EC+"/div[7]", note="'Get In Touch / Let us earn your trust' block with tel: link, e-mail 'Start Free Trial' form and pricing-page link, between the steps and the worked example"),
 C("other", "Free download: Use our plumbing invoice template", "inline", EC+"/p[36]", amb=True, note="'Free download:' template promo line in the text"),
 C("other", "Start your free 14-day trial and make pricing the easiest part of your business.", "inline", EC+"/p[52]", amb=True, note="free-trial ask closing the software section (before the methodology section)"),
 C("share", "Facebook Twitter LinkedIn", "after", EC+"/ul[7]", note="'Share this on:' list (Facebook, Twitter, LinkedIn) under the text; the label is a sibling span"),
 C("other", "Want to win more jobs with less effort? Email Start Free Trial", "outside", SB+"/div[1]", note="sidebar trial sign-up box with e-mail form"),
 C("other", "New Want to see your potential revenue? See what businesses like yours earn", "outside", SB+"/div[2]", note="sidebar 'Want to see your potential revenue?' revenue-benchmark box (button opens the benchmark modal)"),
 C("follow", "", "outside", SB+"/iframe", note="sidebar 'Follow us' Facebook page plugin (label in a sibling span)"),
 C("contact", "Get in touch: 858-842-5746 support@housecallpro.com", "outside", "/html/body/footer/div/div[1]/div[2]/div[2]", amb=True, note="footer 'Get in touch:' tel: and mailto: links, no button (convention 2)"),
 C("follow", "Follow our Socials:", "outside", "/html/body/footer/div/div[1]/div[2]/div[3]", note="footer 'Follow our Socials:' icons"),
 C("app", "", "outside", "/html/body/footer/div/div[2]/div/div[2]", note="footer App Store / Google Play badges"),
 C("other", "See Housecall Pro in action Take a 5-minute guided tour of Housecall Pro. START NOW", "outside", "/html/body/div[2]", note="floating bottom product-tour widget 'See Housecall Pro in action' with START NOW"),
]
ads=[]
