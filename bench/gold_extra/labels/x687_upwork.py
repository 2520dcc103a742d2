from _dsl import *
FILE="wcxb/html/4606.html.gz"
# Upwork Resources (Webflow) article '8 Steps To Become a Freelance Web Developer in 2026': navbar (logo, mega-menu with a
# responsive copy whose bottom holds 'Sign up / My dashboard', search, 'Log in / Sign up / My dashboard' buttons,
# 'Resource Center' toggle); secondary 'Resource Center' nav (Categories, Content Types, Featured, More drop-downs and a
# pill 'New? Learn how to start freelancing or hire freelancers.'); reading-progress bar; hero (breadcrumbs, category
# pills, h1, summary, author/date, 'Share:' icons Twitter / LinkedIn / Facebook); body column (hidden audio player, rich
# text with an empty '#new-parent' mount after the 'Create an online portfolio with Upwork' section into which a script
# moves the 'Do the work you love, your way / Sign Up' banner that follows the text in the HTML ('#old-parent'), FAQ,
# disclaimer; hidden empty 'Projects related to this article: No items found.' swiper; hidden copy-letter widget;
# 'Author Spotlight'); right column ('Related Articles' list of 4, side banner 'Flexible work is just a click away / Find
# Work'); Webflow TOC ('Table of Contents', placeholder links); 'Latest articles' (3 cards) and 'Popular articles'
# (3 cards) bands; hidden category list; 'Create your freelance profile today / Find Work / Hide' scroll-in bar;
# scroll-depth tracker divs; footer (For Clients / For Talent / Resources / Company link columns, 'Follow us' icons,
# 'Mobile app' App Store / Google Play icons, copyright and legal links). No ads, no ad configuration (tracking
# attributes only).
# Not labelled: menus (navbar, responsive menu, Resource Center sub-nav drop-downs, footer columns), 'Log in', 'My
# dashboard', search form, breadcrumbs, category pills, hidden audio player, the body's in-sentence links (incl. 'Let us
# help you land your first client!' mid-article, not the closing text: an FAQ follows), disclaimer, the empty
# '#new-parent' mount, the hidden empty 'Projects related to this article' swiper (w-condition-invisible, 'No items
# found.'), the hidden copy-to-clipboard widget, author spotlight (no links but the author page), table of contents,
# hidden category list, tracker divs.
HB="/html/body/div[1]/div[1]"
MC="/html/body/main/div[2]/div"
related=[
 R("/html/body/nav/div[2]/div[5]", None, 2, "outside", amb=True, note="sub-nav pill 'New? Learn how to start freelancing or hire freelancers.' with two links to guide articles, written as a sentence in the navigation bar"),
 R(MC+"/div[2]/div[1]", "Related Articles", 4, "outside", note="right-column 'Related Articles' list of 4 article links (the hidden 'No items found.' variant inside is a Webflow empty state)"),
 R("/html/body/main/div[3]", "Latest articles", 3, "after|outside", note="'Latest articles' band of 3 cards under the article"),
 R("/html/body/main/div[4]", "Popular articles", 3, "after|outside", note="'Popular articles' band of 3 cards"),
]
ctas=[
 C("other", "Sign up", "outside", HB+"/div[3]/div[2]/div/a[1]", amb=True, note="navbar 'Sign up' button beside 'Log in' / 'My dashboard' (11.7: a sign-up beside a log-in is amb other; no item for the bar)"),
 C("other", "Sign up", "outside", HB+"/div[2]/div[2]/div/div/div[5]", amb=True, note="'Sign up / My dashboard' buttons at the bottom of the responsive (mobile) menu: hidden copy (9.3)"),
 C("share", "Share:", "before", "/html/body/main/div[1]/div/div[2]/div[2]/div[2]", note="'Share:' icons (Twitter, LinkedIn, Facebook) in the hero under the author line"),
 C("other", "Do the work you love, your way Sign Up", "inline|after", MC+"/div[1]/div[6]", note="'Do the work you love, your way / Sign Up' banner card (middle-banner, track label click_middle_banner); after the text in the HTML, moved by a script into the '#new-parent' mount inside the text"),
 C("other", "Flexible work is just a click away Find Work", "outside", MC+"/div[2]/div[2]/div", note="right-column side banner 'Flexible work is just a click away' with 'Find Work' button (sign-up funnel)"),
 C("other", "Create your freelance profile today Find Work Hide", "outside", "/html/body/main/div[6]", note="scroll-in bar 'Create your freelance profile today' with 'Find Work' button and 'Hide' close control (sticky bar, 9.8; no mobile-only class)"),
 C("follow", "Follow us", "outside", "/html/body/footer/div/div[2]/div[1]/div[1]", note="footer 'Follow us' social icons (Facebook, LinkedIn, Twitter, YouTube, Instagram)"),
 C("app", "Mobile app", "outside", "/html/body/footer/div/div[2]/div[1]/div[2]", note="footer 'Mobile app' App Store / Google Play icons"),
]
ads=[]
