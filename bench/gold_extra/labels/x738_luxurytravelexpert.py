from _dsl import *
FILE="wcxb/html/0189.html.gz"
# Luxury Travel Expert (theluxurytravelexpert.com, WordPress 'mh-magazine-pro' theme + Jetpack) post 'Top 10 best luxury
# hotel brands in the world': empty mobile nav box; preheader (a one-link 'CONTACT' menu; Instagram / Youtube / Facebook /
# Twitter / RSS icons); header image; main menu (Top 10 / Hotels / Flights / Destinations / Tips / Contests / News / Blog /
# About drop-downs of section and guide pages); subheader 'News Ticker' of 5 latest posts and search; content column: post
# header (h1, date, '39' comment-count link), text (newsletter intro line, 'Leave a comment.' prompt with no link, Jetpack
# slideshow, a '*** Follow me on Instagram, YouTube, X (Twitter) or Facebook ... ***' line, then ten brand entries: h5 with
# the brand link, a data list 'Official website / Flagship hotel / My favorite hotel' whose hotel lines hold nested
# pointer sentences 'This hotel features in my top 10 lists of ...' / 'Read my review of this property here.', a 'check
# rates & book' image button (brand or affiliate link) and a YouTube embed; Soneva's entry adds 'Contact me to get a
# complimentary VIP benefits at any Soneva resort.'; the Follow-me line again), Jetpack 'Share this:' buttons and 'Like
# this:' placeholder; 'Related Articles' (3 cards, each with its own Jetpack share/like copies); '39 Comments' list and
# 'Leave a Reply' (Jetpack comment iframe), Akismet notice; right sidebar: 'Newsletter Sign Up' (Jetpack form), 'Get free
# VIP perks at Soneva' text widget and its image widget, 'Get free VIP perks at luxury hotels' (Virtuoso / Classic
# Travel) text widget and its image widget, 'Book exclusive offers at AMAN' (affiliate link) text widget and its image
# widget, 'FOLLOW ON INSTAGRAM' feed with 'Follow me on Instagram' button, 'Follow on YouTube' text with six embedded
# videos, 'Recent Posts' (10); footer (Categories menu, 'Newsletter Sign Up' form, 'Social media' icons, 'Email' mailto
# line); copyright; back-to-top; hidden Jetpack subscription modal; Jetpack carousel loading overlay and hidden carousel
# overlay with a photo comment form; hidden likes iframe and likes dialog.
# No ads and no ad markup or ad scripts (Jetpack, WordPress stats, Instagram feed only). The sidebar hotel perks / booking
# widgets are the author's own booking partner and affiliate links, no ad box: `other` CTAs (booking bands outside the
# text, affiliate convention of 2026-12-05).
# Not labelled: main menu and its drop-downs (directory, 6), search form, date link, the intro's in-sentence 'newsletters'
# link, the slideshow, h5 brand links and the entries' 'Official website / Flagship hotel' data lines (body data, some
# through affiliate redirects), YouTube embeds, the share/like copies inside each related card (part of the cards),
# comment list, Akismet notice, footer Categories menu, copyright, back-to-top, the empty mobile nav box, the carousel
# loading overlay, the hidden likes iframe and likes dialog.
HB="/html/body/div[1]/div[2]/div"
CT="/html/body/div[1]/div[4]/div/div"
A=CT+"/article/div"
SB="/html/body/div[1]/div[4]/div/aside"
FT="/html/body/div[1]/footer/div"
def PT(ul, n, first):
    return R(A+ul, None, n, "inline", amb=True, note="nested pointer sentences under a hotel line of the entry data list: '"+first+"' / 'Read my review ... here.' (ordinary pointer sentences in list items, 10.10/11.4: amb; WCXB keeps them as body)")
related=[
 R("/html/body/div[1]/div[3]/div/div[1]/div", "News Ticker", 5, "outside", note="subheader 'News Ticker' of the 5 latest posts (Top 10 Best Hotels for Viewing the Northern Lights; Review: Bawah Reserve ...)"),
 PT("/ul[1]/li[2]/ul", 3, "This hotel features in my top 10 lists of the best luxury hotels in New York City and ..."),
 PT("/ul[1]/li[3]/ul", 4, "This hotel features in my lists of the 10 best hotels in Bangkok, ..."),
 R(A+"/ul[2]/li[2]/ul", None, 1, "inline", amb=True, note="nested pointer sentence 'This hotel features in my top 10 lists of the best luxury resorts in New York.' (St Regis New York; 10.10: amb)"),
 PT("/ul[2]/li[3]/ul", 2, "This resort features in my top 10 list of the best luxury hotels in the Maldives."),
 PT("/ul[3]/li[2]/ul", 3, "This resort also features in my top 10 lists of Phuket's best ultra luxury resorts ..."),
 PT("/ul[3]/li[3]/ul", 7, "This resort also features in my top 10 lists of the best hotels in the world, ..."),
 PT("/ul[4]/li[2]/ul", 2, "This hotel also features in my top 10 list of the best luxury hotels in Venice."),
 PT("/ul[4]/li[3]/ul", 3, "This hotel also features in my top 10 lists of the world's most spectacular hotel pools ..."),
 PT("/ul[5]/li[2]/ul", 2, "The Mandarin Oriental Bangkok features in my top 10 list of the best luxury hotels in Thailand"),
 PT("/ul[5]/li[3]/ul", 5, "This resort features in my top 10 lists of the best luxury hotels in Turkey, ..."),
 PT("/ul[6]/li[3]/ul", 2, "This hotel features in my top 10 list of the best luxury hotels in Paris."),
 PT("/ul[7]/li[2]/ul", 5, "This resort features in my top 10 lists of the best resorts in the Maldives, ..."),
 PT("/ul[7]/li[3]/ul", 3, "This hotel features in my top 10 lists of the best luxury resorts in Mauritius ..."),
 PT("/ul[8]/li[3]/ul", 6, "This resort also features in my top 10 lists of my favorite Four Season Hotels & Resorts ..."),
 PT("/ul[9]/li[2]/ul", 3, "This resort also features in my top 10 lists of the best luxury hotels in Thailand ..."),
 PT("/ul[9]/li[3]/ul", 7, "This resort features in my top 10 lists of the best resort & hotels in the USA, ..."),
 PT("/ul[10]/li[2]/ul", 5, "This resort features in my top 10 lists of the most astonishing beach retreats in Asia, ..."),
 PT("/ul[10]/li[3]/ul", 5, "This resort features in my top 10 lists of the best luxury resorts in the Maldives, ..."),
 R(CT+"/section", "Related Articles", 3, "after", note="'Related Articles' grid of 3 post cards under the share row (Top 10 best luxury hotels in Barcelona; Top 10 world's best airlines for long-haul Business Class; Top 10: best luxury hotels in Tokyo)"),
 R(SB+"/div[10]", "Recent Posts", 10, "outside", note="sidebar 'Recent Posts' list of 10"),
]
def BK(p, brand, link):
    return C("other", "", "inline", A+p, amb=True, note="'check rates & book' image button closing the "+brand+" entry ("+link+"); per-entry booking button of a round-up (10.2, affiliate convention: amb)")
ctas=[
 C("contact", "CONTACT", "outside", HB+"/div[1]", amb=True, note="preheader menu holding a single 'CONTACT' link (no button look, as x547)"),
 C("follow", "Instagram Youtube Facebook Twitter RSS", "outside", HB+"/div[2]", note="preheader social icons (Instagram, Youtube, Facebook, Twitter, RSS)"),
 C("comments", "39", "before", CT+"/article/header/div/span[2]", amb=True, note="'39' comment-count link in the post meta under the h1 (bare comment count)"),
 C("comments", "There is more information (with reviews and YouTube videos) below the slide show. Do you agree or do you", "inline", A+"/p[3]", amb=True, note="'Do you agree or do you have a favorite hotel brand that didn't make my list? Leave a comment.' prompt in the intro, no link"),
 C("follow", "*** Follow me on Instagram, YouTube, X (Twitter) or Facebook for a daily moment of travel inspiration ***", "inline", A+"/p[5]", note="'*** Follow me on Instagram, YouTube, X (Twitter) or Facebook ... ***' line set apart in emphasis and asterisks, under the slideshow (WCXB leaves it out of the body)"),
 BK("/p[7]", "Park Hyatt", "hyatt.com"),
 BK("/p[10]", "St Regis", "prf.hn affiliate redirect"),
 BK("/p[13]", "Six Senses", "sixsenses.com"),
 BK("/p[16]", "Belmond", "belmond.com"),
 BK("/p[19]", "Mandarin Oriental", "sjv.io affiliate redirect"),
 BK("/p[23]", "Rosewood", "rosewoodhotels.com"),
 BK("/p[26]", "One&Only", "oneandonlyresorts.com"),
 BK("/p[29]", "Four Seasons", "fourseasons.com"),
 BK("/p[32]", "Aman", "pxf.io affiliate redirect"),
 C("other", "", "inline", A+"/p[36]", amb=True, note="'check rates & book' image button closing the Soneva entry, linking to the author's 'complimentary perks at Soneva' page (10.2: amb)"),
 C("other", "Contact me to get a complimentary VIP benefits at any Soneva resort.", "inline", A+"/p[35]", amb=True, note="'Contact me to get a complimentary VIP benefits at any Soneva resort.' line in the Soneva entry (ask link to the perks page); a sentence of the text (10.1: amb); booking perk, so `other` (9.6), `contact` defensible"),
 C("follow", "*** Follow me on Instagram, YouTube, X (Twitter) or Facebook for a daily moment of travel inspiration ***", "after", A+"/p[38]", note="the '*** Follow me on ... ***' line again after the last entry, between rules (WCXB leaves it out)"),
 C("share", "Share this:", "after", A+"/div[2]", note="Jetpack 'Share this:' buttons (Facebook, X, WhatsApp, Email, Print, More: LinkedIn, Tumblr, Reddit, Telegram, Pinterest)"),
 C("share", "Like this: Like Loading...", "after", A+"/div[3]", amb=True, note="Jetpack 'Like this:' placeholder (like for the page, script-filled; 11.6, as x708)"),
 C("comments", "39 Comments", "after", CT+"/div", note="'39 Comments' section: comment list and 'Leave a Reply' form (Jetpack comment iframe)"),
 C("newsletter", "Newsletter Sign Up Subscribe to my newsletter (3x/week) and be inspired by luxury travel.", "outside", SB+"/div[1]", note="sidebar 'Newsletter Sign Up' Jetpack form ('Follow' button, 'Join 84.9K other subscribers')"),
 C("other", "Get free VIP perks at Soneva Contact me to get a resort credit and two personalized experiences", "outside", SB+"/div[2]", note="sidebar 'Get free VIP perks at Soneva' widget ('Contact me' link to the perks page; a booking-perk funnel, `other` 9.6)"),
 C("other", "", "outside", SB+"/div[3]", note="sidebar image widget linking to the same Soneva perks page (own promo banner, no ad markup; its own widget)"),
 C("other", "Get free VIP perks at luxury hotels Readers of my blog get free VIP perks when booking luxury hotels via", "outside", SB+"/div[4]", note="sidebar 'Get free VIP perks at luxury hotels' widget: booking via Virtuoso / Classic Travel (booking band outside the text: plain `other`)"),
 C("other", "", "outside", SB+"/div[5]", note="sidebar image widget linking to classictravel.com/LuxTravelExpert (booking partner banner, no ad markup)"),
 C("other", "Book exclusive offers at AMAN Ultra-luxe Aman is known as the world's most exclusive hotel brand.", "outside", SB+"/div[6]", note="sidebar 'Book exclusive offers at AMAN' widget with pxf.io affiliate links (booking band outside the text: plain `other`)"),
 C("other", "", "outside", SB+"/div[7]", note="sidebar image widget linking to the Aman affiliate redirect (no ad markup)"),
 C("follow", "FOLLOW ON INSTAGRAM luxurytravelexpert", "outside", SB+"/div[8]", note="sidebar 'FOLLOW ON INSTAGRAM' Smash Balloon feed of 9 posts with 'Follow me on Instagram' button"),
 C("follow", "Follow on YouTube My YouTube channel is one of the most followed travel vlogs in the world.", "outside", SB+"/div[9]", note="sidebar 'Follow on YouTube' widget: channel links and six embedded videos"),
 C("newsletter", "Newsletter Sign Up Subscribe to my newsletter (3x/week) and be inspired by luxury travel.", "outside", FT+"/div[2]", note="footer 'Newsletter Sign Up' Jetpack form"),
 C("follow", "Social media", "outside", FT+"/div[3]", note="footer 'Social media' icons (Instagram, YouTube, Facebook, Twitter, Tumblr)"),
 C("contact", "Email info@theluxurytravelexpert.com", "outside", FT+"/div[4]", amb=True, note="footer 'Email' column: a mailto address line, no button or form (convention 2, 10.5)"),
 C("newsletter", "Discover more from Luxury Travel Expert Subscribe now to keep reading and get access to the full archive.", "outside", "/html/body/div[2]", amb=True, note="hidden Jetpack subscription modal (9.5, as x338)"),
 C("comments", "Loading Comments... Write a Comment... Email (Required) Name (Required) Website", "outside", "/html/body/div[4]", amb=True, note="hidden Jetpack carousel overlay (display:none) whose info panel holds a photo comment form (9.5, as x600/x708)"),
]
ads=[]
