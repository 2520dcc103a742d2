from _dsl import *
FILE="trafilatura-eval/html/villagevoice.com-Party.html.gz"
# Village Voice (WordPress, same stack as LA Weekly x277) article 'Party Like It’s 1923: Will Donald Trump Write His Own
# ‘Mein Kampf’ in Jail?': empty o-ad__top div; fixed nav (menu/search buttons, slide-out nav with per-section story
# lists, a mobile-only 'OnlyFans' list of 50 sponsored category links, Facebook/Twitter/Instagram icons + About/Staff/
# Jobs/Contact links); article header with an AdGlare zone (span#zone849653265) above the category/title/dek/byline;
# Facebook/Twitter/e-mail share icons; text with series note and images; empty Public Good widget; 'More:' series line;
# editorial note and advertising disclosure; two empty o-ad__post-wide divs around the 'Highlights' list; Flipp
# 'Featured Flyer' slot (registered in a head script); footer (social icons, link row incl. E-Editions/Pick Us Up).
# Not labelled: nav menus and their per-section story lists and the OnlyFans link list (as x277 leaves the mega-menu
# lists out), search, 'More:' series link, editorial note and advertising disclosure (disclaimers), footer link row.
P="/html/body/div[2]/div"
related=[
 R("/html/body/div[4]", "Highlights", 6, "after|outside", note="'Highlights' list of 6 stories (the first is this article) between article and footer"),
]
ctas=[
 C("follow", "Facebook Twitter Instagram", "outside", "/html/body/nav/div[1]/div[3]/div/div[1]/ul", note="Facebook/Twitter/Instagram icons in the slide-out nav"),
 C("share", "", "before", P+"/div[2]", note="Facebook/Twitter/e-mail share icons under the article header"),
 C("donate", "", "after", P+"/div[3]/div[4]", amb=True, note="empty Public Good (cause/take-action) widget container at the end of the text, filled by script"),
 C("follow", "", "outside", "/html/body/footer/div[1]/div/div[1]/div[1]", note="footer Facebook/Twitter/Instagram icons"),
]
ads=[
 A("/html/body/div[1]", "before|outside", "empty o-ad__top div at the very top of the page"),
 A(P+"/div[1]/div", "before", "AdGlare zone span#zone849653265 (engine.laweekly.com script) above the article title"),
 A("/html/body/div[3]", "after|outside", "empty o-ad__post-wide div under the article"),
 A("/html/body/div[5]", "after|outside", "empty o-ad__post-wide div under the 'Highlights' list"),
 A("/html/body/div[6]", "after|outside", "Flipp 'Featured Flyer' circular slot (flippxp.registerSlot; heading hidden until filled)", amb=True),
]
