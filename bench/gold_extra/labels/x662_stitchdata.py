from _dsl import *
FILE="wcxb/html/0314.html.gz"
# Stitch (stitchdata.com, a Qlik product; Gatsby site) resource article 'Top 24 tools for data analysis and how to decide
# between them': skip link; header (logo, menu toggle, nav list with Platform / Solutions / Integrations menus, Pricing,
# Customers, Documentation, Sign in, and two button-styled items 'Try it free' and 'Contact Sales'); hero h1; text (intro,
# 'How to choose', 24 numbered tools, 'Using data analysis tools with Stitch' closing with 'Try Stitch for free today'),
# with three promo boxes set in it: two 'Try Stitch to get data for your favorite analytics tool today' boxes with a
# 'Sign up for free' / 'Contact Sales' button pair and a yellow 'Free 14-day trial' box with a 'Sign up' button; band
# 'Give Stitch a try, on us' with the same button pair after the text; footer (social icons, link columns, legal links).
# No related block and no ad slot on the page.
# Not labelled: skip link, nav menus and 'Sign in', in-text links in ordinary sentences, footer link columns (incl.
# Company > Contact), legal links.
H="/html/body/div/div[1]/div/div/div/header/nav/ul"
S="/html/body/div/div[1]/div/main/section[1]"
BAND="/html/body/div/div[1]/div/main/section[2]/div/div"
related=[]
ctas=[
 C("other", "Try it free", "outside", H+"/li[8]", note="header nav button 'Try it free' (Qlik Talend Cloud trial; button style, 11.7: a trial button is a plain other CTA)"),
 C("contact", "Contact Sales", "outside", H+"/li[9]", note="header nav button 'Contact Sales' (primary button style, links to /contact/)"),
 C("other", "Try Stitch to get data for your favorite analytics tool today Sign up for free → Contact Sales →", "inline", S+"/div[1]", note="first in-text promo box (mini-cta black) with a sign-up / contact-sales button pair (convention 9.2: one CTA on the box, kind other as the asks differ)"),
 C("other", "Sign up for free →", "inline", S+"/div[1]/div/a[1]", amb=True, note="'Sign up for free' button of the first promo box (9.2: each button of a two-ask bar an amb item)"),
 C("contact", "Contact Sales →", "inline", S+"/div[1]/div/a[2]", amb=True, note="'Contact Sales' button of the first promo box (9.2)"),
 C("other", "Try Stitch to get data for your favorite analytics tool today Sign up for free → Contact Sales →", "inline", S+"/div[2]", note="second in-text promo box (mini-cta) after 'Tableau', same sign-up / contact-sales pair"),
 C("other", "Sign up for free →", "inline", S+"/div[2]/div/a[1]", amb=True, note="'Sign up for free' button of the second promo box (9.2)"),
 C("contact", "Contact Sales →", "inline", S+"/div[2]/div/a[2]", amb=True, note="'Contact Sales' button of the second promo box (9.2)"),
 C("other", "Let Stitch increase your data flexibility and accessibility today Free 14-day trial. No credit card required Sign up", "inline", S+"/div[3]", note="yellow in-text trial box ('Free 14-day trial', 'Sign up' button) after 'Chartio'"),
 C("other", "Data analysis tools work best with accessible data centralized in a data warehouse.", "after", S+"/p[31]", amb=True, note="closing paragraph of the text ending in the link 'Try Stitch for free today' (10.1: an ask closing the text, a reader may call it body; kept in the wcxb ground truth)"),
 C("other", "Give Stitch a try, on us Stitch streams all of your data directly to your analytics warehouse.", "after", BAND, note="'Give Stitch a try, on us' band under the text with 'Sign up for free' / 'Contact Sales' buttons (9.2: one CTA, kind other)"),
 C("other", "Sign up for free →", "after", BAND+"/div/a[1]", amb=True, note="'Sign up for free' button of the closing band (9.2)"),
 C("contact", "Contact Sales →", "after", BAND+"/div/a[2]", amb=True, note="'Contact Sales' button of the closing band (9.2)"),
 C("follow", "", "outside", "/html/body/div/div[1]/div/footer/div/ul", note="footer social icons (Facebook, Twitter, LinkedIn, Instagram)"),
]
ads=[]
