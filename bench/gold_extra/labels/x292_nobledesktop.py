from _dsl import *
FILE="wcxb/html/0038.html.gz"
# Noble Desktop (training company) Learn Hub article 'Social Media Marketing Certifications and Certificates': header
# (utility bar 'Award-winning tech training…' / FAQ / Cart, main nav with course menus, search + Corporate / Veterans / Why
# Noble? / Catalog, hidden drawer nav, article heading), breadcrumb; article grid (TOC aside, meta aside 'Read more in Social
# Media Marketing' + Facebook/LinkedIn share links, text opening with Key Insights then an 'article-ad' course image banner,
# in-text 'Read more about …' link line, sections, closing Key Insights; e-mail signup aside; 'Learn more in these courses'
# aside with 2 priced course cards), 'Related Social Media Marketing Resources' list, 'How to Learn Social Media Marketing'
# course promo list; footer (Contact Us hours/phone/e-mail, location, about text, 'Win a Free Class!' newsletter form with
# Yelp/YouTube/Facebook/Instagram icons, copyright); empty auth-dialog span and div. GTM only.
# Not labelled: navs (incl. FAQ / Cart / Catalog), search, TOC, breadcrumb, 'Read more in Social Media Marketing' topic
# link, footer location/about text.
AR="/html/body/main/article"
B=AR+"/div/div"
related=[
 R(B+"/p[5]", None, 1, "inline", amb=True, note="in-text line 'Read more about what Social Media Marketing is and why you should learn it.' linking to another Learn Hub article (kept as body by the wcxb ground truth)"),
 R("/html/body/main/section[1]", "Related Social Media Marketing Resources", 5, "after", note="'Related Social Media Marketing Resources' list of 5 Learn Hub articles under the article"),
]
ctas=[
 C("share", "Share Share on Facebook Share on LinkedIn", "before|outside", AR+"/aside[2]/div/div[2]", note="Facebook / LinkedIn share links in the meta aside beside the start of the text"),
 C("newsletter", "Enter your email to subscribe to more information about Social Media Marketing.", "outside", AR+"/aside[3]", note="e-mail signup aside in the article grid"),
 C("other", "Learn more in these courses Social Media Marketing Certificate 72 hours $2,495 View course", "outside", AR+"/aside[4]", note="'Learn more in these courses' aside with 2 priced course cards (View course)"),
 C("other", "How to Learn Social Media Marketing Master social media marketing with hands-on training.", "after", "/html/body/main/section[2]", note="course promo section under the related list (certificate, classes near you, online classes, corporate training links)"),
 C("contact", "Contact Us Office Hours: 9am–6pm, Mon–Fri", "outside", "/html/body/footer/div/div/div[1]", note="footer contact block (phone, e-mail)"),
 C("newsletter", "Win a Free Class! Enter your email to get tips, free giveaways, and more in our weekly newsletter.", "outside", "/html/body/footer/div/div/div[4]/form", note="footer 'Win a Free Class!' newsletter form (h3 and label are siblings before it)"),
 C("follow", "", "outside", "/html/body/footer/div/div/div[4]/div", note="footer Yelp / YouTube / Facebook / Instagram icons under the newsletter form"),
]
ads=[
 A(B+"/div[2]", "inline", "div.article-ad: house image banner for the Social Media Marketing Certificate (utm_source=article_ad) between the Key Insights box and the first paragraph"),
]
