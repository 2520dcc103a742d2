from _dsl import *
FILE="wcxb/html/0090.html.gz"
# Insurance Business America (Key Media) guide 'The top 10 insurance companies in the USA by market share': hidden
# 'intromercial' prestitial and mobile postitial overlays ('CONTINUE TO SITE' + GPT slot), out-of-page catfish GPT slot;
# header (logo, mega-menu incl. a 'Contact Us' submenu with E-newsletter/Advertise, region picker, search, account
# buttons, hidden Pelcro login/dashboard buttons); wallpaper GPT slot, billboard GPT slot; breadcrumb; h1; two-column
# article: standfirst and image, writer line (Guides, byline, date, 'Share' + empty ShareThis inline buttons), text
# blocks (contents list, IB+ Data Hub 'Subscribe today' line, ten insurer sections with company-profile links, two
# 970x250 GPT slots after the first insurer, 'take a closer look at GEICO...' and 'Learn more about American Family...'
# pointer lines, 7-step guide, closing premium-subscription pitch), business-card GPT slot; right column (300x600 GPT,
# 'LATEST NEWS' with 5 stories, 300x250 and 300x600 GPT); 'Keep up with the latest news and events' mailing-list band;
# footer (back-to-top button, logo, Facebook/Twitter/LinkedIn icons, legal menu, copyright); empty Algolia search modal.
# Not labelled: menus (incl. Contact Us / E-newsletter / Advertise, RSS and Contact us footer links), account and
# Pelcro buttons, breadcrumb, contents list, company-profile and source links within sentences, back-to-top, search modal.
AD="/html/body/div[3]/section[5]/div"
TX=AD+"/div[1]/div[2]"
RC=AD+"/div[2]/div"
related=[
 R(TX+"/div[34]", None, 1, "inline", amb=True, note="standalone line 'You can take a closer look at GEICO in our insurance rating and review.' (pointer to a guide, written as a sentence; kept in the wcxb ground truth)"),
 R(TX+"/div[94]", None, 1, "inline", amb=True, note="standalone line 'Learn more about American Family in our insurance ratings and review guide.' (as above)"),
 R(RC+"/div[1]/div[2]", "LATEST NEWS", 5, "outside", note="right column 'LATEST NEWS' list with 5 stories (image, section, title)"),
]
ctas=[
 C("share", "", "before", TX+"/div[1]/div/div", note="empty ShareThis inline share buttons after the 'Share' label in the writer line (filled by script)"),
 C("subscribe", "Note that all of this data comes from our own IB+ Data Hub. Subscribe today for more information like this", "inline", TX+"/div[4]", amb=True, note="in-text line promoting the paid IB+ Data Hub ('Subscribe today'), kept in the wcxb ground truth"),
 C("subscribe", "Get more detailed information by signing up for a premium subscription and getting access to the IB Data Hub.", "after", TX+"/div[107]", amb=True, note="closing premium-subscription pitch (ask closing the text; open question)"),
 C("newsletter", "Keep up with the latest news and events Join our mailing list, it’s free!", "after|outside", "/html/body/div[3]/section[6]", note="mailing-list band above the footer (prompt, e-mail field, subscribe button, image)"),
 C("follow", "", "outside", "/html/body/div[3]/footer/div/div[1]/div[2]", note="footer social icons (Facebook, Twitter, LinkedIn)"),
]
ads=[
 A("/html/body/section[1]", "outside", "hidden 'intromercial' prestitial overlay: 'CONTINUE TO SITE' header and GPT slot div-gpt-ad-...-prestitial"),
 A("/html/body/section[2]", "outside", "hidden mobile 'intromercial' overlay: 'CONTINUE TO SITE' header and empty GPT slot div-gpt-ad-...-postitial (device variant)"),
 A("/html/body/div[1]", "outside", "out-of-page catfish GPT slot (div-gpt-ad-...-oop-catfish)"),
 A("/html/body/div[3]/section[1]", "outside", "wallpaper (skin) GPT slot"),
 A("/html/body/div[3]/section[2]", "before|outside", "billboard GPT slot (ad-wrapper-billboard-v2) at the top of the page"),
 A(TX+"/section[1]", "inline", "970x250 GPT slot (-5) after the first insurer heading"),
 A(TX+"/section[2]", "inline", "970x250 GPT slot (-6) inside the State Farm section"),
 A(TX+"/section[3]", "after", "business-card GPT slot after the last text block"),
 A(RC+"/div[1]/div[1]", "outside", "right column 300x600 GPT slot (-2) above LATEST NEWS"),
 A(RC+"/div[2]/div[1]", "outside", "right column 300x250 GPT slot (-3)"),
 A(RC+"/div[2]/div[2]", "outside", "right column 300x600 GPT slot (-4)"),
]
