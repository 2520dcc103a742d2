from _dsl import *
FILE="trafilatura-eval/html/tonedeaf.thebrag.com.luboku.html.gz"
# Tone Deaf (The Brag Media) record review. Hidden mobile slide-in menu (social icons, menu, genres, newsletter form);
# GPT td_hrec_1 leaderboard + header (network toggle, logo, Bluesfest VIP image link); mobile-only 'Discover our
# latest editorial picks' Dailymotion player; article column: title, categories, byline with a 'Shout the writer a
# coffee' tip button, text with teads + GPT + three Proper (thebrag_content_*) slots, an Apester <interaction>
# widget at the end. Right column: desktop editorial-picks player, 'Trending' 3 stories, two Proper side slots.
# Body-level GPT wallpaper skin and a subscribe modal. No footer in the HTML.
# Not labelled: menus, category links, the network-menu toggle, search, the overlay div, SVG sprites.
MC="/html/body/div[3]/div[2]/div/div"
AR=MC+"/div[2]/div[1]"
PC=AR+"/div[4]"
S=MC+"/div[2]/div[2]/div"
related=[
 R(MC+"/div[1]", "Discover our latest editorial picks", 0, "before", amb=True, note="mobile-only heading over an empty Dailymotion player (site's own video picks, filled by script)"),
 R(S+"/div[1]", "Discover our latest editorial picks", 0, "outside", amb=True, note="sidebar empty Dailymotion player of editorial video picks (heading in the sibling h4)"),
 R(S+"/div[2]", "Trending", 3, "outside", note="sidebar 'Trending' 3 news links"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div[2]/nav", amb=True, note="social icons in the hidden mobile slide-in menu"),
 C("newsletter", "Get Tone Deaf to your inbox daily Stay on top of the most important music news and interviews each day", "outside", "/html/body/div[2]/div[5]", amb=True, note="newsletter form in the hidden mobile slide-in menu"),
 C("other", "", "outside", "/html/body/div[3]/div[1]/div[2]/div[2]/div/div[3]", amb=True, note="header image link to Rolling Stone's Bluesfest VIP promo"),
 C("donate", "Love this article?Shout Poppy Reid a coffee", "before", AR+"/div[3]/div[2]/div", note="'Shout the writer a coffee' tip button + amount form beside the byline"),
 C("other", "", "after", PC+"/interaction", amb=True, note="empty Apester <interaction> poll/quiz widget at the end of the text (filled by script)"),
 C("newsletter", "× Get Tone Deaf to your inbox daily Stay on top of the most important music news and interviews each day", "outside", "/html/body/div[5]", note="newsletter subscribe modal"),
]
ads=[
 A("/html/body/div[3]/div[1]/div[1]", "before|outside", "GPT td_hrec_1 leaderboard at the top (sticky-ad-bottom wrapper)"),
 A(PC+"/div[1]", "before", "GPT teads 1x1 slot above the first paragraph"),
 A(PC+"/div[2]", "inline", "GPT td_vrec_2 in the text"),
 A(PC+"/div[3]", "inline", "Proper thebrag_content_2 in the text"),
 A(PC+"/blockquote/div", "inline", "Proper thebrag_content_3 inside the writers' blockquote"),
 A(PC+"/div[4]", "inline", "Proper thebrag_content_4 between the tour dates and the ticket line"),
 A(S+"/div[3]/div[1]", "outside", "sidebar Proper thebrag_side_2 (sticky)"),
 A(S+"/div[3]/div[2]", "outside", "sidebar Proper thebrag_side_3 (sticky)"),
 A("/html/body/div[4]", "outside", "GPT td_skin wallpaper"),
]
