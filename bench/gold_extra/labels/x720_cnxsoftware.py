from _dsl import *
FILE="wcxb/html/0421.html.gz"
# CNX Software (cnx-software.com, WordPress Twenty Seventeen child theme; ads served by AdRotate under renamed classes
# 'gbalday gbalday-N' / 'gbalday-single abalday-N') news post 'Do you need 14 USB ports on your Raspberry Pi 5?': FundingChoices
# opt-out mount and head scripts; header (logo, site title and tagline, a 720x91 AdRotate banner 'Radxa Dragon Q6A' in
# header-highres; top menu All News / Raspberry Pi / Arduino / Reviews / Tutorials / About (About Us, Contact Us, Advertisement
# & Consulting Services, Work for Us, Support CNX Software, Privacy Policy) and an 'UP Embedded' entry titled 'Check out embedded
# systems and SBCs from our sponsor' with three sponsor links); main: article (entry meta with date, author and a '5 Comments
# on ...' link; h1; entry content: text, spec list and photos with keyword links to earlier site posts, a ThePiHut price
# link; author box (bio, author Twitter / LinkedIn icons); AddToAny 'Share this:' buttons; bold line 'Support CNX Software!
# Donate via cryptocurrencies, become a Patron on Patreon, or purchase goods on Amazon or Aliexpress'); a 720x280 AdRotate
# banner 'Radxa Orion O6' under the content; Tags; sub-footer with a 336x280 AdRotate banner 'Radxa ROCK 5C Lite' beside the
# YARPP 'Related posts:' list of five posts); wpDiscuz comments (Subscribe / Login head, hidden comment-subscription bar,
# comment form with social login, hidden secondary form, thread wrapper '5 Comments ... Load More Comments' whose comments
# load later); a 728x90 AdRotate banner 'Boardcon' under the comments; post navigation (Previous post only); right sidebar
# (search; social icons Facebook / Twitter / LinkedIn / Telegram / YouTube / RSS; a 300x250 banner; 'Trending Posts - Last 7
# Days' (5 posts with views / comments counts); a heading-only 'SPONSORS' widget; 300x250 banners in three widgets (one, one
# and five banners); 'Recent Comments' (5 comments on 2 posts); 'Subscribe to Comments RSS Feed'; a 300x600 banner; 'Latest
# Reviews' (3 reviews with excerpts); 'Email subscription' image button to follow.it with the FundingChoices mount); footer
# (copyright, privacy policy); cookie-law bar and its settings modal; wpDiscuz helper boxes; a fixed bottom bar (AdRotate
# group 22) with a close button and the GPT slot div-gpt-ad-cnx-softwarecom37174; a 1x1 amp-iframe.
# Not labelled: top menu links (incl. Contact Us, Advertisement & Consulting Services, Support CNX Software), search, byline,
# keyword links of the text to earlier posts ('Raspberry Pi 5', '16-pin FFC PCIe connector', 'Radxa ROCK 5C', 'Kakip SBC'),
# outside product / price links, author name and bio, Tags, the wpDiscuz comment-subscription bar, login links and hidden
# secondary form (parts of the comments widget), empty wpDiscuz loading / message divs, cookie bar and modal, FundingChoices
# opt-out mounts, the amp-iframe pixel, footer copyright / privacy.
MN="/html/body/div[2]/div/div/div/div/main"
AR=MN+"/article"
EC=AR+"/div[1]"
SB="/html/body/div[2]/div/div/div/aside"
related=[
 R(AR+"/footer[2]/div[2]/div", "Related posts:", 5, "after", note="YARPP 'Related posts:' list in the sub-footer: New Raspberry Pi 4 VLI Firmware Lowers Temperature by 3-5°C; ROCK Pi SATA HAT Targets ROCK Pi 4 & Raspberry Pi 4 NAS; Mcuzone MP4GM 4G LTE PCIe Module ...; PCIe to 5G HAT+ for Raspberry Pi 5 ...; Raspberry Pi 5 PCIe HAT+ board ..."),
 R(MN+"/nav", None, 1, "after", note="post navigation under the comments: 'Previous' Fanless Box PC features Intel Core Ultra 5/7/9 “Arrow Lake” CPU ... (no next post)"),
 R(SB+"/section[4]", "Trending Posts - Last 7 Days", 5, "outside", note="sidebar 'Trending Posts - Last 7 Days' (WordPress Popular Posts): five posts with view and comment counts"),
 R(SB+"/section[9]", "Recent Comments", 2, "outside", amb=True, note="sidebar 'Recent Comments': five comment lines linking two posts (this one and the RP2350 devkit post); a recent-comments widget"),
 R(SB+"/section[12]", "Latest Reviews", 3, "outside", note="sidebar 'Latest Reviews' with thumbnails and excerpts: reTerminal E1001/E1002 Review; UP Xtreme ARL AI Dev Kit review; UP Squared Pro TWL AI Dev Kit Review"),
]
ctas=[
 C("comments", "5 Comments on Do you need 14 USB ports on your Raspberry Pi 5?", "before", AR+"/header/div[1]/a", amb=True, note="'5 Comments' link in the entry meta above the h1 (a bare comment-count link)"),
 C("follow", "", "after", EC+"/div[1]/div/div[5]", amb=True, note="author box Twitter / LinkedIn icons of Jean-Luc Aufranc under the text (author-bio social links)"),
 C("share", "Share this:", "after", EC+"/div[2]", note="AddToAny 'Share this:' buttons (Facebook, Twitter, Hacker News, Slashdot, Reddit, LinkedIn, Pinterest, Flipboard, MeWe, Line, e-mail, more) under the author box"),
 C("donate", "Support CNX Software! Donate via cryptocurrencies, become a Patron on Patreon, or purchase goods on Amazon", "after", EC+"/p[13]", note="bold appeal line closing the post content after the share buttons: donate via cryptocurrencies, Patreon, Amazon / Aliexpress purchases (a standing appeal set apart in bold after the author box and share bar)"),
 C("comments", "Subscribe Login Notify of new follow-up comments new replies to my comments", "after", MN+"/div[2]", note="wpDiscuz comments section: Subscribe / Login head, comment form with social login, '5 Comments' thread wrapper with 'Load More Comments'"),
 C("follow", "Facebook Twitter LinkedIn Telegram YouTube RSS", "outside", SB+"/section[2]", note="sidebar social icons (Facebook, Twitter, LinkedIn, Telegram, YouTube, RSS)"),
 C("follow", "Subscribe to Comments RSS Feed", "outside", SB+"/section[10]", amb=True, note="sidebar 'Subscribe to Comments RSS Feed' link (an RSS link alone)"),
 C("newsletter", "", "outside", SB+"/section[13]/div/div[1]", note="sidebar 'Email subscription' image button (title 'Subscribe to CNX Software by email', follow.it); the FundingChoices mount beside it is not part of it"),
]
ads=[
 A("/html/body/div[2]/header/div[1]/div[2]/div/div[3]/div", "before|outside", "720x91 AdRotate banner 'Radxa Dragon Q6A Qualcomm QCS6490 SBC' (arace.tech) in the header (header-highres, group gbalday-1)"),
 A("/html/body/div[2]/header/div[2]/div/nav/div/ul/li[7]", "outside", amb=True, note="top-menu entry 'UP Embedded' titled 'Check out embedded systems and SBCs from our sponsor', three sub-menu links to the sponsor through the url4 ad redirector (a paid sponsor entry with no ad markup, 10.15)"),
 A(AR+"/div[2]", "after", "720x280 AdRotate banner 'Radxa Orion O6 Armv9 mini-ITX motherboard' under the post content (group gbalday-26)"),
 A(AR+"/footer[2]/div[1]", "after", "336x280 AdRotate banner 'Radxa ROCK 5C Lite' in the left half of the sub-footer beside 'Related posts:' (group gbalday-4)"),
 A(MN+"/div[5]", "after", "728x90 AdRotate banner 'Boardcon' under the comments (group gbalday-2)"),
 A(SB+"/section[3]", "outside", "sidebar 300x250 banner 'ADLINK OSM-IMX95' (group gbalday-5) under the social icons"),
 A(SB+"/section[5]", "outside", amb=True, note="heading-only sidebar widget 'SPONSORS' (empty text widget) over the banner widgets: the label of the ads below, no slot of its own"),
 A(SB+"/section[6]", "outside", "sidebar 300x250 banner 'UGOOS TV boxes 2025' (group gbalday-17)"),
 A(SB+"/section[7]", "outside", "sidebar 300x250 banner 'Geniatech' (group gbalday-18)"),
 A(SB+"/section[8]/div/div[1]", "outside", "sidebar 300x250 banner 'Rikomagic digital signage 2026' (group gbalday-19, first of five in one widget)"),
 A(SB+"/section[8]/div/div[2]", "outside", "sidebar 300x250 banner 'Mekotronics R58X' (group gbalday-20)"),
 A(SB+"/section[8]/div/div[3]", "outside", "sidebar 300x250 banner 'Jetway B420UADN1' (group gbalday-21)"),
 A(SB+"/section[8]/div/div[4]", "outside", "sidebar 300x250 banner 'AAEON PICO-ARU4' (group gbalday-16)"),
 A(SB+"/section[8]/div/div[5]", "outside", "sidebar 300x250 banner 'Graperain RK3576 SoM' (group gbalday-25)"),
 A(SB+"/section[11]", "outside", "sidebar 300x600 banner 'Forlinx Rockchip and NXP system-on-modules' (group gbalday-6)"),
 A("/html/body/div[11]", "outside", "fixed bottom bar (AdRotate group gbalday-22, #fixeddbar with a close button) holding the GPT slot div-gpt-ad-cnx-softwarecom37174"),
]
