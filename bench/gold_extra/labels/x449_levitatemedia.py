from _dsl import *
FILE="wcxb/html/1974.html.gz"
# Levitate Media (video production agency, Webflow) 'Learn' article 'Short-Form Video Production Best Practices in 2025':
# announcement bar ('Get An Estimate With Our Video Budget Calculator', close icon); navbar (logo, Services mega menu,
# Portfolio / Pricing / learn / Case Studies / About links, 'Contact Us' button, hamburger); page-progress bar; 'Back to
# Learn' link, categories, h1, author/date, hero image; empty table-of-contents template; text (sections with quotes, a
# Vimeo example, 'Learn more about video production for YouTube and Instagram in our Social Media series.' line, 'Summing
# Up', a 'Levitate Media can help' pitch paragraph, FAQ whose last-but-one answer is a link to another post, closing
# 'Ready to turn short-form video into a growth engine? Partner with Levitate Media …' quote, StoryChief stats script);
# author box; sticky right column ('Elevate Your Brand With The Power Of Video' box with 'Get a Free Quote' button, share
# icons); 'Tight budget? Big expectations?' band ('Budget Calculator' / 'Schedule a Call'); 'Keep Reading' (3 posts);
# footer (address/phone/e-mail, Clutch badges, Discover / Services / Cities / Industries link lists, 'Connect with us'
# icons, copyright, Sitemap / Privacy). No ad slots or ad configuration (analytics scripts only).
# Not labelled: menus (incl. mega menu), back link, categories, empty TOC template, author boxes, in-text service links,
# footer link lists (site directories) and badges, StoryChief stats script, Webflow style embeds.
RT="/html/body/main/div[2]/div/div/div[3]/div[1]/div[2]"
SC="/html/body/main/div[2]/div/div/div[3]/div[2]"
FG="/html/body/footer/div/div/div/div"
related=[
 R(RT+"/blockquote[1]", None, 2, "inline", note="in-text line 'Learn more about video production for YouTube and Instagram in our Social Media series.' linking two own posts"),
 R(RT+"/p[36]", None, 1, "inline|after", amb=True, note="FAQ answer that is a link to another post ('This blog on 15 Viral TikTok Trends for 2025 explores …'); FAQ section is outside the wcxb ground truth"),
 R("/html/body/main/section[2]", "Keep Reading", 3, "after", note="'Keep Reading' band of 3 post cards with 'Learn More' buttons"),
]
ctas=[
 C("other", "Get An Estimate With Our Video Budget Calculator", "outside|before", "/html/body/div[1]/div[1]", note="announcement bar at the top linking to the budget calculator (with close icon)"),
 C("contact", "Contact Us", "outside", "/html/body/div[1]/div[2]/nav/a[6]", note="navbar 'Contact Us' button"),
 C("other", "If you are ready to put short-form video production to work for your business, Levitate Media can help.", "inline|after", RT+"/p[32]", amb=True, note="sales pitch paragraph after 'Summing Up' (no link; left out of the wcxb ground truth)"),
 C("other", "Ready to turn short-form video into a growth engine? Partner with Levitate Media for corporate video production", "after", RT+"/blockquote[4]", note="closing promo quote after the FAQ with link to the services guide"),
 C("other", "Elevate Your Brand With The Power Of Video From idea to impact, we turn your story into something people remember. Get a Free Quote", "outside", SC+"/div[1]", note="sticky right-column promo box with 'Get a Free Quote' button (calendar booking)"),
 C("share", "", "outside", SC+"/div[2]", note="right-column share icons (LinkedIn, e-mail, Facebook, X)"),
 C("other", "Tight budget? Big expectations? Your video can still deliver We balance creative ambition with smart production choices", "after", "/html/body/main/section[1]", note="promo band under the article with 'Budget Calculator' and 'Schedule a Call' buttons"),
 C("contact", "11720 Amber Park Dr. STE. 160 PMB 1057 Alpharetta, GA 30009 (800) 820-6962 info@levitatemedia.com", "outside", FG+"/div[1]", amb=True, note="footer address / phone / e-mail block (links, no button or form) with Clutch badges"),
 C("follow", "Connect with us", "outside", FG+"/div[6]/div", note="footer 'Connect with us' social icons"),
]
ads=[]
