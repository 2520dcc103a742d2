from _dsl import *
FILE="wcxb/html/4823.html.gz"
# Eurogamer (Digital Foundry) buying guide 'Best ultra-light mouse 2026: lightweight gaming mice for FPS gaming': header
# (skip link, trending-links bar, logo, search, 'Support us' / 'Sign in / Create account' buttons, primary nav); top
# leaderboard slot; affiliate disclaimer; article header (breadcrumb, h1, strapline, image, byline, updated date, '31
# comments' link); desktop MPU slot; text (intro, a 'For more on ultra-light gaming mice, check out our article on ...'
# pointer paragraph, numbered jump list, a consent-gated Primis video player, 19 entries each with spec list ending in
# 'Buy: check price at ...' affiliate links, 20 empty injection placeholders between paragraphs, key-specs table, FAQ,
# closing 'What do you think of the rankings? Let us know' prompt); empty poll mount (its <template> in the head holds
# two ad containers); article footer (author bio, 'View comments (31)' button, 'Related topics' tags, 'Sign in and
# unlock a world of features' sign-in box); right sidebar (halfpage MPU slot, empty gn_sidebar); after-article low
# leaderboard slot; 'Latest News' / 'Latest Guides' / 'Top Discussions' lists (7 each); small leaderboard slot; footer
# (copyright with registered address, theme switcher, Helpful links / Policies / IGN Entertainment / Across Europe /
# social link columns).
# Not labelled: skip link, trending-links bar (incl. 'Supporters only', 'Deals', 'Buy eShop codes'), search, primary
# nav, affiliate disclaimer, breadcrumb, byline, jump list (anchors), in-sentence review links (body; the two 'You can
# read our full ... review' pointers are amb related blocks, 10.10), author bio, 'Related topics' tags, comment-count
# bubbles inside the 'Top Discussions' list, footer copyright/address paragraph (legal notice), theme switcher, footer
# link columns (incl. Contact Us, Newsletters, Advertise with us, the ad-choices button).
# Convention used: the per-entry 'Buy: check price at ...' affiliate lines are one ambiguous 'other' CTA each (as x115);
# the 20 empty span.injection_placeholder elements between paragraphs are not labelled (convention 10.3: regularly spaced
# empty placeholders with no ad word, whose markup repeats no slot on the page that carries ad evidence; they were
# ambiguous ad slots before it).
AR="/html/body/div/div/div[2]/div/div[1]/div[1]/main/div/div"
S=AR+"/article/div/div/section"
LL="/html/body/div/div/div[2]/div/div[2]/div/div/nav/div/section"
BUY=[("ul[1]/li[2]", "1. Razer DeathAdder V4 Pro"), ("ul[2]/li[2]", "2. Logitech G Pro X Superlight 2"),
     ("ul[4]/li[2]", "3. Endgame Gear OP1 8K V2"), ("ul[6]/li[2]", "4. HyperX Pulsefire Haste 2 Mini"),
     ("ul[7]/li[2]", "5. Mchose Ultra K7"), ("ul[8]/li[2]", "6. Corsair Sabre V2 Pro"),
     ("ul[9]/li[2]", "7. Teevolution Terra Pro"), ("ul[10]/li[2]", "8. Glorious Model O 2 Pro 4K/8K"),
     ("ul[12]/li[2]", "9. Zaopin Z2 Mini"), ("ul[14]/li[2]", "10. Glorious Model I 2"),
     ("ul[16]/li[2]", "11. Epomaker Click"), ("ul[17]/li[2]", "12. Turtle Beach Burst 2 Pro"),
     ("ul[18]/li[2]", "13. Endgame Gear XM2we"), ("ul[19]/li[2]", "14. Edifier Hecate G5M Pro"),
     ("ul[20]/li[2]", "15. Cherry Xtrfy M64 Pro"), ("ul[22]/li[2]", "16. NZXT Lift 2 Symm"),
     ("ul[24]/li[2]", "17. Fantech Aria 2 Pro"), ("ul[25]/li[2]", "18. 8BitDo Retro R8 (N version)"),
     ("ul[25]/li[3]", "18. 8BitDo Retro R8 (Xbox version)"), ("ul[26]/li[2]", "19. Lofree Hypace")]
def buy(path, name):
    return C("other", "Buy", "inline", S+"/"+path, amb=True,
             note="affiliate 'Buy: check price at ...' line in the spec list of entry '%s'" % name)
related=[
 R(S+"/p[14]", None, 1, "inline", amb=True, note="'You can read our full Superlight 2 review for more details' in the Logitech entry's paragraph (a pointer written into an ordinary sentence: amb, convention 10.10)"),
 R(S+"/p[66]", None, 1, "inline", amb=True, note="'You can read our full Endgame Gear XM2we review for more details ...' paragraph (a pointer written into an ordinary sentence: amb, convention 10.10)"),
 R(S+"/p[4]", None, 2, "inline", amb=True, note="italic pointer paragraph 'For more on ultra-light gaming mice, check out our article on why ultra-light honeycomb mice are the next big thing ... best gaming mouse 2026' (two story links plus two anchors; kept in the wcxb ground truth)"),
 R(LL+"/div[1]", "Latest News", 7, "after|outside", note="'Latest News' list of 7 stories after the article"),
 R(LL+"/div[2]", "Latest Guides", 7, "after|outside", note="'Latest Guides' list of 7 guides"),
 R(LL+"/div[3]", "Top Discussions", 7, "after|outside", note="'Top Discussions' list of 7 stories with comment counts"),
]
ctas=[
 C("subscribe", "Support us Sign in / Create account", "outside", "/html/body/div/header/nav[2]/div/div[1]/div[2]", note="header button group: 'Support us' (paid supporter subscription) and 'Sign in / Create account'"),
 C("comments", "31 comments", "before", AR+"/article/header/div[4]/div[2]/div[3]", amb=True, note="comment-count link in the article metadata"),
]+[buy(p, n) for p, n in BUY]+[
 C("comments", "What do you think of the rankings and which ultra-light is your favourite? Let us know", "after", S+"/p[108]", amb=True, note="closing prompt asking for opinions and suggestions (comments / Bluesky), kept in the wcxb ground truth"),
 C("other", "", "after", AR+"/article/div/div/span", amb=True, note="empty span.poll_wrapper after the text (script-filled reader poll)"),
 C("comments", "View comments (31)", "after", AR+"/footer/div[2]", note="'View comments (31)' button under the author bio"),
 C("other", "Sign in and unlock a world of features", "after", AR+"/footer/div[3]", note="smart-slot sign-in box: 'Get access to commenting, personalised reading recommendations, newsletters, and more!' with Google/Facebook/Twitter/Reddit/e-mail sign-in buttons"),
 C("follow", "Find us on social media BlueSky Discord Facebook TikTok X (Twitter) YouTube", "outside", "/html/body/div/footer/div/div[3]/nav[5]", note="footer 'Find us on social media' column"),
]
ads=[
 A("/html/body/div/div/div[1]", "before|outside", "top leaderboard container (#top_leaderboard_1) between header and content"),
 A(AR+"/article/div/div/div", "before|inline", "desktop MPU container (#desktop_mpu_1) at the top of the article body"),
 A(S+"/div", "inline", "Primis video player (primis_wrapper) after the jump list, consent-gated placeholder 'To see this content please enable targeting cookies'"),
 A("/html/head/template[1]/aside/div[1]/div", "after", amb=True, note="poll leaderboard ad container (#poll_leaderboard_poll_1) inside the <template id=poll-template> a script inserts into the poll mount after the text (convention 10.8: template content is amb)"),
 A("/html/head/template[1]/aside/div[2]", "after", amb=True, note="poll MPU ad container (poll_ad_container, #poll_mpu_poll_1) inside the same poll <template> (convention 10.8)"),
 A("/html/body/div/div/div[2]/div/div[1]/div[2]/div[1]", "outside", "right-sidebar halfpage MPU container (#halfpage_1)"),
 A("/html/body/div/div/div[2]/div/div[1]/div[2]/div[2]", "outside", amb=True, note="empty div.gn_sidebar under the halfpage slot (network sidebar unit filled by script)"),
 A("/html/body/div/div/div[2]/div/div[2]/div/div/div", "after|outside", "low leaderboard container (#low_leaderboard_AFTER_ARTICLE) above the latest lists"),
 A("/html/body/div/div/div[2]/div/div[3]", "after|outside", "small leaderboard container (#small_leaderboard_last) above the footer"),
]
