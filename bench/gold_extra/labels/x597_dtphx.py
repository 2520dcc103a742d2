from _dsl import *
FILE="wcxb/html/0898.html.gz"
# Downtown Phoenix Inc. (dtphx.org, ctycms) blog post '23 New Businesses Now Open in Downtown Phoenix': skip link; header
# (logo, drawer menu with Things To Do / Events / Live Here ... submenus, weather, 'Events Calendar' and 'News & Media'
# utility links, search); banner image; tags, h1, byline and date; text of 29 h2 business entries, each with 'Details:'
# address and the business's own site link, photos with captions; 'Mentioned in this Post' grid of 12 business listing
# boxes (/go/ pages with address); 'Share' icon box; full-width blue 'Related Posts' band (3 post cards, 'View All
# Posts'); footer ('Insider News & Inspiration' / 'Sign Up For Emails' band, address and e-mail column, 'Our Mission',
# social icons, legal links); e2ma sign-up form script at the end (no box of its own).
# Not labelled: drawer menu and utility links, weather, search, tags, in-text links to the businesses' sites and the
# in-sentence link to the earlier 'Pemberton 2.0' post (an ordinary hyperlink on a phrase, not a pointer), footer mission
# text and legal links, e2ma form script (10.11), analytics scripts. No ad slot on the page.
MN="/html/body/div[1]/main/div[2]/div[2]/div/div"
FT="/html/body/footer"
related=[
 R(MN+"/div[1]", "Mentioned in this Post", 12, "after", amb=True, note="'Mentioned in this Post' grid of 12 business listing boxes (/go/ directory pages with street address) under the text; listing pages rather than articles (10.4), a reader may take them as content"),
 R("/html/body/div[2]", "Related Posts", 3, "after|outside", note="full-width 'Related Posts' band between the article and the footer: 3 post cards (13 New Year's Eve Celebrations, 6 Must-See Holiday Pop-Ups, 22 New Businesses Now Open) and 'View All Posts' button"),
]
ctas=[
 C("share", "Share", "after", MN+"/div[2]", note="'Share' box under the listing grid: Facebook, X, LinkedIn, e-mail icons"),
 C("newsletter", "Insider News & Inspiration Sign Up For Emails", "outside", FT+"/div[1]", note="footer 'Insider News & Inspiration' band with 'Sign Up For Emails' button"),
 C("contact", "Address 1 E. Washington St. Ste. 230 Phoenix, AZ 85004 Email info@dtphx.org", "outside", FT+"/div[2]/div/div[1]/div[1]", amb=True, note="footer logo with address and e-mail link, no button or form (convention 2)"),
 C("follow", "", "outside", FT+"/div[2]/div/div[2]/div/div", note="footer social icons: Instagram, Facebook, LinkedIn, YouTube, X, TikTok"),
]
ads=[]
