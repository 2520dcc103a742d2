from _dsl import *
FILE="wcxb/html/0263.html.gz"
# Gold's Gym (goldsgym.com, WordPress block theme 'gg-blocks') blog post 'Gym Workouts for Beginners — Strength Training':
# GTM noscript iframe; header top bar (logo, anniversary logo, 'Find a club' (filled) and 'Free pass' (outline) buttons side
# by side, mobile-menu trigger); top menu (Find a Gym, hidden club-page anchors Overview ... Social, News, Shop, 'Own a Gold's
# Gym'); 'go back' link to /blog/; article (featured image, date / 'Workouts' category, h1, text: intro with study links,
# h2 sections, gym-bag checklists, weekly plan list, workout-flow list whose 'Squats' entry links to the blog's squat guide,
# nine exercise sections with Targeted muscles / Instructions / Tips lines ('wooden plank' and 'walking on the treadmill'
# link to other blog posts inside sentences), common mistakes, motivation tips, 'Conclusion' closing with 'For maximum
# accountability, join your local Gold's Gym! ... start your gym journey with us today!' (no link)); article footer ('topics
# / No topics found.' and 'Share this post' with Facebook / X / Pinterest / iMessage / Copy Link share links); grey spacer;
# 'Explore Our Latest News' band ('See more articles' link and three post cards); grey spacer; footer (logo, 'STRONGER STARTS
# HERE' and footer menu, 'Own a Gold's Gym' / 'careers' nav, privacy / terms nav with 'Do Not Sell or Share ...', copyright).
# No ad markup, no ad slot (GTM only). No social profile links in the HTML (only the JSON-LD sameAs list).
# Not labelled: logos, top menu (incl. 'Shop' and 'Own a Gold's Gym' among the menu links) and the mobile-menu trigger, 'go
# back' link, date / category, study links and the in-list / in-sentence links to other posts ('Squats', 'wooden plank',
# 'walking on the treadmill': links on words of the text, no pointer), the empty 'topics' list, grey spacers, footer menu and
# privacy / terms nav, copyright, the GTM noscript iframe (tracking).
TB="/html/body/div/header/div/div[1]/div[1]/div[2]/div"
AR="/html/body/div/div[3]/div/div[2]"
related=[
 R("/html/body/div/div[5]/div", "Explore Our Latest News", 3, "after|outside", note="'Explore Our Latest News' band with 'See more articles' between the article and the footer: three post cards (Holiday Fitness Challenges: Stay Consistent Through December; 12 Days, 12 Holiday Workouts: Your Non-Negotiable Guide to a Fitter Festive Season; How to Turn Your 2026 Gym Resolution Into a Lasting Habit)"),
]
ctas=[
 C("other", "Find a club Free pass", "outside", TB, note="header top-bar buttons 'Find a club' (club locator) and 'Free pass' (free gym pass) side by side (convention 4: one CTA on the bar, asks differ: `other`)"),
 C("other", "Find a club", "outside", TB+"/div[1]", amb=True, note="'Find a club' button of the top bar (9.2)"),
 C("other", "Free pass", "outside", TB+"/div[2]", amb=True, note="'Free pass' button of the top bar (9.2)"),
 C("other", "For maximum accountability, join your local Gold’s Gym! Our passionate physical trainers are here to support you", "after", AR+"/div[4]/p[61]", amb=True, note="closing sentence of the text 'For maximum accountability, join your local Gold's Gym! ... start your gym journey with us today!': a membership pitch with no link or button (10.1 / x705: a pitch line with no control is `amb`)"),
 C("share", "Share this post", "after", AR+"/div[6]/div[2]", note="'Share this post' under the text: Facebook, X, Pinterest, iMessage, Copy Link share icons"),
 C("other", "Own a Gold’s Gym careers", "outside", "/html/body/div/footer/div/div/div[2]/nav[1]", amb=True, note="footer two-link nav 'Own a Gold's Gym' (franchise enquiry page) / 'careers' (a small menu of asks, as the gold set's p35 'Join our Team / Join the G Club' header nav)"),
]
ads=[]
