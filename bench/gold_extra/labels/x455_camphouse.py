from _dsl import *
FILE="wcxb/html/0100.html.gz"
# Camphouse (SaaS, WordPress/Elementor) blog post 'Social Shopping: Instagram, IGTV, Reels, TikTok and More': empty HubSpot
# banner overlay; skip link; desktop header (logo, mega menu Product / Solutions / Customer Stories / Resources with two
# featured cards 'Featured Case Study Hurtigruten Group' and 'Featured Ebook Why your CFO will love Camphouse' / About,
# 'Book a tour' button); mobile-only sticky header with menu copy; post header (category, h1, date); three columns: left
# 'Contents' TOC (script-filled), text (Key Takeaways box, sections, FAQ, closing pitch 'Track Your Social Shopping Campaigns
# in One Place ... Take the tour'), right sidebar promo 'One platform for media teams ... Book a tour'; 'More you might like'
# grid of 3 posts; footer: 'Ready to Optimize in Real Time, Not Retrospect? Book a tour' band (desktop), mobile-only sticky
# 'Book a Tour' bar, link columns, copyright / legal menu / social icons (desktop), mobile copy of columns and social icons;
# scroll-to-top. No ad slots.
# Not labelled: menus (header and footer, incl. Contact Us), Resources link columns of the mega menu, mobile header menu copy,
# TOC, category/date, in-text links, HubSpot banner overlay (consent banner mount), scroll-to-top link.
HD="/html/body/div[2]/div[1]/div/section/div[2]"
MM=HD+"/div[2]/div/div/div/nav/div/ul/li[4]/div[2]/div/div"
SC="/html/body/div[2]/div[2]/div/div/main/div"
FT="/html/body/div[2]/div[3]"
related=[
 R(MM+"/a[1]", "Featured Case Study", 1, "outside", amb=True, note="hidden Resources mega-menu featured card 'Featured Case Study Hurtigruten Group'"),
 R(SC+"/section[3]/div/div/div", "More you might like", 3, "after", note="'More you might like' grid of 3 blog posts (image, title, excerpt) under the article"),
]
ctas=[
 C("other", "Featured Ebook Why your CFO will love Camphouse", "outside", MM+"/a[2]", amb=True, note="hidden Resources mega-menu featured card linking a gated ebook download (lead magnet; could be read as a related item)"),
 C("other", "Book a tour", "outside", HD+"/div[3]", note="header 'Book a tour' button (demo funnel)"),
 C("other", "Take the tour to see how Camphouse helps you track what matters in social commerce.", "after", SC+"/section[2]/div/div[2]/div/div[2]/div/p[83]", amb=True, note="closing product-pitch line 'Take the tour ...' linking /tour, after the section 'Track Your Social Shopping Campaigns in One Place' (kept in the wcxb ground truth)"),
 C("other", "One platform for media teams to budget, plan, track, and report on every campaign", "outside", SC+"/section[2]/div/div[3]", note="right-sidebar promo box with 'Book a tour' button (hidden on mobile)"),
 C("other", "MEDIA OPERATIONS PLATFORM Ready to Optimize in Real Time, Not Retrospect? Book a tour", "after|outside", FT+"/section[1]", note="footer demo band 'Ready to Optimize in Real Time, Not Retrospect?' with 'Book a tour' button (hidden on mobile)"),
 C("other", "Book a Tour", "outside", FT+"/section[2]", amb=True, note="mobile-only sticky bottom bar with 'Book a Tour' button"),
 C("follow", "", "outside", FT+"/section[4]/div/div[3]", note="footer social icons (Facebook, X, LinkedIn, Instagram), desktop"),
 C("follow", "", "outside", FT+"/section[5]/div/div[4]/div/div[2]", amb=True, note="footer social icons, mobile-only copy"),
]
ads=[]
