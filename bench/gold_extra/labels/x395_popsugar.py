from _dsl import *
FILE="wcxb/html/0039.html.gz"
# PS (Popsugar, Next.js) product review 'I Tried Amp, the AI Strength Training System': top leaderboard slot; header (logo,
# newsletter 'Subscribe' button, hamburger); article (breadcrumb, h1, byline, lead image, editor's disclosure note, body with
# one inline affiliate product box, images, rating, author bio paragraph); topic breadcrumbs; e-mail sign-up form; empty
# linkby widget and endCap ad slot under the article; footer (social icons, site links); hidden sidebar menu (aria-hidden
# drawer) with a copy of the footer incl. its social icons; out-of-page analytics ad slot.
# Not labelled: editor's disclosure note ('Product Review Guidelines here'), author bio paragraph, topic/breadcrumb lists,
# footer site links (incl. 'Write For Us', 'Contact'), empty last-inline-ad-sentinel / article spacer markers, empty
# header-email container in the hidden drawer.
PW="/html/body/div/div[1]"
AC=PW+"/div/article/div/div"
related=[]
ctas=[
 C("newsletter", "Subscribe", "outside", PW+"/header/div/div/div[2]/div", note="header 'Subscribe' button (to Popsugar e-mail newsletters sign-up page)"),
 C("other", "AmpFrom$1795$1,795 at ampfit.com", "inline", AC+"/div[2]/div[3]/div[1]", amb=True, note="affiliate product box (image, name, price, '$1,795 at ampfit.com' button) after the first paragraph"),
 C("newsletter", "By signing up, I agree to the Terms and Privacy Policy.", "after", AC+"/aside", note="e-mail acquisition sign-up form under the article (heading filled by script, e-mail input, legal line)"),
 C("follow", "", "outside", PW+"/footer/div/ul", note="footer social icons (Facebook, Instagram, YouTube, TikTok, Flipboard, Pinterest, Bluesky)"),
 C("follow", "", "outside", "/html/body/div/nav/footer/div/ul", amb=True, note="copy of the footer social icons in the hidden (aria-hidden) sidebar menu drawer"),
]
ads=[
 A(PW+"/aside", "before|outside", "leaderboard-wrap with concert-ad leaderboardSlot at the top of the page"),
 A(PW+"/div/div[1]", "after", "empty linkby-widget (data-type=listicle) under the article: third-party sponsored content container, filled by script", amb=True),
 A(PW+"/div/div[3]", "after", "concert-ad endCapSlot under the article"),
 A("/html/body/div/div[3]", "outside", "concert-ad analyticsSlot (out-of-page slot at the end of the page)", amb=True),
]
