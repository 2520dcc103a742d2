from _dsl import *
FILE="wcxb/html/4511.html.gz"
# Earth.Org (non-profit environmental news site, WordPress) article '4 Emerging Technologies That Are Helping Us in the
# Fight Against Climate Change': header (top bar: Earth.Org-for-Kids button and 'Donate' on the left, logo, 'Sign Up'
# newsletter button and a mobile-only row of five social icons on the right; 'Discover / Act' section menu, search, about
# toggle; category menu; hidden drop-downs: the 'Earth.Org Newsletters' Gravity form the 'Sign Up' button opens, the
# about menu); hero (category, h1, byline/date/read time, an empty ssba 'share-donate' element and the line 'Earth.Org is
# powered by over 150 contributing writers' linking to write-for-us); feature image; text (sections on blockchain, AI,
# quantum computing, robotics, two centred pointer lines 'You might also like: …' and 'More on the topic: …', 'Final
# Thoughts'; closing yellow box 'This story is funded by readers like you' with 'Donate now'); tags; empty article_share
# ssba 'share-donate' element; 'About the Author' box; 'You Might Also Like' three cards; '@earthorg Follow Us' Instagram
# band; footer (Earth.Org link column with Donate; 'Follow us' social list; Kids.Earth.Org links; 'Contribute' column;
# 'Contact' column with tel: and e-mail links and address); hidden Popup Maker popups: 'Keep freshly informed' newsletter
# form and 'Share this article / Boost this article' share + donate popup (click_open). No ads, no ad configuration (the
# site says it is free of advertising).
# Not labelled: menus, search, about drop-down, category/tags, the kids.earth.org header button (sister site link),
# author box (author bio with an empty mailto link), the first footer column (menu with one Donate link of seven), the
# Kids.Earth.Org footer links, the hidden header newsletter drop-down (the panel the 'Sign Up' button opens: one CTA with
# the button, convention 8).
HD="/html/body/header/div[1]/div"
LY="/html/body/div[2]/div"
PC=LY+"/section[3]"
FT="/html/body/footer/div"
related=[
 R(PC+"/p[22]", None, 1, "inline", note="centred pointer line 'You might also like: The Challenges of Sustainable Palm Oil Production and Consumption' (lead-in label ending in ':', 11.4)"),
 R(PC+"/p[45]", None, 1, "inline", note="centred pointer line 'More on the topic: The Green Dilemma: Can AI Fulfil Its Potential Without Harming the Environment?' (11.4)"),
 R(LY+"/section[7]", "You Might Also Like", 3, "after", note="'You Might Also Like' three article cards under the author box"),
]
ctas=[
 C("donate", "Donate", "outside", HD+"/div[1]/a[2]", note="header top-bar 'Donate' button"),
 C("newsletter", "Sign Up", "outside", HD+"/div[3]/div[1]", note="header 'Sign Up' button opening the hidden 'Earth.Org Newsletters' drop-down form (button and panel one CTA, convention 8)"),
 C("follow", "", "outside", HD+"/div[3]/div[2]", amb=True, note="header social icons (Facebook, Instagram, LinkedIn, Twitter, YouTube), header_mobile_only (9.3)"),
 C("share", "", "before", LY+"/section[1]/div[3]/div/div", amb=True, note="empty ssba 'share-donate' element in the hero (share-buttons mount / trigger of the share-and-donate popup; nothing in the input HTML, 10.9)"),
 C("other", "Earth.Org is powered by over 150 contributing writers", "before", LY+"/section[1]/div[3]/div/span", amb=True, note="hero line linking to write-for-us (contributor recruitment; a tagline a reader may not take as an ask)"),
 C("donate", "This story is funded by readers like you Our non-profit newsroom provides climate coverage free of charge", "after", PC+"/div", note="yellow box closing the text: 'This story is funded by readers like you', about links, 'Donate now' button"),
 C("share", "", "after", LY+"/section[5]", amb=True, note="empty article_share ssba 'share-donate' element under the tags (unrendered share mount, 10.9)"),
 C("follow", "@earthorg Follow Us", "after|outside", "/html/body/section", note="'@earthorg Follow Us' Instagram band between the article and the footer"),
 C("follow", "Facebook Instagram Linkedin Bluesky Youtube Google News", "outside", FT+"/div[2]/ul[1]", note="footer 'Follow us' social list (heading span is the previous sibling)"),
 C("other", "EO Photographers Conservationists Volunteer Write for us Edit for us Help with Data Science", "outside", FT+"/div[3]", note="footer 'Contribute' column: volunteer / write / edit / photographer sign-ups (most links serve the ask, 9.7)"),
 C("contact", "Contact +852 2110 4370 Email: contact[at]earth.org", "outside", FT+"/div[4]", note="footer 'Contact' column: tel: link, 'Email: contact[at]earth.org' link to /contact, address (links set apart: plain, convention 2)"),
 C("newsletter", "Keep freshly informed Get the best of Earth.Org", "outside", "/html/body/div[4]", amb=True, note="hidden Popup Maker 'Keep freshly informed' newsletter popup with Gravity form (9.5)"),
 C("share", "Share this article Each Share makes a difference", "outside", "/html/body/div[5]", amb=True, note="hidden Popup Maker 'Share this article / Boost this article' popup (share links, donate ask; click_open), kind from its first buttons (9.5)"),
]
ads=[]
