from _dsl import *
FILE="wcxb/html/4844.html.gz"
# DataFeedWatch Academy (HubSpot CMS) article 'What is Product Feed Specification?': navbar (skip link, logo, menu
# Solutions / Pricing / Integrations / Learn / Blog / DataFeedWatch AI, 'Sign in' and 'See pricing' buttons); h1 header;
# left aside (newsletter 'Join 18,000+ other marketers and get weekly updates' with a HubSpot form mount; sticky 'Popular
# Resources' list of 3 posts; empty ctas-aside module); article (centred h2 walk-through title, image, attribute sections
# with lists and screenshots, pointer lines to other blog posts, a small HubSpot image CTA (alt 'Click me', 373x18) closing
# four sections, a 900x275 HubSpot banner CTA, 'how to add a feed' sections, closing guide links, 'Schedule a Demo'
# HubSpot CTA); right aside 'Contents' (table of contents); empty FAQ module; 'About DataFeedWatch' box; footer (link
# groups Platform / Resources / Company / Services / Shopping Carts, partner badges, social icons, copyright, legal links).
# No ads, no ad configuration.
# Not labelled: navbar menu, table of contents, empty FAQ module, 'About DataFeedWatch' company blurb, section anchors,
# links to Google help pages (body), footer link groups (incl. 'Contact Us', 'Login'), partner badges, legal links.
AR="/html/body/div[2]/main/div[2]/div/article"
AS="/html/body/div[2]/main/div[2]/aside[1]"
NB="/html/body/div[1]/div/div[1]/nav/div"
related=[
 R(AS+"/div[2]/div/div[1]", "Popular Resources", 3, "outside", note="sticky left-aside 'Popular Resources': What is a Data Feed? / The Complete Guide To Data Feed Optimization / Learn Data Feed Management"),
 R(AR+"/p[11]", None, 1, "inline", amb=True, note="paragraph 'Check out our other article for a full overview of all Google merchant feeds …' (pointer in an ordinary paragraph: convention 10.10 amb)"),
 R(AR+"/p[27]", None, 1, "inline", amb=True, note="'Tip: Here you can find a recommended product title structure per category.' line linking a blog post (convention 10.10)"),
 R(AR+"/p[39]", None, 2, "inline", amb=True, note="paragraph pointing to a previous article on Google image requirements and a Tip linking the Image Improvement post (pointers written into sentences, convention 10.10)"),
]
ctas=[
 C("other", "Sign in See pricing", "outside", NB, note="navbar button bar: 'Sign in' and 'See pricing' (convention 4: one CTA on the bar, 'other' as the asks differ)"),
 C("other", "Sign in", "outside", NB+"/a[1]", amb=True, note="navbar 'Sign in' button (convention 9.2)"),
 C("other", "See pricing", "outside", NB+"/a[2]", amb=True, note="navbar 'See pricing' primary button (convention 9.2)"),
 C("newsletter", "Join 18,000+ other marketers and get weekly updates", "outside", AS+"/div[1]", note="left-aside newsletter box: headline over a HubSpot form mount (form filled by script)"),
 C("other", "", "outside", AS+"/div[2]/div/div[2]", amb=True, note="empty 'ctas-aside' HubSpot module under Popular Resources (convention 10.9: unrendered mount, kind from its name)"),
 C("other", "", "inline", AR+"/p[13]", amb=True, note="small HubSpot image CTA (373x18, alt 'Click me') at the end of the feed-types section; the same CTA closes three more sections; what it asks (possibly a back-to-top or trial link) is not in the HTML"),
 C("other", "", "inline", AR+"/p[21]", amb=True, note="second copy of the small HubSpot CTA (end of the specifications overview)"),
 C("other", "", "inline", AR+"/p[43]", amb=True, note="third copy of the small HubSpot CTA (end of the required attributes)"),
 C("other", "", "inline", AR+"/p[68]", note="HubSpot banner CTA image (900x275, alt 'Click me') between the conditional and the optional attributes"),
 C("other", "", "inline", AR+"/p[128]", amb=True, note="fourth copy of the small HubSpot CTA (end of the optional attributes)"),
 C("other", "", "after", AR+"/p[147]", note="closing HubSpot CTA image banner (alt text: Schedule a Demo. Connect with our feed experts … – Pick a Time) (convention 10.7: demo request)"),
 C("follow", "DataFeedWatch on Social Media", "outside", "/html/body/div[3]/footer/div/div[2]/div[2]/div[1]", note="footer social icons (sr-only heading 'DataFeedWatch on Social Media', 3 links)"),
]
ads=[]
