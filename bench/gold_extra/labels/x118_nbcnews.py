from _dsl import *
FILE="scrapinghub/html/7a457a4f71735c17b8b34fafc88835d225cf879b2d812311857a64cfc891eee9.html.gz"
# NBC News article (same template as x86): short body with three boxinline slots, two newsletter boxes, no related
# block in the HTML (no recirculation module rendered), author box with social icons after the body.
NAV="/html/body/div[2]/div/div[4]/nav"
ART="/html/body/div[2]/div/div[5]/div/div/div/article/div"
BS=ART+"/div[3]/div[1]"
related=[]
ctas=[
 C("share", "Share this —", "outside", NAV+"/div[2]/div[3]/div[2]/div[2]", note="share icons in the sticky header bar (shown when scrolled)"),
 C("follow", "Follow NBC News", "outside", NAV+"/div[3]/section/div[4]", amb=True, note="social links section of the hamburger menu (hidden until opened)"),
 C("share", "Facebook Twitter Email SMS Print Whatsapp Reddit Pocket Flipboard Pinterest Linkedin", "outside", NAV+"/div[5]", amb=True, note="share drop-down of the header (hidden until opened)"),
 C("newsletter", "Breaking News Emails Get breaking news alerts and special reports.", "before", BS+"/div[1]", note="tablet newsletter sign-up box at the top of the body column, above the date/byline"),
 C("newsletter", "Let our news meet your inbox. The news and stories that matters, delivered weekday mornings.", "inline", BS+"/div[2]/div[3]", amb=True, note="#emailSignup form after the 3rd paragraph (class dn: hidden unless shown by script)"),
 C("follow", "", "after", BS+"/div[3]/div/div/span[3]", amb=True, note="author box under the body: Twitter and e-mail icons of the reporter"),
]
ads=[
 A("/html/body/div[2]/div/div[2]", "before|outside", "topbanner ad above the header"),
 A(NAV+"/div[2]/div[2]", "outside", "empty js-sponsor-wrap in the header bar (section sponsor logo slot)", amb=True),
 A(ART+"/div[1]", "before|outside", "interstitial out-of-page slot (data-slot=interstitial) at the top of the article"),
 A(BS+"/div[2]/div[1]", "inline", "boxinline ad after the 2nd paragraph"),
 A(BS+"/div[2]/div[2]", "inline", "empty taboolaReadMoreBelow container in the body", amb=True),
 A(BS+"/div[2]/div[4]", "inline", "boxinline ad after the 6th paragraph"),
 A(BS+"/div[2]/div[5]", "inline", "boxinline ad before the last paragraph"),
 A(ART+"/div[3]/div[2]", "outside", "right rail boxflex ad"),
 A(ART+"/div[4]", "after", "midresponsive ad below the body"),
]
