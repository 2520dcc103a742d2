from _dsl import *
FILE="wcxb/html/4565.html.gz"
# realestate.com.au (React 'rui' layout) advice article 'The pros and cons of living in a tiny home': empty header ad
# container (leaderboard layout); header (logo, Menu buttons, main nav Buy/Rent/Sold/Share…, mobile side-panel nav copy);
# News/Insights/Guides/Lifestyle/Video tab bar; breadcrumbs; h1; author and date; 'Add as a preferred source on Google'
# link; article text with pro/con h2 sections, captioned images and two inline video players; 'originally published'
# note; 'Help us improve your reading experience' survey card; right aside (empty Medrec1 container, sticky column with
# empty AnchoredTrafficDriver and Medrec2 containers and a 'Help us improve this page' survey card); 'Editor's pick
# videos' band (empty player and playlist); SEO footer with Guides / Other Sites / Popular Searches tabs and disclaimer;
# REA footer (social icons, 'Advertise with us / Contact us …' links, REA Group sites).
# Not labelled: header nav and mobile nav copy (incl. 'Share', a flat-share product), section tab bar, breadcrumbs,
# author/date, inline video players, 'originally published' note, SEO footer Guides and Other Sites tabs (site
# directories) and disclaimer, footer link lists (incl. 'Advertise with us', 'Contact us'), REA Group sites row.
MN="/html/body/div/main"
CW=MN+"/section[1]/div[1]"
AS=MN+"/section[1]/div[2]"
related=[
 R(MN+"/section[2]", "Editor’s pick videos", 0, "after|outside", amb=True, note="'Editor's pick videos' band under the article: heading, empty video player and empty playlist (filled by script)"),
 R("/html/body/div/footer/div/div[2]/div[3]", "Popular Searches", 16, "outside", amb=True, note="SEO footer tab 'Popular Searches' (a tab hidden until chosen): 16 links to advice guides ('Cost to Build a House', 'How to Win a Rental Application'…), a footer link list a reader could take as popular content"),
]
ctas=[
 C("follow", "Add as a preferred source on Google", "before", CW+"/a", amb=True, note="'Add as a preferred source on Google' link under the byline (asks the reader to follow the site in Google)"),
 C("other", "Help us improve your reading experience Got a minute? Your feedback will help us build a better exper", "after", CW+"/div[2]", note="survey card under the article with 'Take our 1 minute survey' button"),
 C("other", "Help us improve this page Take our 1 minute survey", "outside", AS+"/div[2]/div[3]", note="sticky right-aside survey card with 'Take our 1 minute survey' button"),
 C("follow", "Facebook Twitter Pinterest LinkedIn YouTube", "outside", "/html/body/div/div[3]/footer/div[1]/div/div[1]", note="footer social icons (div.rui-footer-social)"),
]
ads=[
 A("/html/body/div/div[1]", "before|outside", "empty header ad container at the top of the page (div.header-ad-container, body in the leaderboard layout)"),
 A(AS+"/div[1]", "outside", "empty right-aside Medrec1 container (medium rectangle slot)"),
 A(AS+"/div[2]/div[1]", "outside", "empty AnchoredTrafficDriver container in the sticky aside column (a promo/ad slot going by its name; could be an own-site promo)", amb=True),
 A(AS+"/div[2]/div[2]", "outside", "empty right-aside Medrec2 container (medium rectangle slot) in the sticky column"),
]
