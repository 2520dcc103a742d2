from _dsl import *
FILE="wcxb/html/4138.html.gz"
# Softjourn (software outsourcing company) insights article 'The Most In-Demand Programming Languages for 2026 & Tips for
# Selecting the Right One': top menu; main header (mega-menu with 'Industry insights' cards, search, 'CONTACT US' button);
# mobile menu copy; hero (breadcrumb, h1, subtitle, date, author); left rail (article-anchors mount, empty star-rating
# mount); article text with grey 'Updates:' boxes and 'article-banner' promo boxes between the language sections (six
# 'get in touch' service banners, two 'Read more:' service banners, one 'Read more:' case-study banner), a closing
# 'Let Us Help You...' section ending 'Contact us today for a free consultation.'; numbered sources list; mobile copies of
# the star rating and of 'Related articles'; right rail ('Related articles' 18 cards, sticky 'Want to Know More?' contact
# card); empty social-modal and partnership elements; footer with only an empty footer-component mount.
# No scripts, iframes or ad markup on the page: no ads.
# Not labelled: menus (incl. the mega-menu 'Industry insights' cards and 'Learn More' links, mobile 'Contact Us' link),
# breadcrumb, author box, 'Updates:' boxes, sources list, article-anchors (table of contents), empty partnership element,
# the 'Working with Legacy Systems?' paragraph (body text with service links).
A2="/html/body/main/div[3]/div/div"
M=A2+"/div[2]"
T=M+"/div[3]"
related=[
 R(T+"/div[18]", None, 1, "inline", note="'Read more: How We Helped Myers Briggs' App Modernization' banner box linking to a case study (a pointer set apart, 10.10)"),
 R(A2+"/div[3]/div[1]", "Related articles", 18, "outside", note="right-rail 'Related articles' list of 18 cards"),
 R(M+"/div[7]", "Related articles", 18, "after", amb=True, note="mobile copy (d-lg-none) of the 'Related articles' list under the article (9.3)"),
]
ctas=[
 C("contact", "CONTACT US", "outside", "/html/body/main/div[2]/header/nav/div[2]/div/div[2]/div", note="header 'CONTACT US' button beside the search"),
 C("contact", "Need Python expertise for your next AI or data-driven project?", "inline", T+"/div[2]", note="article-banner box 'Need Python expertise ... get in touch' (service page)"),
 C("contact", "Looking for skilled JavaScript developers?", "inline", T+"/div[4]", note="article-banner box '... get in touch' (JavaScript services)"),
 C("other", "Read more: Need TypeScript expertise for your next project?", "inline", T+"/div[6]", note="article-banner 'Read more:' box promoting the TypeScript development service page"),
 C("contact", "Need Java expertise?", "inline", T+"/div[8]", note="article-banner box '... get in touch' (Java services)"),
 C("other", "Softjourn's skilled C# developers can help you build robust, enterprise-level applications.", "inline", T+"/p[45]", amb=True, note="promo sentence in its own paragraph linking the C# service page (a reader may call it body)"),
 C("contact", "Softjourn’s skilled developers can help you build robust, enterprise-level applications.", "inline", T+"/div[10]", note="article-banner box '... get in touch' (.NET services)"),
 C("contact", "Need PHP expertise for your next project?", "inline", T+"/div[12]", note="article-banner box '... get in touch' (PHP services)"),
 C("other", "Read more: Trust in the expertise of Softjourn's Golang developers", "inline", T+"/div[15]", note="article-banner 'Read more:' box promoting the Golang service page"),
 C("contact", "Ready to make the right technology decision? Contact us today for a free consultation.", "after", T+"/p[103]", amb=True, note="closing sentence of the text with a 'Contact us today' link (10.1)"),
 C("other", "", "outside", A2+"/div[1]/div[2]", amb=True, note="empty stars-rating-component mount in the fixed left rail (page rating widget)"),
 C("other", "", "after", M+"/div[6]", amb=True, note="mobile copy of the empty stars-rating-component mount"),
 C("contact", "Want to Know More? Ready to make an informed decision", "outside", A2+"/div[3]/div[2]", note="sticky right-rail card 'Want to Know More?' with CONTACT US button"),
 C("share", "", "outside", "/html/body/main/div[3]/social-modal", amb=True, note="empty social-modal custom element (share/social modal filled by script)"),
 C("contact", "", "outside", "/html/body/main/footer", amb=True, note="footer holding only an empty footer-component mount (contact-us attribute), rendered by script (10.9)"),
]
ads=[]
