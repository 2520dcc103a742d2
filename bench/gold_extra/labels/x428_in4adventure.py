from _dsl import *
FILE="wcxb/html/4202.html.gz"
# In4Adventure (WordPress, Newspaper/tagDiv theme) review 'Osprey Atmos 65L Backpack Review': mobile menu panel (empty
# socials row) and search modal; header with logo, 728x90 newsletter banner in a td-a-rec custom ad spot, main menu and
# search, a second td-a-rec header banner (newsletter); breadcrumbs; categories, h1, author, date; top share bar; featured
# image; text (h2/h3 sections, figures, an in-text 'Check out another backpack review' line, closing 'If you want to
# compare ...' line and an embedded post card for the Mariposa review); tags; bottom share bar; Previous/Next article;
# author box; 'Related Articles' (3); 'LEAVE A REPLY' comment form; right sidebar ('Our Hiking Community' with
# YouTube/Instagram/Facebook links, 300x250 newsletter banner in a td-a-rec ad spot, 'Latest Articles' 5 + Load more,
# 'MY GLOBAL PARTNERS!' with three partner logo links); footer (about text with affiliate note, 'Contact us' e-mail,
# Pinterest/TikTok links, copyright, menu); cookie bar and settings modal. No ad network markup besides the td-a-rec spots.
# Not labelled: menus (incl. mobile panel, empty mobile socials row), search forms, breadcrumbs, categories, tags, author
# box (name only, empty social div), footer about text and menu, cookie bar and modal.
AR="/html/body/div[6]/div[2]/div/div/article/div/div/div[2]/div"
MA=AR+"/div[1]/div"
TX=MA+"/div[7]/div"
SB=AR+"/div[2]/div"
HD="/html/body/div[6]/div[1]/div[3]/div/div"
related=[
 R(TX+"/p[3]", None, 1, "inline", note="'Check out another backpack review, the Gossamer Gear Mariposa 60L backpack.' line (link to a YouTube review) after the intro"),
 R(TX+"/p[28]", None, 1, "after", note="'If you want to compare with other similar-size trekking bags I've reviewed, check out ...' line after the closing paragraph (link to the YouTube review)"),
 R(TX+"/figure[8]", None, 1, "after", note="embedded post card 'Gossamer Gear Mariposa 60L Backpack Review' after that line"),
 R(MA+"/div[12]", None, 2, "after", note="Previous article / Next article links"),
 R(MA+"/div[14]", "Related Articles", 3, "after", note="'Related Articles' block with 3 post cards (and prev/next arrows)"),
 R(SB+"/div[4]", "Latest Articles", 5, "outside", note="right-sidebar 'Latest Articles' with 5 post cards and 'Load more'"),
]
ctas=[
 C("newsletter", "", "before|outside", HD+"/div[3]/div/div[2]/div/div", amb=True, note="header 728x90 image banner linking to the newsletter sign-up page, placed in a td-a-rec custom ad spot (own promo or ad slot)"),
 C("newsletter", "", "before|outside", HD+"/div[5]/div/div/div/div", amb=True, note="second header td-a-rec ad spot with an image banner linking to the newsletter sign-up page"),
 C("share", "Facebook Twitter Pinterest WhatsApp Linkedin Email", "before", MA+"/div[5]", note="share bar under the date"),
 C("share", "Share Facebook Twitter Pinterest WhatsApp Linkedin Email", "after", MA+"/div[10]", note="share bar under the tags"),
 C("comments", "LEAVE A REPLY", "after", MA+"/div[15]", note="'LEAVE A REPLY' comment form"),
 C("follow", "Youtube Instagram Facebook", "outside", SB+"/div[2]", note="sidebar social links under the 'Our Hiking Community' heading (sibling div[1])"),
 C("newsletter", "", "outside", SB+"/div[3]", amb=True, note="sidebar 300x250 image banner linking to the newsletter sign-up page, placed in a td-a-rec custom ad spot"),
 C("contact", "Contact us: info@in4adventure.com", "outside", "/html/body/div[6]/div[3]/div/div/div/div[2]/div/div[2]/div/div[3]", amb=True, note="footer 'Contact us:' e-mail line"),
 C("follow", "Pinterest Tiktok", "outside", "/html/body/div[6]/div[3]/div/div/div/div[2]/div/div[2]/div/div[4]", note="footer Pinterest / TikTok links"),
]
ads=[
 A(HD+"/div[3]/div/div[2]", "before|outside", "header td-a-rec custom ad spot (728x90 image linking to the newsletter page): ad box whatever fills it", amb=True),
 A(HD+"/div[5]", "before|outside", "second header td-a-rec custom ad spot row (1900x90 image to the newsletter page)", amb=True),
 A(SB+"/div[3]", "outside", "sidebar td-a-rec custom ad spot (300x250 image to the newsletter page)", amb=True),
 A(SB+"/div[5]", "outside", "sidebar 'MY GLOBAL PARTNERS!' box: three partner logo images linking to sponsors (one with UTM campaign tags)", amb=True),
]
