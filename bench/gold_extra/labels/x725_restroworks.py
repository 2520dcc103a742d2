from _dsl import *
FILE="wcxb/html/0336.html.gz"
# Restroworks Blog (restroworks.com/blog, WordPress 'katen' theme + Elementor, restaurant-tech SaaS) post 'Types of
# Restaurant Service: Explore Dining Styles from Casual to Fine Dining': reading bar; hidden search popup; hidden off-canvas
# burger menu (logo, category menu POS / Inventory / Analytics / Menu / Digital Ordering / Editor's Pick, a 'Get A Demo'
# HubSpot CTA button, five social profile icons); header (logo, the same category menu with the 'Get A Demo' button, search
# and burger buttons); breadcrumbs; left column: post header (h1, author, category, date), article (featured image, intro,
# LuckyWP table of contents, sections with h2/h3, a gradient 'INDUSTRY INSIGHT' statistics box, in-sentence product links
# (self-service kiosks, kitchen displays, fine dining software), Conclusion, 'Frequently Asked Questions' accordion of 10),
# article footer 'Share this:' row of six share icons and an empty tags box, author box (avatar, bio, LinkedIn icon);
# right sidebar: podcast image banner (a.widget-ads, alt 'Advertisement', links to the Restrocast podcast category),
# 'Restroworks is a leading platform ...' about box with an 'Explore Now' button, 'Subscribe to Our Newsletter' box whose
# HubSpot form a script creates in place, 'Explore Topics' category list, newsletter image banner (a.widget-ads, alt
# 'Advertisement', HubSpot CTA trigger), 'Recent Blogs' list of 5 posts; full-width 'Newsletter subscription banner' image
# (HubSpot CTA trigger) between the content and the footer; footer (copyright, social icons, 'Back to Top').
# Ad evidence: only the two sidebar boxes marked as ads (class widget-ads, alt 'Advertisement'), both own-site promos; no ad
# network (only GTM and HubSpot scripts).
# Not labelled: reading bar, search popup, category menus, breadcrumbs, author / category / date line, table of contents,
# in-sentence links of the text (statistics sources, product pages), INDUSTRY INSIGHT box and FAQ accordion (body), empty
# tags box, 'Explore Topics' category list (convention 6), copyright, 'Back to Top', the GTM / Cloudflare / HubSpot scripts.
CV="/html/body/div[3]"
HD="/html/body/div[4]/header/nav/div"
COL="/html/body/div[4]/section/div/div/div[1]/div"
SB="/html/body/div[4]/section/div/div/div[2]/div"
related=[
 R(SB+"/div[6]", "Recent Blogs", 5, "outside", note="sidebar 'Recent Blogs' list of 5 posts (Start Your Cloud Kitchen from Home ...; How to Start a Cloud Kitchen ...; How to Start a Bakery ...; Delicious Food Truck Ideas ...; Start Your Ice Cream Business ...)"),
]
ctas=[
 C("other", "Get A Demo", "outside", HD+"/div[1]/ul/li[7]", note="header menu 'Get A Demo' button (btn-styled menu item opening a HubSpot CTA; 11.7: a demo button is a plain `other`)"),
 C("other", "Get A Demo", "outside", CV+"/nav/div/ul/li[7]", amb=True, note="'Get A Demo' button in the hidden off-canvas burger menu (menu copy, 9.3)"),
 C("follow", "", "outside", CV+"/ul", amb=True, note="social profile icons (Facebook, Twitter, Instagram, YouTube, LinkedIn) at the foot of the hidden off-canvas burger menu (drawer copy, as x646)"),
 C("share", "Share this:", "after", COL+"/article/footer/div/div/div[1]/div", note="'Share this:' row under the text: Facebook, Twitter, LinkedIn, Pinterest, Telegram, e-mail share icons"),
 C("follow", "", "after", COL+"/div[2]/div[2]/ul", amb=True, note="LinkedIn icon of the author box under the article (author-bio social link)"),
 C("other", "", "outside", SB+"/div[1]", amb=True, note="sidebar podcast image banner linking to the Restrocast podcast category: an own-site promo in ad markup (labelled as an ad slot, convention 3; the CTA reading is amb, as x84)"),
 C("other", "Restroworks is a leading platform that specializes in providing technological solutions to the restaurant", "outside", SB+"/div[2]", note="sidebar about box with the Restroworks logo, a pitch paragraph and an 'Explore Now' button to restroworks.com (own product promo)"),
 C("newsletter", "Subscribe to Our Newsletter Stay ahead of the curve with Restroworks industry insights.", "outside", SB+"/div[3]", note="sidebar 'Subscribe to Our Newsletter' box; its HubSpot e-mail form is created in place by the inline hbspt.forms.create script"),
 C("newsletter", "", "outside", SB+"/div[5]", amb=True, note="sidebar newsletter image banner (Newsletter-Ad.png, HubSpot CTA trigger that opens the sign-up): an own-site promo in ad markup (labelled as an ad slot, convention 3; the CTA reading is amb)"),
 C("newsletter", "", "after|outside", "/html/body/div[4]/div[2]/div", note="full-width 'Newsletter subscription banner' image (HubSpot CTA trigger opening the sign-up) between the content row and the footer; no ad markup"),
 C("follow", "", "outside", "/html/body/div[4]/footer/div/div/div/div[2]/ul", note="footer social icons (Facebook, Twitter, Instagram, YouTube, LinkedIn)"),
]
ads=[
 A(SB+"/div[1]", "outside", "first sidebar widget: a.widget-ads image box (alt 'Advertisement') holding the site's own Restrocast podcast banner (convention 3)"),
 A(SB+"/div[5]", "outside", "sidebar widget above 'Recent Blogs': a.widget-ads image box (alt 'Advertisement') holding the site's own newsletter banner (convention 3)"),
]
