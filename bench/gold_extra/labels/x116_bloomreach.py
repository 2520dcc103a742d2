from _dsl import *
FILE="wcxb/html/0017.html.gz"
P="/html/body/div[2]"
AR=P+"/div[3]/div"
ST=AR+"/div[2]"
FT="/html/body/footer/div/div/div[2]/div[2]/div"
related=[
 R("/html/body/header/nav[3]/div/div[4]", "Trending resources HOT", 6, "outside", amb=True, note="'Trending resources' links in the Resources mega-menu (hidden until opened)"),
 R(P+"/div[4]", "Recent Posts", 3, "after", note="'Recent Posts - Maintain an Edge With These New Posts' cards + 'View All' below the article"),
 R(P+"/div[6]", "Resource Library", 8, "after|outside", amb=True, note="'Resource Library - Explore More Resources' band of resource-section cards (podcasts, blogs, use cases ...), not stories"),
]
ctas=[
 C("other", "Email Performance Flatlining? Explore how data-driven teams use AI to send smarter, not more. See the Examples →", "before|outside", "/html/body/header/div[1]/div/div[1]", note="promo bar at the top of the header"),
 C("other", "Schedule a Demo", "outside", "/html/body/header/div[2]/div/div[2]", note="header 'Schedule a Demo' button (with the burger icon)"),
 C("share", "Share with Your Community Copied!", "before|outside", ST+"/div[2]", note="sticky sidebar share block (copy link + share buttons) beside the text"),
 C("newsletter", "Subscribe to our newsletter", "outside", ST+"/div[3]", note="sticky sidebar HubSpot newsletter form (hidden on tablet/mobile)"),
 C("other", "Want to see it in action? Request a demo today and bring next-generation AI personalization to your brand.", "after", AR+"/div[1]/div[2]/div/p[42]", amb=True, note="closing 'Request a demo' paragraph (the source's ground truth keeps it in the body)"),
 C("newsletter", "Join 15,000+ recipients getting the latest insights on AI and ecommerce delivered straight to their inboxes.", "after|outside", P+"/div[5]", note="newsletter sign-up band (HubSpot form) below the recent posts"),
 C("other", "The Future of Marketing is Autonomous Ready for a smarter way to work? Meet Affinity", "outside", FT+"/div[1]", note="footer product banner with 'Explore the Future' button"),
 C("follow", "Facebook Instagram Linkedin-in Spotify", "outside", FT+"/div[4]/div[2]", note="footer social icons"),
]
ads=[]
