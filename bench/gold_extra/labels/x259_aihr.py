from _dsl import *
FILE="wcxb/html/0253.html.gz"
# AIHR (HR training provider, The7 WordPress child theme) blog guide '11 HR Trends for 2026: Shaping What's Next'.
# Header: main navigation with mega menus (course cards, 'Featured content'), 'Get a demo' dropdown, 'Courses' button;
# empty discount modal. Hero: breadcrumbs, title, short description, authors/read time, YouTube video and 'As taught in
# the Full Academy Access 4.66 Rating'. Body column: text with two 'DOWNLOAD HR PRIORITIES 2026 REPORT' buttons (one
# under a report cover image), a 'Stay ahead of the trends' course promo box, an in-house image ad (gaihrpl plugin),
# then 'Follow us on social media' buttons, three author bios, 'Learn more' with 'Related articles' and 'New articles'
# (3 each); a full-width 'Are you ready for the future of HR?' course band closes the
# content. Left sticky column: 'Subscribe to our Weekly Newsletter?' form, Contents accordion, 'Just for you' course
# links, share sidebar. Footer: reviews link, course/company/contact menus. After: mobile bottom share bar, two Brave
# popups (report download, certificate program), Easy Social Share copy-link and mail-a-friend windows.
# Not labelled: menus and mega menus (incl. the 'Featured content' card for this article), breadcrumbs, hero video,
# table of contents, author bios, the report cover image, footer menus (Contact us among them), lightbox markup.
E="/html/body/div/div[2]/div/div/div/div[2]/div[1]"
SL="/html/body/div/div[2]/div/div/div/div[2]/div[2]"
related=[
 R(E+"/div[23]/div[2]", "Related articles", 3, "after", note="'Learn more' section, 'Related articles' subsection (3 cards)"),
 R(E+"/div[23]/div[3]", "New articles", 3, "after", note="'Learn more' section, 'New articles' subsection (3 cards)"),
 R(SL+"/div[2]/div[2]", "Just for you", 2, "outside", amb=True, note="left sticky column 'Just for you' accordion with a certificate program and an HR template (product links more than stories)"),
]
ctas=[
 C("other", "Get a demo For Business For Individuals", "outside", "/html/body/div/header/div[2]/nav/div[2]/div[2]", note="header 'Get a demo' dropdown button"),
 C("other", "Courses", "outside", "/html/body/div/header/div[2]/nav/div[2]/div[3]", amb=True, note="header 'Courses' enrol button"),
 C("other", "", "outside", "/html/body/div/div[1]", amb=True, note="empty discount modal (course discount form filled by script)"),
 C("other", "As taught in the Full Academy Access 4.66 Rating", "before", "/html/body/div/div[2]/div/div/div/div[1]/div/div[2]/div[2]", amb=True, note="hero course plug with star rating under the video"),
 C("other", "DOWNLOAD HR PRIORITIES 2026 REPORT", "inline", E+"/div[2]", note="report-download button after the intro (not in the source's main content)"),
 C("other", "Stay ahead of the trends: Become fluent in AI for HR", "inline", E+"/div[5]", note="colored promo box for the AI for HR certificate program with 'GET STARTED'"),
 C("other", "DOWNLOAD HR PRIORITIES 2026 REPORT", "inline", E+"/div[9]", note="second report-download button, under the report cover image"),
 C("follow", "Follow us on social media to stay up to date with the latest HR news and trends", "after", E+"/div[16]", note="LinkedIn/Facebook/Pinterest/WhatsApp follow buttons after the text"),
 C("other", "Are you ready for the future of HR? Learn modern and relevant HR skills, online", "after|outside", "/html/body/div/div[2]/div/div/div/div[3]", note="full-width course band between article and footer ('Browse courses', 'Enroll now')"),
 C("newsletter", "Subscribe to our Weekly Newsletter?", "outside", SL+"/div[1]", note="left-column newsletter form (ActiveCampaign form container filled by script)"),
 C("share", "SHARE", "before|outside", SL+"/div[3]", note="floating share sidebar with share count (LinkedIn, Facebook, Pinterest, WhatsApp, Twitter, Email)"),
 C("share", "", "outside", "/html/body/div/div[3]", amb=True, note="mobile bottom share bar (empty list)"),
 C("other", "DOWNLOAD THE REPORT", "outside", "/html/body/div/div[4]", amb=True, note="Brave pop-up 'DOWNLOAD THE REPORT'"),
 C("follow", "", "outside", "/html/body/div/div[2]/footer/div[1]/div/div/section[1]/div[2]", note="footer LinkedIn/Facebook/Twitter/YouTube profile icons (added after the blind reading of x253-x276: an omission)"),
 C("other", "Certificate program Future-proof your HR career by learning the latest", "outside", "/html/body/div/div[5]", amb=True, note="Brave pop-up promoting a certificate program"),
 C("share", "", "outside", "/html/body/div/div[10]", amb=True, note="hidden Easy Social Share copy-link window"),
 C("share", "Send this to a friend", "outside", "/html/body/div/div[11]", amb=True, note="hidden Easy Social Share mail-a-friend form"),
]
ads=[
 A(E+"/div[6]", "inline", "in-house image ad (gaihrpl ad plugin, img.small_ad) for the HR Business Partner certificate, after trend 3"),
]
