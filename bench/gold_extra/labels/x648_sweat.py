from _dsl import *
FILE="wcxb/html/0085.html.gz"
# Sweat (sweat.com, SvelteKit) blog article 'How To Use Gym Equipment (With Confidence!)': sticky nav (logo, 'Blog',
# Explore Sweat / Articles dropdowns, Community, Support, pink 'Unlock Sweat x Calm' button; mobile menu copy with the
# same button); hero (breadcrumb, h1, dek, author 'Sweat', dates, image); text in blocks alternating with exercise video
# players (with dialog copies); two in-text promo boxes 'Work out anywhere, anytime with Sweat / Ready for your first
# workout? / 7-day free trial'; a pointer sentence 'You can check out our full guide to using a cable machine here'
# closing a paragraph; closing section; author box ('Sweat' editorial team); tag chips + 'Share' button; disclaimer;
# 'Fitness / Recommended Stories' section with no stories in the HTML; full-width 'We have a feeling you're going to
# love Sweat / Start your 7-day free trial' band; footer (tagline, empty Braze 'footer-newsletter-banner' mount, link
# columns Sweat App / Articles / Support, 'Get the Sweat App' store badges, Instagram / Facebook / LinkedIn icons,
# legal links).
# Not labelled: menus and dropdowns, breadcrumb, exercise videos and their dialogs (media), in-text exercise/article
# links in ordinary sentences (other than the 'full guide' pointer), author box, tag chips, disclaimer, footer link
# columns (general footer menus incl. Sign Up / Newsletter / Contact links), legal links. No ad slots: no ad markup.
M="/html/body/div/main"
AR=M+"/article"
T=AR+"/div[1]"
FT=M+"/footer"
related=[
 R(T+"/div[6]/section/div/p[2]", None, 1, "inline", amb=True, note="paragraph ending 'You can check out our full guide to using a cable machine here.' (pointer inside an ordinary sentence, 10.10)"),
 R(AR+"/div[3]", "Recommended Stories", 0, "after", amb=True, note="'Fitness / Recommended Stories' section below the article; its story cards are not in the HTML (script-filled): an unrendered mount, 10.9 (as x552)"),
]
ctas=[
 C("other", "Unlock Sweat x Calm", "outside", M+"/div[1]/nav/div[2]", note="nav 'Unlock Sweat x Calm' button (join / free-trial page) with the mobile menu toggle"),
 C("other", "Unlock Sweat x Calm", "outside", M+"/div[1]/nav/div[3]/div/div[2]", amb=True, note="'Unlock Sweat x Calm' button in the collapsed mobile menu (9.3)"),
 C("other", "Work out anywhere, anytime with Sweat Ready for your first workout? 7-day free trial", "inline", T+"/div[4]", note="in-text promo box with '7-day free trial' button (after the lat pulldown section); not in the wcxb ground truth"),
 C("other", "Work out anywhere, anytime with Sweat Ready for your first workout? 7-day free trial", "inline", T+"/div[19]", note="second in-text promo box with '7-day free trial' button, before the closing section"),
 C("share", "Share", "after", AR+"/div[2]/div/div[1]/div[2]", note="'Share' button beside the tag chips under the author box"),
 C("other", "We have a feeling you're going to love Sweat That's why the first week is on us. Start your 7-day free trial", "after|outside", M+"/div[2]", note="full-width free-trial band between the article and the footer"),
 C("newsletter", "", "outside", FT+"/div[1]/div/div[1]/div", amb=True, note="empty Braze banner mount 'footer-newsletter-banner' in the footer (script-filled, 10.9)"),
 C("app", "Get the Sweat App", "outside", FT+"/div[2]/div/div[1]", note="footer 'Get the Sweat App' App Store / Google Play badges"),
 C("follow", "", "outside", FT+"/div[2]/div/div[2]", note="footer social icons: Instagram, Facebook, LinkedIn"),
]
ads=[]
