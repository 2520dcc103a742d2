from _dsl import *
FILE="trafilatura-eval/html/tofugu.com.dezuka-suisan.html.gz"
# Tofugu travel article 'Dezuka Suisan: Deep-Fried Fish Cakes, Hot and Fresh'. Fixed navbar (section dropdowns with
# 'View All' tiles, Podcast, Store, Search) and a search overlay; header image with title, date, authors; body with
# figures, a YouTube embed, four staff reviews and the TL;DR box (map, pros/cons, ratings, address - all part of the
# text); two pagers (older/newer article, older/newer travel article); an empty footer-articles thumbnail row (filled
# by script); footer ('Additional Links' incl. Store and WaniKani, 'More Tofugu' Newsletter/Podcast/RSS/Twitter/
# YouTube). No ads, no ad configuration.
# Not labelled: navbar and its dropdown tiles (incl. Store link), search overlay, author/art links and image download
# icon, in-text links, the staff reviews and TL;DR box (body), footer 'Additional Links' menu.
related=[
 R("/html/body/div[3]/nav/div[1]", None, 2, "after", note="older/newer article pager under the article (Abashiri Prison Museum / Giant Crab Claw)"),
 R("/html/body/div[3]/nav/div[2]", None, 2, "after", amb=True, note="older/newer travel-article pager: the same two stories again, in category order"),
 R("/html/body/div[4]", None, 0, "after|outside", amb=True, note="empty footer-articles thumbnail row above the footer (article tiles filled by script)"),
]
ctas=[
 C("follow", "More Tofugu Newsletter Podcast RSS Twitter YouTube", "outside", "/html/body/footer/div/div/div[2]/ul", amb=True, note="footer 'More Tofugu' list: newsletter, podcast, RSS, Twitter and YouTube links (mixed follow/newsletter column)"),
]
ads=[]
