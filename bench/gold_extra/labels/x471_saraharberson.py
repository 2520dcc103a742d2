from _dsl import *
FILE="wcxb/html/4617.html.gz"
# Sara Harberson (HubSpot COS blog) post 'My Secret Tip for Writing an Unforgettable College Essay': header promo bar
# ('Application Nation - Class of 2027 is now open!' with a 'BECOME A MEMBER' HubSpot CTA image); header (logo, menu About /
# Admissions Blog / Application Nation / SOUNDBITE / Free Guides / Media / Work With Sara / Contact, search icon); phone
# header copy (menu, search, social icons, info@ e-mail line); hidden search form; post (h1, featured image, date/author,
# text with three in-text story lines 'READ MORE: ...' / 'RELATED READING: ...'); 'custom-follow-sara' box (an empty
# HubSpot CTA wrapper, 'Download The Ultimate Guide to Picking the Perfect College Essay Topic—for free!' CTA image, 'About
# Sara Harberson' bio); topics; Tweet / Facebook share; previous/next post links; 'Related Articles' (5 posts); empty
# comments listing; hidden empty raw-html module; footer (Meet Sara / Work With Sara / Resources link columns, 'Connect'
# column with Contact link and social icons, 'Newsletter' HubSpot form mount, 'Member Of' NACAC logo, copyright).
# No ads, no ad configuration.
# Not labelled: header and phone menus, search, hidden search form, the in-text 'picking the right topic' link (body),
# the empty HubSpot CTA wrapper above the guide image (nothing visible), author bio, topic links, footer link columns and
# its 'Contact' link (a menu entry), NACAC logo, copyright line, hidden empty raw-html module.
H="/html/body/div[1]/div/div/div/div/div/div[1]/div/div"
PB="/html/body/div[2]/div/div/div/div/div[1]/div/div"
TX=PB+"/div[1]/div/div/div/div/div[2]/span/div[4]/div"
PF=PB+"/div[3]/div/div"
FT="/html/body/div[3]/div/div/div/div/div/div[1]/div/div/div[2]/div/div/div[1]/div/div"
related=[
 R(TX+"/blockquote[1]", None, 1, "inline", note="in-text line 'READ MORE: Need Help with Your Essay Topic? Ask Yourself These 5 Questions'"),
 R(TX+"/blockquote[2]", None, 1, "inline", note="in-text line 'RELATED READING: Answering My Top College Essay FAQs'"),
 R(TX+"/h4", None, 1, "inline", note="centred line between rules 'READ MORE: Will ChatGPT Eliminate the College Admissions Essay?' before the closing paragraph"),
 R(PF+"/div[3]", None, 2, "after", note="previous / next post links with thumbnails (and a blog-home icon)"),
 R(PF+"/div[4]", "Related Articles", 5, "after", note="'Related Articles' list of 5 posts with images and dates"),
]
ctas=[
 C("subscribe", "Application Nation - Class of 2027 is now open!", "before|outside", H+"/div[1]", note="header promo bar for the paid Application Nation membership with a 'BECOME A MEMBER' HubSpot CTA image"),
 C("follow", "", "outside", H+"/div[3]/div/div/div[3]", amb=True, note="social icons (Facebook, X, Instagram, YouTube, TikTok) of the phone header copy (custom-phone-icons)"),
 C("contact", "info@saraharberson.com", "outside", H+"/div[3]/div/div/div[4]", amb=True, note="e-mail line of the phone header copy (mailto link, no form)"),
 C("other", "", "after", PB+"/div[2]/div/div/div[1]/div[2]", note="HubSpot CTA image under the text 'Download The Ultimate Guide to Picking the Perfect College Essay Topic—for free!' (lead-magnet download)"),
 C("share", "Tweet", "after", PF+"/div[2]", note="Tweet and Facebook share buttons under the topics"),
 C("comments", "", "after", PB+"/div[4]", amb=True, note="empty HubSpot blog-comments module (comments listing, no form in the HTML)"),
 C("follow", "", "outside", FT+"/div[1]/div/div/div/div/div/div/div/div[4]/div/div/div/div[2]", note="footer 'Connect' column social icons (Facebook, X, Instagram, YouTube, TikTok)"),
 C("newsletter", "Newsletter", "outside", FT+"/div[3]/div/div[1]", note="footer 'Newsletter' HubSpot form (heading, form mount filled by script)"),
]
ads=[]
