from _dsl import *
FILE="wcxb/html/4615.html.gz"
# College Essay Guy (Squarespace) blog post '35+ Best College Essay Tips from College Application Experts': header
# menu with 'Log In' and 'Get Help Here' nav button (plus mobile sidecar copy); byline/date/categories (twice);
# hero image, empty video block, intro, table of contents, empty Mailmunch form embed, three tip sections with
# images and an in-text coaching banner ('banner_ad' UTM), 'ANOTHER GREAT READ' link line, closing comment prompt;
# tags, empty Squarespace share buttons, empty Squarespace comments container; newer/older post links; right sidebar
# 'Explore CEG:' with five image promos; footer nav, e-mail, social links block, copyright, security badge.
# No ad slots (the in-text banner is the site's own service promo). Not labelled: menus (incl. mobile copy),
# table of contents, tags, footer nav, empty footer code/image blocks, security badge.
CC="/html/body/div[3]/main/div/div/article/div[1]/div/div/div"
BI="/html/body/div[3]/main/div/div"
SB="/html/body/div[3]/main/aside/div/div/div"
related=[
 R(CC+"/div[24]", None, 1, "inline|after", note="'ANOTHER GREAT READ: HOW TO START A COLLEGE ESSAY: 9 SUREFIRE TECHNIQUES (2019)' link line near the end (kept in the wcxb ground truth)"),
 R(BI+"/nav", None, 2, "after", note="Newer Post / Older Post links"),
]
ctas=[
 C("other", "Get Help Here", "outside", "/html/body/div[3]/header/div/div[4]/div/nav/div[8]", amb=True, note="header nav button 'Get Help Here' (site's help/services funnel)"),
 C("newsletter", "", "inline", CC+"/div[5]", amb=True, note="row with an empty Mailmunch forms widget after the table of contents (sign-up form filled by script)"),
 C("other", "", "inline", CC+"/div[9]", note="in-text image banner linking to College Essay Coaching (utm_medium=banner_ad)"),
 C("comments", "What’s your best college essay tip? Post it as a comment below.", "after", CC+"/div[26]", amb=True, note="closing comment prompt (kept in the wcxb ground truth)"),
 C("share", "", "after", "/html/body/div[3]/main/div/div/article/footer/div", amb=True, note="entry-actions with empty Squarespace social share buttons (filled by script)"),
 C("comments", "", "after", BI+"/div", amb=True, note="empty Squarespace comments container (filled by script)"),
 C("other", "Yup. Free 1-on-1 college application coaching for you. Apply today", "outside", SB+"/div[3]", note="sidebar 'Explore CEG:' promo: free coaching application"),
 C("other", "", "outside", SB+"/div[4]", note="sidebar image banner for College Essay Coaching (utm_campaign=blog_sidebar, banner_ad), no caption"),
 C("other", "Check out our library of live and on demand video courses at Pay-What-You-Can prices.", "outside", SB+"/div[5]", note="sidebar promo: courses"),
 C("other", "Check out the latest free live events from the CEG Team.", "outside", SB+"/div[6]", note="sidebar promo: webinars"),
 C("other", "Order the Book: College Essay Essentials", "outside", SB+"/div[7]", note="sidebar promo: book order link"),
 C("follow", "", "outside", "/html/body/div[3]/footer/div/div[4]/div/div/div[2]/div[2]/div", note="footer social account links block"),
]
ads=[]
