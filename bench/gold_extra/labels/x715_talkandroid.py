from _dsl import *
FILE="wcxb/html/0500.html.gz"
# Talk Android (talkandroid.com, WordPress 'Networker' theme with Powerkit; AdThrive/Raptive ads injected by script only)
# round-up 'The Best Smart Home Lamps': site overlay; off-canvas menu (logo, nav copy); header (burger, logo, nav with
# drop-downs, desktop social links Facebook / Twitter / Instagram / YouTube / LinkedIn / TikTok, search icon; mobile header;
# hidden search overlay with form, 'Hand-Picked Top-Read Stories' (3 posts), 'Trending Tags' and a live-result box); entry
# header (h1, author avatar / name / date, share buttons Facebook / Twitter / Pinterest / mail / LinkedIn / Reddit with
# counts, subtitle, featured image and caption); 'Editorial Note' affiliate disclosure with 'Learn more'; entry content
# (two intro paragraphs; a Pretty Links product grid of six product boxes, each with badge, name, price, blurb and a 'Buy on
# Amazon' button; 'Make your home beautiful in and out' section whose paragraph links 'Outdoor lights' to the site's outdoor
# lighting guide; Powerkit highlight-text share buttons (--SHARETEXT-- Facebook / Twitter, shown on text selection));
# after-content share bar 'Total 0 Shares' (Share / Tweet / Pin it / mail / LinkedIn / WhatsApp); author box; collapsed
# comments panel with the 'Leave a Reply' form, 'View Comments (0)' button; Previous / Next post cards; right sidebar
# (search, 'Recent Android News' list of 10 posts); footer (menu incl. Contact Us / Advertise, logo, social links, copyright,
# 'License our content.' link); scroll-to-top; empty pk-mobile-share-overlay; fb-root.
# No ad slot element: AdThrive's CLS insertion script and the ads.adthrive.com preconnects carry the ads, which are injected
# at run time (no slot element in the HTML, as x216 / x218).
# Not labelled: menus and their off-canvas copy, search form, 'Trending Tags' (tag list), author line, 'Editorial Note'
# disclosure, the empty author-social div, footer menu (incl. Contact Us, Advertise, disclosures), scroll-to-top, the empty
# pk-mobile-share-overlay (an empty shell), fb-root and the SDK / opt-in / polls scripts (no box), AdThrive scripts.
HD="/html/body/div[3]/div/header"
MN="/html/body/div[3]/div/main/div/div/div"
CW=MN+"/div/div[2]/div/div"
EC=CW+"/div[1]"
PG=EC+"/div[1]/div"
PROD=[("Best overall Govee RGBIC floor lamp $99.99","Govee RGBIC floor lamp"), ("Best premium Meross smart table lamp $39.99","Meross smart table lamp"),
      ("Best budget Amazon Echo Glow lamp $29.99","Amazon Echo Glow lamp"), ("YHW floor lamp $42.99","YHW floor lamp"),
      ("Varicart smart floor lamp $59.99","Varicart smart floor lamp"), ("HiFree smart table lamp $29.99","HiFree smart table lamp")]
related=[
 R(HD+"/div[2]/div/div/div[1]", "Hand-Picked Top-Read Stories", 3, "outside", amb=True, note="'Hand-Picked Top-Read Stories' (3 posts: Google Maps tricks, Boba Story lid recipes, Dice Dreams free rolls) inside the hidden header search overlay"),
 R(EC+"/p[3]", None, 1, "inline|after", amb=True, note="last paragraph of the text ('Make your home beautiful in and out') linking 'Outdoor lights' to the site's outdoor lighting guide inside an ordinary sentence (10.10 / 11.4: amb)"),
 R(CW+"/div[6]", None, 2, "after", note="Previous Post 'This new Netflix thriller is blowing up…' / Next Post 'A fan-favorite Google Photos feature is finally making its comeback'"),
 R(MN+"/aside/div/div[2]", "Recent Android News", 10, "outside", note="right sidebar 'Recent Android News' widget: 10 dated posts"),
]
ctas=[
 C("follow", "", "outside", HD+"/div[1]/div[1]/div[2]/div", note="header social links (Facebook, Twitter, Instagram, YouTube, LinkedIn, TikTok) in the desktop right column"),
 C("share", "0 0 0 0 0 0", "before", MN+"/div/div[1]/div/div/div[2]/div[2]", note="share buttons with counts (Facebook, Twitter, Pinterest, mail, LinkedIn, Reddit) beside the author line under the h1"),
]+[
 C("other", t, "inline", PG+f"/div[{i}]", amb=True, note=f"product box {i} of 6 in the text: {p} with price, blurb and 'Buy on Amazon' affiliate button (10.2)") for i,(t,p) in enumerate(PROD,1)
]+[
 C("share", "0 0", "outside", EC+"/div[2]", amb=True, note="Powerkit highlight-text share buttons (Facebook / Twitter with --SHARETEXT--), shown only when text is selected (a hidden popup, 9.5)"),
 C("share", "Total 0 Shares Share 0 Tweet 0 Pin it 0 Share 0 Share 0 Share 0", "after", CW+"/div[2]", note="after-content share bar 'Total 0 Shares' (Share / Tweet / Pin it / mail / LinkedIn / WhatsApp)"),
 C("comments", "View Comments (0)", "after", CW+"/div[5]", note="'View Comments (0)' button that opens the collapsed comments panel (convention 8: the button and its panel are one CTA)"),
 C("comments", "Leave a Reply Cancel reply Your email address will not be published.", "after", CW+"/div[4]", amb=True, note="collapsed comments panel (#comments-hidden) holding the 'Leave a Reply' form, opened by the 'View Comments' button: the panel of the button's widget, a second reading"),
 C("follow", "", "outside", "/html/body/div[3]/div/footer/div/div[2]/div[2]", note="footer social links (Facebook, Twitter, Instagram, YouTube, LinkedIn, TikTok) under the footer logo"),
 C("other", "License our content.", "outside", "/html/body/div[3]/div/footer/div/div[3]/div/div/div/p[2]", amb=True, note="'License our content.' line (Wright's Media licensing page) under the copyright: a content-licensing ask on its own line"),
]
ads=[]
