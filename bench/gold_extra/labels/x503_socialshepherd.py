from _dsl import *
FILE="wcxb/html/0165.html.gz"
# The Social Shepherd (agency site, Craft CMS) blog post 'Top 17 Social Media Marketing Agencies in the U.S. (2025)':
# fixed header (logo, nav with 'Get in touch' button, hidden services dropdown, burger), hidden full-screen mobile menu
# (with its own 'Get in touch' button); hero (read time, category, h1, author, updated date); left 'Contents' column;
# text: intro, criteria section, agency sections by type (the first, the site's own, ends in a 'Get in touch today...'
# button), 'Why Hire...' section ending in a 'Schedule a free strategy call...' button, 'Find more Social Media and
# Marketing Agencies in the US and Rest of World' section with three accordion panels of links to the site's other
# agency lists; 'Written by' author box; right column with 'Get in touch with our team' Contact box and Share icons;
# 'You might also like' carousel (8 posts) with 'View all Blogs'; 'Don't be sheepish let's talk' band with 'Let's chat';
# footer (Mailchimp newsletter form, social icons, service / company link columns, 'Don't be a stranger' addresses and
# e-mails, DMCA badge, copyright). No ads (no ad markup; only GTM).
# Not labelled: menus and services dropdown, contents list, agency website links in the text, author box (no links), 'View all Blogs' link (part of the carousel header), footer link columns (incl.
# 'Newsletter', 'Contact'), DMCA badge, copyright row.
TX="/html/body/div/div[3]/div[2]/div/div/div[2]/div[1]"
RC="/html/body/div/div[3]/div[2]/div/div/div[3]"
FT="/html/body/div/footer/div/div[1]"
related=[
 R(TX+"/div[10]", "Find more Social Media and Marketing Agencies in the US and Rest of World", 34, "after|inline", amb=True, note="closing text section: h2 over three accordion panels (Social Media Agencies in the US / Rest of World / Marketing Agencies in the US) linking 34 of the site's other agency-list posts; kept in the wcxb ground truth and directory-like (states, cities, agency types), so a reader could call it body or navigation"),
 R("/html/body/div/div[3]/div[3]", "You might also like", 8, "after", note="'You might also like' carousel of 8 agency-list posts with a 'View all Blogs' button"),
]
ctas=[
 C("contact", "Get in touch", "outside", "/html/body/div/header/div[1]/div[1]/div/ul/div", note="header nav 'Get in touch' button (to /contact), set apart from the links"),
 C("contact", "Get in touch", "outside", "/html/body/div/div[2]/div/div/div[7]", amb=True, note="'Get in touch' button of the hidden full-screen mobile menu (convention 9.3)"),
 C("contact", "Get in touch today to see how we can help you!", "inline", TX+"/div[3]/div[2]", note="button closing the site's own agency entry (#1), to /contact"),
 C("contact", "Schedule a free strategy call with our team here.", "inline", TX+"/div[9]/div[2]", note="button closing the 'Why Hire...' section, to /contact"),
 C("contact", "Ready to get started? Contact us at The Social Shepherd today, and speak to our social media specialists", "inline|after", TX+"/div[9]/div[1]/p[5]", amb=True, note="closing sentence of the last prose section with an in-sentence 'Contact us' link (convention 10.1: an ask closing the text, amb; added at the reading of Q)"),
 C("contact", "Get in touch with our team Want to learn more about our Social Media services? Click the button below.", "outside|after", RC+"/div[1]", note="right-column box 'Get in touch with our team' with 'Contact' button"),
 C("share", "Share", "outside|after", RC+"/div[2]", note="right-column 'Share' icons (Facebook, LinkedIn, e-mail, copy link)"),
 C("contact", "Don’t be sheepish let’s talk Let’s chat", "after|outside", "/html/body/div/div[4]", note="band above the footer 'Don't be sheepish let's talk' with 'Let's chat' button (to /contact)"),
 C("newsletter", "Stay in touch with the herd and receive up to date insights, strategies and news.", "outside", FT+"/div[1]/div[1]", note="footer Mailchimp newsletter sign-up (prompt + e-mail field + submit)"),
 C("follow", "", "outside", FT+"/div[1]/div[3]", note="footer social icons (Facebook, LinkedIn, Instagram, YouTube, TikTok, Spotify)"),
 C("contact", "Don’t be a stranger UK - hello@thesocialshepherd.com", "outside", FT+"/div[2]/div[3]", amb=True, note="footer 'Don't be a stranger' column (heading, list, DMCA badge below): UK and US e-mail addresses and office addresses, no button or form (convention 2)"),
]
ads=[]
