from _dsl import *
FILE="wcxb/html/0343.html.gz"
# CO— by U.S. Chamber of Commerce product round-up '10 Free Accounting Tools for Your Small Business': promo alert bar,
# navigation (logo, section menus, Sign In/Sign Up module, nav footer with newsletter/event links and 'CO— BrandStudio'
# chamber/partner lines), empty StickyCTA module, article header (breadcrumb, title, dek, byline, share + bookmark),
# body (ten tools with feature lists, three bracketed 'Read more:' lines, a 'Choose Your Accounting Software' download box,
# a pull quote), closing lines (original author, disclaimer, membership plug), Coinbase 'Brought to you by' partner module,
# Midnight Oil newsletter form, published date, 'For more finance tips' cards, cookie bar, footer (welcome, contact,
# social links, chamber finder, newsletter, media kit, link menu), empty hidden Modals container.
# The vendor names in the text are plain links (no buy/price buttons): not labelled.
# Not labelled: navigation menus and nav-footer links, Sign In/Sign Up, breadcrumb, the pull quote, the disclaimer
# paragraph, cookie bar, footer welcome text, 'Chamber Finder' and 'Media Kit' sections, footer link menu, empty Modals.
B="/html/body/div[2]/div[2]/div[3]/div"
FW="/html/body/div[2]/footer/div[1]/div"
related=[
 R(B+"/p[4]", "Read more:", 1, "inline", note="'[Read more: A Guide to Small Business Accounting]' line"),
 R(B+"/p[14]", "Read more:", 1, "inline", note="'[Read more: 17 Accounting Terms to Know (Even if You Have an Accountant)]' line"),
 R(B+"/p[21]", "Read more:", 1, "inline", note="'[Read more: Starting a Business? How to Set Up Your Accounting Right From Day One]' line"),
 R("/html/body/div[2]/div[2]/div[4]", "For more finance tips", 3, "after", note="'For more finance tips' three article cards under the article"),
]
ctas=[
 C("other", "Coming Soon: Free AI Training for Small Business — Join the waitlist!", "outside", "/html/body/div[2]/section", note="closable promotional alert bar at the top of the page (waitlist sign-up)"),
 C("other", "", "outside", "/html/body/div[2]/div[2]/div[1]", amb=True, note="empty #StickyCTA module (sticky call to action loaded by script)"),
 C("share", "Share Unchecked Bookmark Icon Save", "before", "/html/body/div[2]/div[2]/div[2]/section/div/div[2]/div", note="share menu (Facebook, Twitter, LinkedIn, e-mail) with bookmark 'Save' button beside the byline"),
 C("other", "Choose Your Accounting Software Not sure what accounting software to choose for your business? Download our guide", "inline", B+"/div[1]", note="'Choose Your Accounting Software' guide-download box (icon-cta block) between tools 3 and 4"),
 C("subscribe", "CO—is committed to helping you start, run and grow your small business. Learn more about the benefits of small business membership", "after", B+"/p[30]", amb=True, note="closing line plugging U.S. Chamber small-business membership ('here' link)"),
 C("newsletter", "Subscribe to our newsletter, Midnight Oil Expert business advice, news, and trends, delivered weekly", "after", B+"/div[3]", note="Midnight Oil newsletter sign-up form under the article"),
 C("contact", "Contact U.S. Chamber of Commerce 1615 H Street, NW Washington, DC 20062", "outside", FW+"/section[1]/div/div[1]", amb=True, note="footer 'Contact' address section (no link)"),
 C("follow", "Social links Instagram LinkedIn Twitter Facebook Flipboard", "outside", FW+"/section[1]/div/div[2]", note="footer 'Social links' list"),
 C("newsletter", "Stay In Touch Newsletter Sign Up", "outside", FW+"/section[2]/div/div[2]", amb=True, note="footer 'Stay In Touch' section with a 'Newsletter Sign Up' link"),
]
ads=[
 A(B+"/section", "after", "Coinbase Business 'Brought to you by' partner promo module (data-mod-type PEM, button data-promo-type adPem) after the closing lines"),
]
