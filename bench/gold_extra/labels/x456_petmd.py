from _dsl import *
FILE="wcxb/html/4594.html.gz"
# PetMD (Chewy, Next.js) article 'Puppy Training Guide: How and When To Start': skip link; header (logo, search, 'Chat free
# with Chewy's vet team' button, main menu Dogs / Cats / Other Pets / Medications / Discover / Product Reviews / Health Tools /
# About Us (incl. Newsletter link) / For Vet Teams); breadcrumbs, h1; byline / reviewer / date, hero image; empty left grid
# column; 'In This Article' jump links; text (intro, Key Takeaways, tips, how-to sections with inline petmd / Chewy /
# be.chewy links, two empty loading-spinner containers between sections, FAQs, contributor line); 'WRITTEN BY' author card;
# 'Help us make PetMD better / Was this article helpful? Yes No'; right rail ('Related Articles' with 6 cards, Chewy
# 'Connect with a Vet' image promo, 'Subscribe to Our Newsletter' form hidden on small screens); footer (newsletter form,
# social icons, About / Write for us / Contact us / Licensing, privacy and legal links, copyright, Chewy logo link).
# No ad slots and no ad markup in the HTML.
# Not labelled: skip link, search, menus (incl. Newsletter link), breadcrumbs, byline, jump links, inline links in the text
# (incl. chewy.com treat links), the two empty loading-and-error spinner containers in the text (purpose unknown), author
# card, contributor line, footer link rows (incl. Contact us / Write for us), Chewy logo link.
M="/html/body/div/div/div/div/div/main/div/div[2]/div"
RR=M+"/div[3]"
related=[
 R(RR+"/div[1]", "Related Articles", 6, "outside|after", note="right-rail 'Related Articles': 6 linked cards (image, title, author)"),
]
ctas=[
 C("other", "Chat free with Chewy’s vet team", "outside", "/html/body/div/div/div/header/div/div/div[4]", note="header button 'Chat free with Chewy's vet team' (Chewy vet-chat service)"),
 C("other", "Help us make PetMD better Was this article helpful? Yes No", "after", M+"/div[2]/div[4]", note="article feedback box 'Was this article helpful?' with Yes / No buttons"),
 C("other", "", "outside", RR+"/div[3]", note="right-rail image promo linking to Chewy 'Connect with a Vet' (cwav_ingress)"),
 C("newsletter", "Subscribe to Our Newsletter Sign up for weekly pet health tips and insights from our veterinarians.", "outside", RR+"/div[5]", note="right-rail newsletter form (hidden on xs/sm screens)"),
 C("newsletter", "Subscribe to PetMD's Newsletter", "outside", "/html/body/div/div/div/footer/div/div/div[1]", note="footer newsletter form"),
 C("follow", "", "outside", "/html/body/div/div/div/footer/div/div/div[2]", note="footer social icons (Facebook, Twitter, Instagram, Pinterest)"),
]
ads=[]
