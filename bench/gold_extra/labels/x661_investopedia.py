from _dsl import *
FILE="wcxb/html/0044.html.gz"
# Investopedia (Dotdash Meredith 'mntl' template; the whole page sits inside the header's menu button in the parsed tree)
# term article 'Understanding Digital Marketing: Key Types, Channels, and Examples': skip link; header (logo, utility nav
# with 'Trade' simulator button, search and a 'Newsletters' sign-up button; hidden fullscreen nav panel with search, section
# menus, a 'Newsletters' copy and 'Follow Us' icons; header nav menus; scroll progress bar; 'Top Stories' carousel of 4
# stories); header leaderboard and its spacer; empty banner; article (left-rail table of contents; h1, empty sponsorship
# wrapper, bylines with author tooltips; empty JW video container; 'Definition' box; structured content with an empty
# mntl-sc-block-adslot div after nearly every block (26 divs), 'Key Takeaways' and 'Important' callouts, FAQ blocks, 'The
# Bottom Line'; GPT textnote unit; 'Article Sources'; empty gam-ad-table; 'Read more' breadcrumb chips; 'Partner Links'
# heading over 4 GPT partner-link units and 4 GPT button ads; right rail of 7 sticky GPT billboard groups and an empty
# mid-ad-table group); 'Related Articles' recirc (two card lists of 8, each followed by a footer leaderboard); footer
# (logo, 'Newsletter Sign Up' button, 'Follow Us' icons, section nav, company links, A-Z terms bar, People Inc. line); two
# hidden 'Newsletter Sign Up' dialogs with empty deferred forms; OneTrust consent banner.
# Not labelled: skip link, search, 'Trade' button and nav menus (site sections), scroll progress bar, empty banner and
# sponsorship wrapper (no ad markup, nothing in them), bylines and author tooltips (incl. their LinkedIn icons: author
# bio), table of contents, callouts and FAQs (body), 'Article Sources', 'Read more' breadcrumb chips, three empty generic
# mntl-block divs at the end of the right rail, footer section nav, company links (incl. Contact Us, Advertise), A-Z terms
# bar, OneTrust consent banner.
BB="/html/body/header/div/div/button"
AR=BB+"/main/article"
SC=AR+"/div[3]/div[2]/div[2]"
PC=AR+"/div[4]"
RR=AR+"/div[5]/div/div"
RC=BB+"/main/div[3]"
FT=BB+"/footer/div[1]/div[1]"
ADSLOTS=[1,3,4,5,6,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,24,26,28,30,32,34]
related=[
 R(BB+"/div[4]", "Top Stories", 4, "outside", note="'Top Stories' carousel in the header (4 site stories: retiring abroad, too much money, Buffett, no retirement account)"),
 R(RC, "Related Articles", 16, "after|outside", note="'Related Articles' recirc section under the article: two card lists of 8 term/article cards with a footer leaderboard after each"),
]
ctas=[
 C("newsletter", "Newsletters", "outside", BB+"/div[1]/div[3]/ul/li[2]", note="header utility-nav 'Newsletters' button (Signup CTA, opens the newsletter dialog)"),
 C("newsletter", "Newsletters", "outside", BB+"/div[2]/nav/div[2]", amb=True, note="copy of the 'Newsletters' button in the hidden fullscreen nav panel (hamburger menu)"),
 C("follow", "Follow Us", "outside", BB+"/div[2]/nav/div[3]", amb=True, note="'Follow Us' social icons (Facebook, Instagram, YouTube, TikTok, LinkedIn) in the hidden fullscreen nav panel"),
 C("newsletter", "Newsletter Sign Up", "outside", FT+"/div[2]", note="footer 'Newsletter Sign Up' button opening the footer newsletter dialog"),
 C("follow", "Follow Us", "outside", FT+"/div[3]", note="footer 'Follow Us' social icons (Facebook, Instagram, LinkedIn, TikTok, YouTube)"),
 C("newsletter", "Newsletter Sign Up", "outside", BB+"/div[7]", amb=True, note="hidden footer 'Newsletter Sign Up' dialog (aria-hidden), its form deferred and empty"),
 C("newsletter", "Newsletter Sign Up", "outside", BB+"/div[8]", amb=True, note="hidden header 'Newsletter Sign Up' dialog (aria-hidden), its form deferred and empty"),
]
ads=[
 A(BB+"/div[5]", "before|outside", "empty mm-ads-leaderboard-header (flexible leaderboard, leaderboard-flex-1) under the header nav"),
 A(BB+"/div[6]", "before|outside", "empty mm-ads-leaderboard-spacer (reserved space of the rollaway header leaderboard; no ad unit inside)", amb=True),
]+[
 A(SC+f"/div[{i}]", "inline", f"empty mntl-sc-block-adslot div #{n+1} of 26 between body blocks") for n,i in enumerate(ADSLOTS)
]+[
 A(AR+"/div[3]/div[2]/div[3]", "after", "empty mm-ads-textnote GPT ad unit (textnote) after the last paragraph"),
 A(PC+"/div[2]", "after", "empty performance-marketing box with a gam-ad-table (Google Ad Manager ad table) under 'Article Sources'"),
]+[
 A(PC+f"/div[4]/div[1]/div[{i}]", "after", f"empty GPT partner-link ad unit {i-1} of 4 under the 'Partner Links' ad heading") for i in range(2,6)
]+[
 A(PC+f"/div[4]/div[2]/div[{i}]", "after", f"empty GPT button ad unit {i} of 4 (mm-ads-button-ads) under the partner links") for i in range(1,5)
]+[
 A(RR+f"/div[{i}]", "outside", f"right-rail fin-billboard{n} sticky GPT square ad group") for n,i in zip(range(1,8),[1,2,3,5,6,7,8])
]+[
 A(RR+"/div[4]", "outside", "empty mid-ad-table-group (banking ad table, dynamic-inline) in the right rail", amb=True),
 A(RC+"/div/div[2]", "after|outside", "empty leaderboardfooter-flex-1 (lazy footer leaderboard) between the two recirc card lists"),
 A(RC+"/div/div[4]", "after|outside", "empty leaderboardfooter-flex-2 (lazy footer leaderboard) after the second recirc card list"),
]
