from _dsl import *
FILE="wcxb/html/4431.html.gz"
# Explore With Alec (outdoor / photography blog, WordPress Kadence, Mediavine ad network) buying guide 'The 11 Best
# Mirrorless Cameras (and 5 beginner friendly options)': header (logo, search toggle; menu Home / About Alec /
# Destinations / FREEBIES (lead-magnet guides and a Facebook group) / Buying Guides / 'Follow on Social' drop-down of
# Instagram, YouTube, Facebook / Photography Guides; empty mobile header); featured image; post header (h1, 'Affiliate' /
# 'Guide' disclosure badges linking to the editorial policy, author, dates); text (intro, centred 'Shop on your own:
# Amazon.com and Adorama.com.' box, table of contents, eleven camera entries each with a spec list ending in 'Buy on
# Amazon' / 'Buy on Adorama' affiliate lines, coloured personal-note boxes, a centred box 'Learn how to choose the best
# memory cards for you.' linking to another post, an image carousel, empty YouTube embed wrappers, comparison table, five
# budget entries whose 'Price Range' line holds both buy links, FAQ, accessories section with a 'CFexpress Cards / SD
# Cards' affiliate line and a 'Visit my Amazon storefront' box, final thoughts, closing paragraph with 'Follow on social
# media: TikTok || Instagram || Facebook || Newsletter | YouTube'); author box with three social icons; right sidebar
# (empty wp-block-mv-ad-settings block, author photo, empty paragraph, author blurb with a 'follow him' Instagram link,
# 'Looking to score insane flight deals? Sign up for Thrifty Traveler' referral line); footer (empty paragraph and logo,
# 'Contact Us' / 'Please do not email about guest posts…' / 'alec @ explorewithalec.com' text, 'Follow on social' icons,
# Privacy / Editorial policy links, copyright); hidden mobile drawer (menu copy) and search drawer. Mediavine scripts are
# stripped (only dns-prefetch links and the mv-content-wrapper class remain): no ad slot in the HTML but the settings block.
# Not labelled: search, menus other than the 'Follow on Social' drop-down (FREEBIES is a menu of the site's pages and a
# group link), the disclosure badges, the table of contents, in-sentence links of the text and of the note boxes (other
# posts, the Wandrd and converter affiliate links), the carousel and empty video wrappers (content), comparison table,
# the sidebar author photo and empty paragraph, the footer policy links and copyright, the search drawer.
HD="/html/body/div[1]/header"
E="/html/body/div[1]/main/div/div/div/div/article/div/div[1]"
SB="/html/body/div[1]/main/div/div/aside/div"
FT="/html/body/div[1]/footer/div/div[2]/div/div/div"
related=[
 R(E+"/p[12]", None, 1, "inline", note="centred gradient box 'Learn how to choose the best memory cards for you.' whose whole line links to the memory-cards post, after entry 2 (pointer set apart, 10.10)"),
]
ctas=[
 C("follow", "Follow on Social Instagram YouTube Facebook", "outside", HD+"/div[1]/div/div[2]/div/div/div/div/div/nav/div/ul/li[6]", amb=True, note="main-menu drop-down 'Follow on Social' of Instagram / YouTube / Facebook profile links (a menu entry, but every link serves the follow ask: 9.7 against the menu rule)"),
 C("follow", "Follow on Social Instagram YouTube Facebook", "outside", "/html/body/div[2]/div[2]/div[2]/div/nav/div/ul/li[6]", amb=True, note="the same drop-down in the hidden mobile drawer (9.3)"),
 C("other", "Shop on your own: Amazon.com and Adorama.com.", "inline", E+"/p[4]", amb=True, note="centred gradient box 'Shop on your own: Amazon.com and Adorama.com.' (affiliate links) between the intro and the table of contents (affiliate convention, 10.2: in-text affiliate box amb)"),
 C("other", "Buy on Amazon (Save $2,000 and get the A1)", "inline", E+"/ul[1]/li[4]", amb=True, note="'Buy on Amazon (Save $2,000 and get the A1)' affiliate line in the spec list of entry '1. Sony A1 II' (10.2: buy links of a product round-up, amb; each retailer line of the list is its own item)"),
 C("other", "Buy on Adorama", "inline", E+"/ul[1]/li[5]", amb=True, note="'Buy on Adorama' affiliate line in the spec list of entry '1. Sony A1 II' (10.2)"),
 C("other", "Buy on Amazon", "inline", E+"/ul[2]/li[4]", amb=True, note="'Buy on Amazon' affiliate line in the spec list of entry '2. Canon EOS R5 Mark II' (10.2: buy links of a product round-up, amb; each retailer line of the list is its own item)"),
 C("other", "Buy on Adorama", "inline", E+"/ul[2]/li[5]", amb=True, note="'Buy on Adorama' affiliate line in the spec list of entry '2. Canon EOS R5 Mark II' (10.2)"),
 C("other", "Buy on Amazon", "inline", E+"/ul[3]/li[5]", amb=True, note="'Buy on Amazon' affiliate line in the spec list of entry '3. Nikon Z9' (10.2: buy links of a product round-up, amb; each retailer line of the list is its own item)"),
 C("other", "Buy on Adorama", "inline", E+"/ul[3]/li[6]", amb=True, note="'Buy on Adorama' affiliate line in the spec list of entry '3. Nikon Z9' (10.2)"),
 C("other", "Buy on Amazon", "inline", E+"/ul[4]/li[4]", amb=True, note="'Buy on Amazon' affiliate line in the spec list of entry '4. Leica SL2-S' (10.2: buy links of a product round-up, amb; each retailer line of the list is its own item)"),
 C("other", "Buy on Adorama", "inline", E+"/ul[4]/li[5]", amb=True, note="'Buy on Adorama' affiliate line in the spec list of entry '4. Leica SL2-S' (10.2)"),
 C("other", "Buy on Amazon", "inline", E+"/ul[5]/li[4]", amb=True, note="'Buy on Amazon' affiliate line in the spec list of entry '5. Hasselblad X2D 100C' (10.2: buy links of a product round-up, amb; each retailer line of the list is its own item)"),
 C("other", "Buy on Adorama", "inline", E+"/ul[5]/li[5]", amb=True, note="'Buy on Adorama' affiliate line in the spec list of entry '5. Hasselblad X2D 100C' (10.2)"),
 C("other", "Buy on Amazon", "inline", E+"/ul[6]/li[4]", amb=True, note="'Buy on Amazon' affiliate line in the spec list of entry '6. Canon EOS R5' (10.2: buy links of a product round-up, amb; each retailer line of the list is its own item)"),
 C("other", "Buy on Adorama", "inline", E+"/ul[6]/li[5]", amb=True, note="'Buy on Adorama' affiliate line in the spec list of entry '6. Canon EOS R5' (10.2)"),
 C("other", "Buy on Amazon", "inline", E+"/ul[7]/li[4]", amb=True, note="'Buy on Amazon' affiliate line in the spec list of entry '7. Sony A7R V' (10.2: buy links of a product round-up, amb; each retailer line of the list is its own item)"),
 C("other", "Buy on Adorama", "inline", E+"/ul[7]/li[5]", amb=True, note="'Buy on Adorama' affiliate line in the spec list of entry '7. Sony A7R V' (10.2)"),
 C("other", "Buy on Amazon", "inline", E+"/ul[8]/li[4]", amb=True, note="'Buy on Amazon' affiliate line in the spec list of entry '8. Nikon Z8' (10.2: buy links of a product round-up, amb; each retailer line of the list is its own item)"),
 C("other", "Buy on Adorama", "inline", E+"/ul[8]/li[5]", amb=True, note="'Buy on Adorama' affiliate line in the spec list of entry '8. Nikon Z8' (10.2)"),
 C("other", "Buy on Amazon", "inline", E+"/ul[9]/li[4]", amb=True, note="'Buy on Amazon' affiliate line in the spec list of entry '9. Fujifilm GFX100 II' (10.2: buy links of a product round-up, amb; each retailer line of the list is its own item)"),
 C("other", "Buy on Adorama", "inline", E+"/ul[9]/li[5]", amb=True, note="'Buy on Adorama' affiliate line in the spec list of entry '9. Fujifilm GFX100 II' (10.2)"),
 C("other", "Buy on Amazon", "inline", E+"/ul[10]/li[4]", amb=True, note="'Buy on Amazon' affiliate line in the spec list of entry '10. Leica Q3' (10.2: buy links of a product round-up, amb; each retailer line of the list is its own item)"),
 C("other", "Buy on Adorama", "inline", E+"/ul[10]/li[5]", amb=True, note="'Buy on Adorama' affiliate line in the spec list of entry '10. Leica Q3' (10.2)"),
 C("other", "Buy on Amazon", "inline", E+"/ul[11]/li[4]", amb=True, note="'Buy on Amazon' affiliate line in the spec list of entry 'Canon EOS R1 (eleventh entry)' (10.2: buy links of a product round-up, amb; each retailer line of the list is its own item)"),
 C("other", "Buy on Adorama", "inline", E+"/ul[11]/li[5]", amb=True, note="'Buy on Adorama' affiliate line in the spec list of entry 'Canon EOS R1 (eleventh entry)' (10.2)"),
 C("other", "Price Range: $679–$850 (with kit lens)Buy on Amazon | Buy on Adorama", "inline", E+"/ul[12]/li[5]", amb=True, note="'Price Range: … Buy on Amazon | Buy on Adorama' line of budget entry '1. Canon EOS R50' (10.2: one item, both affiliate links in one line)"),
 C("other", "Price Range: $750+ (body only)Buy on Amazon | Buy on Adorama", "inline", E+"/ul[13]/li[5]", amb=True, note="'Price Range: … Buy on Amazon | Buy on Adorama' line of budget entry '2. Sony ZV-E10' (10.2: one item, both affiliate links in one line)"),
 C("other", "Price Range: $1,700 (with lens)Buy on Amazon | Buy on Adorama", "inline", E+"/ul[14]/li[5]", amb=True, note="'Price Range: … Buy on Amazon | Buy on Adorama' line of budget entry '3. Fujifilm X-S20' (10.2: one item, both affiliate links in one line)"),
 C("other", "Price Range: $899 (body only)Buy on Amazon | Buy on Adorama", "inline", E+"/ul[15]/li[5]", amb=True, note="'Price Range: … Buy on Amazon | Buy on Adorama' line of budget entry '4. OM SYSTEM OM-5' (10.2: one item, both affiliate links in one line)"),
 C("other", "Price Range: $700 (body only)Buy on Amazon | Buy on Adorama", "inline", E+"/ul[16]/li[5]", amb=True, note="'Price Range: … Buy on Amazon | Buy on Adorama' line of budget entry '5. Nikon Z30' (10.2: one item, both affiliate links in one line)"),
 C("other", "CFexpress Cards SD Cards", "inline", E+"/p[55]", amb=True, note="'CFexpress Cards / SD Cards' line of two Amazon affiliate links in the accessories section (affiliate link lists in the text, as x695)"),
 C("other", "Visit my Amazon storefront for additional camera accessories.", "inline", E+"/p[56]", amb=True, note="centred box 'Visit my Amazon storefront for additional camera accessories.' (affiliate storefront) before 'Final Thoughts' (10.2)"),
 C("follow", "Until next time, adventurers, stay safe. Follow on social media: TikTok || Instagram || Facebook || Newsletter | YouTube", "after", E+"/p[61]", amb=True, note="closing paragraph of the text: sign-off and 'Follow on social media:' line of profile links (and a Newsletter link) after a line break (10.1: closing ask in the text's last paragraph, no box)"),
 C("follow", "", "after", "/html/body/div[1]/main/div/div/div/div/article/div/div[2]/div/div[2]", amb=True, note="author box social icons 'Follow me on Instagram / Facebook / YouTube' (author-bio social links)"),
 C("follow", "Alec is an avid hiker and photographer who loves the outdoors and new destinations.", "outside", SB+"/section[4]", amb=True, note="sidebar author blurb whose sentence 'You can see his work and follow him on Instagram' links the profile (author bio, ask inside a sentence)"),
 C("other", "Looking to score insane flight deals? Sign up for Thrifty Traveler and save $20", "outside", SB+"/section[5]", note="sidebar referral widget 'Looking to score insane flight deals? Sign up for Thrifty Traveler and save $20…' (affiliate promo outside the text: plain other)"),
 C("contact", "Contact Us Please do not email about guest posts, link placements, or SEO. alec @ explorewithalec.com", "outside", FT+"/div[1]/div/div", amb=True, note="footer 'Contact Us' column: heading, note and the e-mail address as plain text, no link, button or form (convention 2)"),
 C("follow", "Follow on social", "outside", FT+"/div[2]/div/div/div", note="footer 'Follow on social' icons (Facebook, Twitter, Instagram, TikTok)"),
]
ads=[
 A(SB+"/section[1]", "outside", amb=True, note="empty wp-block-mv-ad-settings block at the top of the sidebar: Mediavine's ad-settings marker (the network's scripts are stripped; whether an ad shows there is not in the HTML, convention 8)"),
]
