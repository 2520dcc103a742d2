from _dsl import *
FILE="wcxb/html/2891.html.gz"
# NYT Wirecutter buying guide 'The Best Wireless Bluetooth Earbuds' (Next.js, hashed classes). Top DFP ad
# ('Advertisement / SKIP ADVERTISEMENT'), header reduced to a skip link (menus script-rendered), affiliate disclosure
# line, 'Sections in this article' TOC + sticky chapter list; article: breadcrumbs, title, date, share row, FYI
# update notice, lede, 'Everything we recommend' product callouts, highlights, intro callouts, research chapters
# with product cards and retailer buttons, one inline recirc box ('Learn more about how we test'), 'The competition',
# 'Meet your guide' author bio with LinkedIn/Instagram icons; below: 'Further reading' (4 stories) and a bottom DFP
# ad; footer with blurb, social icons and link columns.
# Not labelled: skip link, affiliate disclosure, TOC / chapter nav, breadcrumbs, FYI notice, product callouts and
# retailer buttons (the guide itself), in-text affiliate links, empty layout divs, hidden admin 'Edit' link, footer
# link columns (incl. 'Newsletters', 'Send us feedback'), empty trailing aside.
M="/html/body/div/div/div/main/article"
R_=M+"/div[1]/div[3]"
related=[
 R(R_+"/div[1]/div[6]/div/section/div/aside", "Learn more about how we test", 1, "inline", note="inline recirc box: 'How Wirecutter Tests Audio Products (And You Can, Too!)'"),
 R(M+"/div[2]/div/div/section", "Further reading", 4, "after", note="'Further reading' related_content grid under the article"),
]
ctas=[
 C("share", "", "before", M+"/div[1]/div[1]/div[1]/header/div/div[1]/div/div[2]", note="header share row: copy link, X, Facebook, e-mail"),
 C("follow", "", "after", R_+"/div[2]/div/div/div[1]/div[2]/div", amb=True, note="author bio LinkedIn / Instagram icons ('Meet your guide')"),
 C("follow", "", "outside", "/html/body/div/div/div/footer/div/div[2]/div[1]/div", note="footer social icons (Facebook, Instagram, X, TikTok)"),
]
ads=[
 A("/html/body/div/div/div/div[1]", "before|outside", "top dfp-ad-top slot with 'Advertisement' / 'SKIP ADVERTISEMENT'"),
 A(M+"/div[2]/div/div/div[1]", "after|outside", "dfp-ad-bottom slot with 'Advertisement' / 'SKIP ADVERTISEMENT' under 'Further reading'"),
]
