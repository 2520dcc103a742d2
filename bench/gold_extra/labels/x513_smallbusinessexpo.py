from _dsl import *
FILE="wcxb/html/4860.html.gz"
# The Small Business Expo (trade-show organiser, WordPress) blog post 'Best Website Builders for Small Business in 2026':
# header (logo, main menu with drop-downs, hidden attendee/city mega-menu); banner (categories, h1, author/date);
# 'Return to Blogs' link; empty top bar; text (hero image, Rank Math table of contents, comparison table, h2/h3
# sections, two 'Learn more:' story lines, five builder sections whose headings link the vendors, 'Final Thoughts'
# ending with an invitation to 'come join us at the next Small Business Expo', FAQ); right sidebar (search,
# 'Categories' list, 'Recent Posts' whose h3 wraps the first post, then 4 more post boxes as siblings); footer
# (lazy-loaded band of three cards 'Ready To Exhibit? / Ready To Attend? / Ready To Sponsor?' with buttons; about text
# and partner logos; 'Location' list of show dates; phone and e-mail links, 'Join over 1 Million Fans & Followers!'
# with 'JOIN OUR EMAIL LIST' button, social icons, Google Play / App Store badges; copyright and legal menu); empty
# hidden form-submission popup shell and empty templates. No ads, no ad configuration.
# Not labelled: menus and mega-menu, 'Return to Blogs' link, table of contents, vendor links in the builder headings,
# 'Jump to the full list' anchor line, sidebar search and categories, footer about text and logos (partner/store
# logos, not marked as ads), 'Location' show list (site directory of shows), legal menu, empty popup shell.
BD="/html/body/div[1]/main/div/section[2]/div/div[1]/article/div[2]"
SB="/html/body/div[1]/main/div/section[2]/div/div[2]"
FC="/html/body/footer/div[2]/div/div/div[3]/div"
FT="/html/body/footer/div[1]/template/div/div"
related=[
 R(BD+"/p[15]", None, 1, "inline", note="'Learn more: Maximizing Networking Opportunities at Small Business Expo' story line"),
 R(BD+"/p[48]", None, 1, "inline", note="'Learn more: From Zero to Hero: How to Attract More Visitors To Google Business Profile' story line"),
 R(SB+"/div[3]", "Recent Posts", 5, "outside", note="sidebar 'Recent Posts': the h3 wraps the first post; the other 4 post boxes are the following siblings div[4]-div[7] (no common container but the sidebar)"),
 R(SB+"/div[4]", None, 1, "outside", amb=True, note="second 'Recent Posts' item box (sibling of the headed box, convention 9.1)"),
 R(SB+"/div[5]", None, 1, "outside", amb=True, note="third 'Recent Posts' item box"),
 R(SB+"/div[6]", None, 1, "outside", amb=True, note="fourth 'Recent Posts' item box"),
 R(SB+"/div[7]", None, 1, "outside", amb=True, note="fifth 'Recent Posts' item box"),
]
ctas=[
 C("other", "Investing in the best website builder for small business isn’t just about creating a functional site—it’s abo", "after|inline", BD+"/p[51]", amb=True, note="'Final Thoughts' paragraph closing the text with 'come join us at the next Small Business Expo' (link to the attend page); a reader could call it body (kept in the wcxb ground truth)"),
 C("other", "Ready To Exhibit? Exhibit Ready To Attend? Attend Ready To Sponsor? About", "outside", "/html/body/footer/div[1]", amb=True, note="footer band of three cards with buttons: exhibit, attend, sponsor (asks differ: other); its content sits in a <template> that a lazy-load script inserts, so it is not shown without script (ambiguous)"),
 C("other", "Ready To Exhibit? Exhibit", "outside", FT+"/div[1]", amb=True, note="band card 'Ready To Exhibit?' with 'Exhibit' button (convention 9.2)"),
 C("other", "Ready To Attend? Attend", "outside", FT+"/div[2]", amb=True, note="band card 'Ready To Attend?' with 'Attend' button (event registration)"),
 C("contact", "Ready To Sponsor? About", "outside", FT+"/div[3]", amb=True, note="band card 'Ready To Sponsor?' with button to the about page's contact section"),
 C("contact", "212-651-0700", "outside", FC+"/a[1]", amb=True, note="footer phone (tel:) link; the e-mail link a[2] beside it has no container of its own; no button or form"),
 C("newsletter", "JOIN OUR EMAIL LIST", "outside", FC+"/div[1]", note="footer 'JOIN OUR EMAIL LIST' button under the 'Join over 1 Million Fans & Followers!' line (preceding sibling)"),
 C("follow", "", "outside", FC+"/ul", note="footer social icons (7)"),
 C("app", "", "outside", FC+"/div[2]", note="footer Google Play and App Store badges for the event app"),
]
ads=[]
