from _dsl import *
FILE="wcxb/html/4893.html.gz"
# Security.org product round-up 'Best Identity Theft Protection Services of 2026': search overlay; header (disclosure bar
# 'We may earn compensation ... Learn More' beside a YouTube promo 'Our videos have over 16 million views on YouTube / See
# Our Channel »'; logo, mega menu); hero (h1, subtitle); meta (human-written note, two authors, date); 'About our
# Methodology and Testing' metrics accordion; 'Our Top Picks' band of 3 product tiles (View Plans / Get buttons, phone
# numbers); table of contents beside the content column; intro text; anchor list of the top 7; 7 product entries, each with
# a box (logo, SecurityScore, phone, View Plans / Get button, 'Links to ...'), a sticky product card (logo, phone, button),
# specs table, text, pros/cons, tips, pricing tables and 13 '>> Read More: / See Also: / Compare: / Related: / Also: /
# Learn More: / Read About:' story lines; Honorable Mentions; explainer sections (one more '>> Must Read:' line), video,
# methodology, recap, FAQ accordion; 'Citations' toggle with an AddToAny share kit after each of its 5 entries; author bio
# box (empty social-links div); 'Explore Related Articles' band of 4 cards; footer (Company / Research / Privacy Rights
# menus, YouTube / Facebook / ... icons, copyright); back-to-top link.
# Not labelled: search overlay, menus, compensation disclosure and 'Learn More' links, human-written notes, metrics
# accordion, tables of contents (TOC column, 'The Top 7' anchor list, mobile jump select), specs tables, pros/cons, tips
# (body), video, FAQ accordion, author bio (its social-links div is empty), footer menus, back-to-top, hidden tracking
# inputs. No ad markup on the page.
M="/html/body/div/div[2]/div/main"
TP=M+"/section[3]/div"
L=M+"/section[4]/div/div[2]/section[3]/div/ul"
CI=M+"/div[2]/div[2]/ol"
related=[
 R(L+"/li[1]/p[2]", None, 1, "inline", note="'>> Read More: The Best Identity Theft Services for Dark Web Monitoring' story line (Aura entry)"),
 R(L+"/li[1]/p[8]", None, 1, "inline", note="'>> See Also: The Best Passwords Managers for Chrome' story line"),
 R(L+"/li[2]/p[2]", None, 1, "inline", note="'>> Compare: LifeLock vs. IdentityForce' story line"),
 R(L+"/li[2]/p[5]", None, 1, "inline", note="'>> Related: The Top VPNs of the Year Tested by Experts' story line"),
 R(L+"/li[2]/p[8]", None, 1, "inline", note="'>> Also: Comparing the Top ID Theft Providers of 2026' story line"),
 R(L+"/li[3]/p[2]", None, 1, "inline", note="'>> Read More: The Best VPN Service of 2026' story line"),
 R(L+"/li[3]/p[6]", None, 1, "inline", note="'>> Compare: Hotspot Shield Vs. NordVPN' story line"),
 R(L+"/li[4]/p[2]", None, 1, "inline", note="'>> See Also: Identity Guard vs. LifeLock' story line"),
 R(L+"/li[4]/p[5]", None, 1, "inline", note="'>>Also: Do I Need Antivirus for My Mac?' story line"),
 R(L+"/li[5]/p[4]", None, 1, "inline", note="'>> Learn More: Surfshark VPN Tested by Experts' story line"),
 R(L+"/li[5]/p[7]", None, 1, "inline", note="'>> Read About: Surfshark Antivirus Review & Pricing in 2026' story line"),
 R(L+"/li[6]/p[2]", None, 1, "inline", note="'>> Compare: Incogni vs. Delete Me' story line"),
 R(M+"/section[4]/div/div[2]/section[5]/div/p[3]", None, 1, "inline", note="'>> Must Read: The Early Signs of Identity Theft' story line in 'What Is Identity Theft?'"),
 R("/html/body/div/div[4]", "Explore Related Articles", 4, "after|outside", note="'Explore Related Articles' band of 4 dated cards (businesses, seniors, dark web monitoring, restoration services) below the author bio"),
]
ctas=[
 C("follow", "Our videos have over 16 million views on See Our Channel »", "outside", "/html/body/div/header/div[1]/div/div[2]", note="header YouTube promo: channel logo link and 'See Our Channel »' (sub_confirmation subscribe link)"),
 C("other", "View Plans Links to Aura 855-815-7387", "before", TP+"/div[1]/div/div[3]/div[4]", amb=True, note="'Our Top Picks' tile 1 (Aura): View Plans affiliate button and phone number (round-up buy box, 10.2)"),
 C("other", "View Plans Links to LifeLock 1-800-943-2151", "before", TP+"/div[2]/div/div[3]/div[4]", amb=True, note="'Our Top Picks' tile 2 (LifeLock): View Plans button and phone number (10.2)"),
 C("other", "Get NordProtect Links to NordProtect", "before", TP+"/div[3]/div/div[3]/div[4]", amb=True, note="'Our Top Picks' tile 3 (NordProtect): Get NordProtect button (10.2)"),
 C("other", "SecurityScore: 9.8 /10 855-815-7387 View Plans Links to Aura", "inline", L+"/li[1]/div[1]/div[1]/div[1]", amb=True, note="Aura entry box: logo, score, phone, View Plans affiliate button (10.2)"),
 C("other", "855-815-7387 View Plans Links to Aura", "inline", L+"/li[1]/div[2]", amb=True, note="Aura sticky product card: logo, phone, View Plans (10.2; sticky while reading the entry)"),
 C("other", "SecurityScore: 9.7 /10 1-800-943-2151 View Plans Links to LifeLock", "inline", L+"/li[2]/div[1]/div[1]/div[1]", amb=True, note="LifeLock entry box with phone and View Plans (10.2)"),
 C("other", "1-800-943-2151 View Plans Links to LifeLock", "inline", L+"/li[2]/div[2]", amb=True, note="LifeLock sticky product card (10.2)"),
 C("other", "SecurityScore: 9.4 /10 Get NordProtect Links to NordProtect", "inline", L+"/li[3]/div[1]/div/div[1]", amb=True, note="NordProtect entry box with Get NordProtect button (10.2)"),
 C("other", "Get NordProtect Links to NordProtect", "inline", L+"/li[3]/div[2]", amb=True, note="NordProtect sticky product card (10.2)"),
 C("other", "SecurityScore: 9.5 /10 877-719-0299 View Plans Links to Identity Guard", "inline", L+"/li[4]/div[1]/div[1]/div[1]", amb=True, note="Identity Guard entry box with phone and View Plans (10.2)"),
 C("other", "877-719-0299 View Plans Links to Identity Guard", "inline", L+"/li[4]/div[2]", amb=True, note="Identity Guard sticky product card (10.2)"),
 C("other", "SecurityScore: 9.5 /10 Get Surfshark Links to Surfshark.com", "inline", L+"/li[5]/div[1]/div[1]/div[1]", amb=True, note="Surfshark Alert entry box with Get Surfshark button (10.2)"),
 C("other", "Get Surfshark Links to Surfshark.com", "inline", L+"/li[5]/div[2]", amb=True, note="Surfshark sticky product card (10.2)"),
 C("other", "SecurityScore: 9.3 /10 View Plans Links to IdentityIQ", "inline", L+"/li[6]/div[1]/div[1]/div[1]", amb=True, note="IdentityIQ entry box with View Plans (10.2)"),
 C("other", "View Plans Links to IdentityIQ", "inline", L+"/li[6]/div[2]", amb=True, note="IdentityIQ sticky product card (10.2)"),
 C("other", "SecurityScore: 8.6 /10 View Plans Links To McAfee", "inline", L+"/li[7]/div[1]/div[1]/div[1]", amb=True, note="McAfee entry box with View Plans (10.2)"),
 C("other", "View Plans Links To McAfee", "inline", L+"/li[7]/div[2]", amb=True, note="McAfee sticky product card (10.2)"),
 C("share", "", "after", CI+"/li[1]/div", amb=True, note="AddToAny icon share kit appended to citation 1 inside the collapsed 'Citations' toggle (plugin artefact, hidden until opened)"),
 C("share", "", "after", CI+"/li[2]/div", amb=True, note="AddToAny share kit after citation 2 (collapsed Citations toggle)"),
 C("share", "", "after", CI+"/li[3]/div", amb=True, note="AddToAny share kit after citation 3 (collapsed Citations toggle)"),
 C("share", "", "after", CI+"/li[4]/div", amb=True, note="AddToAny share kit after citation 4 (collapsed Citations toggle)"),
 C("share", "", "after", CI+"/li[5]/div", amb=True, note="AddToAny share kit after citation 5 (collapsed Citations toggle)"),
 C("follow", "", "outside", "/html/body/div/footer/div[2]/div[1]", note="footer social icons (YouTube, Facebook, ...)"),
]
ads=[]
