from _dsl import *
FILE="wcxb/html/4068.html.gz"
# iRunFar buyer's guide 'Best GPS Running Watches of 2026': empty jeeng push-notification mount; header (mobile and
# desktop menus, search boxes); sticky news notice (IAU 50k preview and Transgrancanaria results links); article
# (category, h1, excerpt, byline with '| Comments' anchor link, affiliate disclosure 'Support us! ... Learn more');
# text with a picks list, one section per watch ending in affiliate 'Shop the ...' buttons (8 boxes, one with two
# buttons), comparison table, buying advice, FAQ; 'Back to our top ... Picks' anchor button; in-text YARPP 'Related
# articles:' list (3 stories); tags; three author bios; empty Disqus thread; right sidebar ('Follow us!' social icons,
# in-house ad carousel image linking to the trail shoe guide, "Buyer's Guides" and 'Trail Running Shoe Reviews'
# accordion link lists, 'Help Support iRunFar!' Patreon button); compact footer (logo, social icons, footer menu,
# copyright); hidden search form. No ad network markup.
# Not labelled: menus and search boxes, tags, author bios, affiliate disclosure line, 'Back to our top picks' anchor
# button, footer menu (incl. 'Advertise'), byline author links.
AR="/html/body/div[2]/div/div/div[2]/div/main/article"
TX=AR+"/div[6]/div[1]"
SB="/html/body/div[2]/div/div/div[2]/div/aside/div"
related=[
 R(TX+"/div[13]", "Related articles:", 3, "after", note="YARPP 'Related articles:' list (3 stories with excerpts) at the end of the text"),
 R(TX+"/p[50]", None, 1, "inline", amb=True, note="one-sentence paragraph 'You can read more about the details of this watch in our in-depth Coros Vertix 2S review.' (a pointer to a review; could be read as prose)"),
 R("/html/body/div[2]/div/div/div[1]", None, 2, "before|outside", amb=True, note="site-wide sticky news notice above the article: 'Read our preview of this weekend's IAU 50k World Champs' and Transgrancanaria results links (a news ticker, could be read as a notice)"),
 R(SB+"/div[3]", "Buyer's Guides", 14, "outside", amb=True, note="sidebar accordion of buyer's guide links (navigation-like list repeating the menu)"),
 R(SB+"/div[4]", "Trail Running Shoe Reviews", 70, "outside", amb=True, note="sidebar collapsed accordion of shoe review links (navigation-like list repeating the menu)"),
]
ctas=[
 C("other", "", "outside", "/html/body/div[1]", amb=True, note="empty #jeeng-notification mount (push-notification prompt, script-filled)"),
 C("comments", "Comments", "before", AR+"/div[5]/div[1]/span/a", amb=True, note="'Comments' link to #disqus_thread in the byline"),
 C("other", "Shop the Garmin Forerunner 970", "inline", TX+"/a[1]", amb=True, note="affiliate product button (REI)"),
 C("other", "Shop the Apple Watch Ultra 3", "inline", TX+"/a[2]", amb=True, note="affiliate product button"),
 C("other", "Shop the Coros Apex 4", "inline", TX+"/a[3]", amb=True, note="affiliate product button (REI)"),
 C("other", "Shop the Coros Vertix 2s", "inline", TX+"/a[4]", amb=True, note="affiliate product button (REI)"),
 C("other", "Shop the Amazfit T-Rex 3 Pro", "inline", TX+"/a[5]", amb=True, note="affiliate product button (REI)"),
 C("other", "Shop the Suunto Run", "inline", TX+"/a[6]", amb=True, note="affiliate product button (REI)"),
 C("other", "Shop the Suunto Vertical 2 - stainless steel Shop the Vertical 2 - titanium", "inline", TX+"/p[81]", amb=True, note="paragraph with two affiliate product buttons (REI)"),
 C("other", "Shop the Polar Grit X2", "inline", TX+"/a[7]", amb=True, note="affiliate product button (Skimlinks)"),
 C("comments", "", "after", AR+"/div[7]/div[5]", note="empty Disqus thread under the author bios (filled by script)"),
 C("follow", "Follow us!", "outside", SB+"/div[1]", note="sidebar 'Follow us!' social icons (Facebook, Twitter, YouTube, Instagram, Strava, daily e-mails)"),
 C("donate", "Help Support iRunFar!", "outside", SB+"/div[5]", note="sidebar 'Help Support iRunFar!' Patreon button"),
 C("follow", "", "outside", "/html/body/div[2]/div/footer/div/div[2]", note="footer social icons"),
]
ads=[
 A(SB+"/div[2]", "outside", amb=True, note="sidebar .ad-carousel-widget-block: in-house image ad linking to the Best Trail Running Shoes guide (Hoka Speedgoat 6); a house promo, could be read as a related link"),
]
