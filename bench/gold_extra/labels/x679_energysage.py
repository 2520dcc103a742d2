from _dsl import *
FILE="wcxb/html/4193.html.gz"
# EnergySage (Nuxt / Storyblok) guide 'How to install solar panels in 2026': loading spinner; navbar (mega-menus 'Tips &
# guides' and 'About us' each with a promo card, Solar calculator, account dropdown with hidden logged-in / logged-out
# lists, product menu row Home solar / batteries / EV charging / Heat pumps / Electricity plans, mobile account menu;
# sticky navbar copy); breadcrumb, h1, dek, share icons (LinkedIn, Facebook, Threads, Bluesky, Copy link), authors and
# date; left sticky column ('Why trust EnergySage?' button, table of contents); text column (lead image, intro, 'Key
# takeaways' box, figure, h2 sections with step accordions and yellow 'QUICK QUESTION' / 'SOLAR SPECIFICS' boxes, a
# 'Learn more about DIY solar installations' link card, closing part, ZIP-code quote card 'See how much you could save
# with solar in 2026'); under the article: 'Back to the top' and 'Share on social' row, 'Subscribe to the EnergySage
# Newsletter!' form, 'Related articles' (3 cards), 'Discover whole-home electrification' band of 3 service cards;
# footer ('Make an impact' band, Our offerings / Resources / About us / Work with us columns, social icons, legal
# links, DOE line); empty teleport mounts.
# No ad slot. Not labelled: menus and mega-menu promo cards, account menus (Sign in / Create an account, hidden lists),
# breadcrumb, authors, 'Why trust EnergySage?' popover button, table of contents, accordions and Q&A boxes (body),
# 'Back to the top' link, footer link columns (Newsletter / Contact us are single links among many), legal links, DOE
# line, empty teleport mounts.
B="/html/body/div[1]/div/div/div[1]/div[3]/div"
related=[
 R(B+"/div[2]/div[2]/a", None, 1, "inline", note="link card 'Learn more about DIY solar installations' set apart after the DIY section (pointer of one item, 10.10)"),
 R(B+"/div[3]/div/div[3]", "Related articles", 3, "after", note="'Related articles' under the article: 3 cards (best solar panels, residential tax credit states, solar prices)"),
]
ctas=[
 C("share", "Share to LinkedIn Share to Facebook Share to Threads Share to Bluesky Copy link", "before", B+"/div[1]/div/div[2]/div[2]/div[1]/div", note="share icon list under the dek, beside the byline"),
 C("other", "See how much you could save with solar in 2026 Most homeowners save around $60,000 over 25 years", "after", B+"/div[2]/div[2]/div[16]", note="ZIP-code card closing the text column: 'See solar prices' form to the quote marketplace (lead funnel, 11.7)"),
 C("share", "Share on social: Share to LinkedIn Share to Facebook Share to Threads Share to Bluesky Copy link", "after", B+"/div[3]/div/div[1]/div", note="'Share on social' row under the article, beside 'Back to the top'"),
 C("newsletter", "Subscribe to the EnergySage Newsletter! Plug in for monthly energy-saving tips, climate news", "after", B+"/div[3]/div/div[2]", note="newsletter sign-up card with e-mail form under the article"),
 C("other", "Discover whole-home electrification Home solar Create your own clean energy with solar panels. Learn about home solar", "after", B+"/div[3]/div/div[4]", amb=True, note="band of 3 service cards (Home solar, Personalized Power Plan 'Get started', Heating & cooling) with buttons to product pages: promo band, or navigation to service pages (10.4)"),
 C("follow", "Facebook LinkedIn Instagram YouTube Threads Bluesky", "outside", "/html/body/div[1]/div/div/div[2]/div[2]/div/div/div[2]/div", note="footer social icons"),
]
ads=[]
