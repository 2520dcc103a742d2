from _dsl import *
FILE="wcxb/html/0065.html.gz"
# Obesity Medicine Association (OMA) blog post 'Top Weight Loss Medications': top utility bar (Find a Provider, Subscribe
# to Our Mailing List, Connect@OMA, Academy Login, Join OMA); desktop header menu; mobile header (search, menu copy,
# utility-bar copy); breadcrumb; hero (date, h1, 'Share this post' copy-link/LinkedIn/Twitter/Facebook buttons, image);
# mobile TOC button; text (h2/h3 sections, FAQ, 'Are you seeking obesity treatment? Find an obesity medicine specialist'
# line, 'At a Glance' table); right column (sticky TOC template, blue 'Get the latest news ... Subscribe' box, empty
# blitz include); 'Sponsored Ad' carousel of two image banners; Citations accordion; author and two reviewer boxes;
# newsletter modal (informz subscription iframe, shown on load by script); footer (address, contact, social icons, link
# columns incl. 'Join Our Mailing List', copyright links); bottom-sticky AdButler slot with Close button.
# Not labelled: menus (incl. mobile copies and footer columns), breadcrumb, TOC (button and sticky list), Citations,
# author/reviewer boxes, footer address lines, empty blitz include, GTM noscript iframe, utility-bar links
# Find a Provider / Connect@OMA / Academy Login (navigation).
TX="/html/body/main/section[3]/div[2]/div[2]/div"
related=[]
ctas=[
 C("newsletter", "Subscribe to Our Mailing List", "outside", "/html/body/nav/div/a[2]", amb=True, note="top utility bar link-button 'Subscribe to Our Mailing List' (one of five utility links)"),
 C("subscribe", "Join OMA", "outside", "/html/body/nav/div/a[5]", amb=True, note="top utility bar primary button 'Join OMA' (membership)"),
 C("newsletter", "Subscribe to Our Mailing List", "outside", "/html/body/header[2]/div[2]/div[7]/a[2]", amb=True, note="mobile header copy of the utility bar: 'Subscribe to Our Mailing List'"),
 C("subscribe", "Join OMA", "outside", "/html/body/header[2]/div[2]/div[7]/a[5]", amb=True, note="mobile header copy of the utility bar: 'Join OMA'"),
 C("share", "Share this post", "before", "/html/body/main/section[2]/div[2]/div[1]/div", note="'Share this post' copy-link / LinkedIn / Twitter / Facebook buttons under the h1"),
 C("other", "Are you seeking obesity treatment? Find an obesity medicine specialist near you", "inline", TX+"/p[72]", amb=True, note="in-text line linking the Find a Provider directory, before the 'At a Glance' table (kept in the wcxb ground truth)"),
 C("newsletter", "Get the latest news about OMA’s live educational events and online courses. Subscribe", "outside", "/html/body/main/section[3]/div[2]/div[3]/div/div[2]", note="right-column blue box with mailing-list 'Subscribe' button under the TOC"),
 C("newsletter", "", "outside", "/html/body/main/section[9]", amb=True, note="newsletter modal (#omaModal, close button + informz subscription-page iframe) shown on load by script"),
 C("contact", "ph. 303.770.2526 fx. 303.779.4834 info@obesitymedicine.org", "outside", "/html/body/footer/div[1]/div[1]/div[2]", amb=True, note="footer 'Contact' lines: phone, fax and e-mail links (heading is the sibling strong)"),
 C("follow", "", "outside", "/html/body/footer/div[1]/div[1]/span", note="footer social icons (Facebook, Instagram, X, LinkedIn)"),
]
ads=[
 A("/html/body/main/section[4]/div[2]/div/div[1]", "after", "'Sponsored Ad' carousel slide 1: image banner (OMA Academy) under the text"),
 A("/html/body/main/section[4]/div[2]/div/div[2]", "after", "'Sponsored Ad' carousel slide 2: image banner (OMA Academy course)"),
 A("/html/body/div", "outside", "bottom-sticky AdButler slot (div.Ad-snippet, data-location=bottom-sticky, Close button, plc placement divs)"),
]
