from _dsl import *
FILE="scrapinghub/html/5a822960e9a2cb1e664d334b6c936c5cb6e41fb5331877538c2c8339cb59d57e.html.gz"
NAV="/html/body/div[2]/div/div[4]/nav"
ART="/html/body/div[2]/div/div[5]/div/div/div/article/div"
BS=ART+"/div[3]/div[1]"
related=[]
ctas=[
 C("share", "Share this —", "outside", NAV+"/div[2]/div[3]/div[2]/div[2]", note="share icons in the sticky header bar (shown when scrolled)"),
 C("follow", "Follow NBC News", "outside", NAV+"/div[3]/section/div[4]", amb=True, note="social links section of the hamburger menu (hidden until opened)"),
 C("share", "Facebook Twitter Email SMS Print Whatsapp Reddit Pocket Flipboard Pinterest Linkedin", "outside", NAV+"/div[5]", amb=True, note="share drop-down of the header (hidden until opened)"),
 C("newsletter", "Breaking News Emails Get breaking news alerts and special reports.", "before", BS+"/div[1]", note="newsletter sign-up box at the top of the body column, above the date/byline"),
]
ads=[
 A("/html/body/div[2]/div/div[2]", "before|outside", "topbanner ad above the header"),
 A(NAV+"/div[2]/div[2]", "outside", "empty js-sponsor-wrap in the header bar (section sponsor logo slot)", amb=True),
 A(ART+"/div[1]", "before|outside", "interstitial out-of-page slot (data-slot=interstitial) at the top of the article"),
 A(BS+"/div[2]/div[1]", "inline", "boxinline ad after the 2nd paragraph"),
 A(BS+"/div[2]/div[2]", "inline", "empty taboolaReadMoreBelow container in the body", amb=True),
 A(ART+"/div[3]/div[2]", "outside", "right rail boxrail ad"),
 A(ART+"/div[4]", "after", "midresponsive ad below the body"),
]
