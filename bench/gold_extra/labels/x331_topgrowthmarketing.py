from _dsl import *
FILE="wcxb/html/0123.html.gz"
# Top Growth Marketing (agency, Divi theme, NitroPack) listicle 'Best Supplement Marketing Agencies In the US': header
# menu ending in a 'Book A Call' item; promo bar 'Do you want more web conversions? Yes / No'; title band; post
# content (agency sections, each ending in a 'Visit website' link; the own section ends in 'Reach Out'; Monarch inline
# share bar at the end); right column ('Written by' + follow icons, search, About blurb + CONTACT US button, 'Articles |
# Agency' tabs with 5 latest posts, 'Tools' links, empty Klaviyo form); previous/next links; 'You May Also Like…' grid;
# comment section; footer (link columns, 'Connect' follow icons); Monarch widgets: Pinterest pin modal, floating share
# sidebar, mobile share panel, auto pop-up, fly-in. No ads, no ad configuration.
# Not labelled: menus, search, the title band, the 'Agency' tab (site menu links), the 'Tools' tab (resource page links),
# footer link columns, the empty Monarch mobile trigger button, nitro templates.
# The per-agency 'Visit website' links follow the set's convention for per-listing buttons in the text (ambiguous
# 'other'); the wcxb ground truth keeps them in the body.
B="/html/body/div[2]/div/div/div/div/div"
P=B+"/div[3]/div[1]/div[1]/div"
SB=B+"/div[3]/div[1]/div[2]"
related=[
 R(SB+"/div[8]/div/div[1]", "Articles", 5, "outside", note="'Articles' tab of the right column with 5 latest posts"),
 R(B+"/div[3]/div[2]", None, 2, "after", note="previous / next post links"),
 R(B+"/div[4]", "You May Also Like…", 4, "after", note="'You May Also Like…' grid of 4 posts"),
]
ctas=[
 C("contact", "Book A Call", "outside", "/html/body/div[2]/div/header/div[1]/div[2]/nav/ul/li[5]", amb=True, note="'Book A Call' item (custom link) closing the header menu"),
 C("other", "Do you want more web conversions? Yes, I want better conversions No, I have good conversions", "before|outside", B+"/div[1]", note="promo bar with Yes/No buttons above the title band"),
 C("contact", "Reach Out", "inline", P+"/p[18]", amb=True, note="'Reach Out' link (contact page) closing the agency's own entry"),
 C("other", "Visit website", "inline", P+"/p[25]", amb=True, note="per-listing 'Visit website' link (Nutra Marketers)"),
 C("other", "Visit website", "inline", P+"/p[32]", amb=True, note="per-listing 'Visit website' link (Amra & Elma)"),
 C("other", "Visit website", "inline", P+"/p[41]", amb=True, note="per-listing 'Visit website' link (Pure Branding)"),
 C("other", "Visit Website", "inline", P+"/p[49]", amb=True, note="per-listing 'Visit Website' link (The Snow Agency)"),
 C("other", "Visit Website", "inline", P+"/p[56]", amb=True, note="per-listing 'Visit Website' link (Interpy)"),
 C("other", "Visit website", "inline", P+"/p[64]", amb=True, note="per-listing 'Visit website' link (SupplyDrop)"),
 C("other", "Visit Website", "inline", P+"/p[71]", amb=True, note="per-listing 'Visit Website' link (Cardinal Digital Marketing)"),
 C("other", "Visit website", "inline", P+"/p[78]", amb=True, note="per-listing 'Visit website' link (Wellness Creative Co.)"),
 C("other", "Visit website", "inline", P+"/p[85]", amb=True, note="per-listing 'Visit website' link (Power Digital Marketing)"),
 C("share", "Facebook Twitter LinkedIn Gmail Buffer", "after", P+"/div", note="Monarch inline share bar at the end of the post content (kept in the wcxb ground truth)"),
 C("follow", "Follow Follow Follow Follow", "outside", SB+"/ul", note="right-column follow icons under 'Written by Top Growth Marketing'"),
 C("contact", "About Top Growth Marketing TGM has spent more than $300 Million across social & search advertising platforms.", "outside", SB+"/div[6]", amb=True, note="right-column 'About' blurb (company pitch) above the CONTACT US button"),
 C("contact", "CONTACT US", "outside", SB+"/div[7]", note="right-column CONTACT US button"),
 C("newsletter", "", "outside", SB+"/div[10]", amb=True, note="empty sticky Klaviyo form embed in the right column"),
 C("comments", "0 Comments Submit a Comment Cancel reply", "after", B+"/div[5]", note="comment section with form"),
 C("follow", "Connect Follow Follow Follow Follow Follow", "outside", "/html/body/div[2]/div/div/footer/div/div/div/div[4]", note="footer 'Connect' follow icons"),
 C("share", "Pin It on Pinterest", "outside", "/html/body/div[3]", amb=True, note="hidden Monarch 'Pin It on Pinterest' image modal"),
 C("share", "", "before|outside", "/html/body/div[4]", note="Monarch floating share sidebar (icons filled by script)"),
 C("share", "Share This Facebook Twitter LinkedIn Gmail Buffer", "outside", "/html/body/div[6]", amb=True, note="Monarch mobile share panel"),
 C("share", "Share Need some help with your media buying and customer acquisition? Facebook Twitter LinkedIn Gmail Buffer", "outside", "/html/body/div[8]", note="Monarch auto pop-up share box"),
 C("share", "Getting Value, Share it With Others!", "outside", "/html/body/div[9]", note="Monarch bottom-right share fly-in"),
]
ads=[]
