from _dsl import *
FILE="trafilatura-eval/html/redtri.com.jokes.html.gz"
# Red Tricycle 'Here Comes the Pun: 317 Jokes for Kids': header (city switcher, social icons, newsletter link,
# menu, BlogHer leaderboard LB1), the post (share counter, 23 joke slides, CLICK TO PRINT button, 'Got a joke'
# line, credits, a 'RELATED STORIES' paragraph followed by 13 one-link paragraphs), two empty Content_Promotion
# slots, breadcrumbs; sidebar (MR1, MR2, newsletter box, MR3); two 'more stories' bands; LB2; footer; three
# newsletter modals. BlogHer also queues a 'reskin' (skin) with no element of its own (not labelled).
# NOT an ad: div.adn.ads inside slide 16 is pasted Gmail markup holding jokes 228-229 (body text).
# Not labelled: menus, city list, search, breadcrumbs, footer COMPANY INFO/SITES lists, 'AS SEEN IN' logos.
PO="/html/body/div[1]/div[2]/div[1]/div"
B=PO+"/div[3]"
SD="/html/body/div[1]/div[2]/div[2]"
related=[
 R(B+"/p[17]", "RELATED STORIES", 13, "after", note="'RELATED STORIES' heading paragraph; the 13 story links are the following sibling paragraphs p[18]-p[30], one link each (no common container)"),
 R("/html/body/div[1]/div[2]/div[3]", "more stories you may have missed", 4, "after|outside", note="band of 4 story cards below the post and sidebar"),
 R("/html/body/div[1]/div[2]/div[5]", None, 25, "after|outside", note="second band of 25 story cards (continuation of 'more stories', no heading)"),
 R("/html/body/div[1]/div[2]/div[4]", None, 0, "after|outside", amb=True, note="empty wrapper-events band between the two story bands"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div[1]/div[1]/div[1]/div[2]/div[1]", note="header social icons (Facebook, Twitter, Instagram, Pinterest, mail)"),
 C("newsletter", "SIGN UP FOR OUR NEWSLETTERS", "outside", "/html/body/div[1]/div[1]/div[2]", note="header newsletter link bar"),
 C("share", "0 Shares", "before", PO+"/div[2]/div", note="share buttons (Facebook, Twitter, Pinterest) with count under the byline"),
 C("other", "CLICK TO PRINT", "inline|after", B+"/div[24]", amb=True, note="big button linking to a printable joke sheet after the last slide"),
 C("contact", "Got a joke you’d like to add? Send it to kate.loweth@tinybeans.com and we’ll put it on the list!", "after", B+"/p[13]", note="reader submission e-mail line"),
 C("newsletter", "in your inbox Subscribe to our newsletters for the best of parenting", "outside", SD+"/div[3]", note="sidebar newsletter sign-up box with edition checkboxes"),
 C("newsletter", "sign up for our newsletters submit a story or photos advertise with us targeted local ads", "outside", "/html/body/div[1]/div[3]/div/div[1]/div[1]", amb=True, note="footer link column (newsletter, submit a story, advertise)"),
 C("follow", "CONNECT RSS Feeds Facebook Twitter Pinterest", "outside", "/html/body/div[1]/div[3]/div/div[1]/div[2]/div/div[2]", note="footer CONNECT column"),
 C("newsletter", "Get Our Best Stories Every Day Delivered straight to your inbox GET THE STORIES", "outside", "/html/body/div[3]", amb=True, note="registration modal (hidden until triggered)"),
 C("newsletter", "Parents, we've got your back. Sign up for updates", "outside", "/html/body/div[4]", amb=True, note="exit-intent newsletter modal"),
 C("newsletter", "Customize your inbox Get updates for topics you care about", "outside", "/html/body/div[5]", amb=True, note="newsletter preferences modal (topics and city)"),
]
ads=[
 A("/html/body/div[1]/div[1]/div[3]/div[4]", "before|outside", note="billboard-ad: BlogHer flexbanner skm-ad-LB1 under the menu"),
 A(PO+"/div[5]", "after", note="empty skm-ad-Content_Promotion_1 under the post"),
 A(PO+"/div[6]", "after", note="empty skm-ad-Content_Promotion_2 under the post"),
 A(SD+"/div[1]", "outside", note="sidebar block.ad: flexrec skm-ad-MR1"),
 A(SD+"/div[2]", "outside", note="sidebar block.ad: flexrec skm-ad-MR2"),
 A(SD+"/div[4]", "outside", note="sidebar block.ad: flexrec skm-ad-MR3"),
 A("/html/body/div[1]/div[2]/div[7]", "after|outside", note="billboard-ad: flexbanner skm-ad-LB2 above the footer"),
]
