from _dsl import *
FILE="wcxb/html/0166.html.gz"
# NoGood (growth agency) blog listicle '25 Top Social Media Agencies in 2025'. Fixed post header with 'Talk to
# us', left sticky column (table of contents, share icons), text with CTA blocks (contact lines + 'Talk to us!'
# buttons, a newsletter button), right sticky column (newsletter sign-up, course promo), author box, comment
# form, 'Read more from our in-house growth marketing experts' cards, footer CTA/newsletter/menus/social icons.
# No ad slot. Not labelled: main menu and mobile menu (except the boxed 'Contact us' item), table of contents,
# category chip, star ratings, the TikTok embed and 'View all case studies' links of the entries (body),
# author box, footer menus and office list, reading progress bar, 'Return to top'.
M="/html/body/div/main"
E=M+"/div[3]/div[1]/div[2]/div"
FT="/html/body/div/div/footer/div"
related=[
 R(M+"/div[5]", "Read more from our in-house growth marketing experts.", 3, "after", note="three post cards (Top Agencies) on black band under the comments"),
]
ctas=[
 C("contact", "Talk to us", "outside", M+"/div[1]/div[1]/div/div[2]", note="'Talk to us' link in the fixed post header"),
 C("contact", "Contact us", "outside", "/html/body/div/header/nav/div/div/div[2]/div/ul/li[7]", amb=True, note="boxed 'Contact us' button at the end of the main menu"),
 C("share", "", "before|outside", M+"/div[3]/div[1]/div[1]/div/div/div[2]", note="'Share on:' Facebook/LinkedIn icons in the sticky left column under the TOC"),
 C("contact", "Stop Searching & Start Winning. Talk To Our Social Media Marketing Experts", "inline", E+"/p[3]", note="centred CTA line in the intro"),
 C("contact", "Talk to us!", "inline", E+"/div[1]", amb=True, note="'Talk to us!' button under that line (sibling element)"),
 C("newsletter", "Keep up with the latest and greatest in growth marketing", "inline", E+"/div[4]", note="newsletter button after the NoGood entry"),
 C("contact", "If you need help refreshing your social media strategy, connect with one of our social media experts", "after", E+"/p[192]", note="closing CTA line after the FAQs"),
 C("contact", "Talk to us!", "after", E+"/div[57]", amb=True, note="closing 'Talk to us!' button (sibling of that line)"),
 C("newsletter", "Keep up with the latest and greatest in growth marketing Sign up", "outside", M+"/div[3]/div[1]/div[3]/div/div[1]", note="sticky right-column Substack sign-up box"),
 C("other", "Learn AI Search & Answer Engine Optimization from Mostafa Elbermawy(CEO & Founder of NoGood) REGISTER ON MAVEN", "outside", M+"/div[3]/div[1]/div[3]/div/div[2]", note="right-column course promo"),
 C("comments", "0 Comments Cancel reply", "after", M+"/div[4]", note="comment count and reply form"),
 C("contact", "Ready to get up to NoGood? DROP US A LINE", "outside", FT+"/div[1]", note="footer CTA band"),
 C("newsletter", "Keep up with the latest and greatest in growth marketing Sign up", "outside", FT+"/div[2]/div[1]", note="footer Substack sign-up"),
 C("follow", "Icon Facebook Icon Instagram Icon TikTok Icon YouTube Icon Linkedin Icon Substack", "outside", FT+"/div[3]/div[1]/ul", note="footer social icons"),
]
ads=[]
