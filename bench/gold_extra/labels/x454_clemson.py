from _dsl import *
FILE="wcxb/html/0345.html.gz"
# Clemson News (WordPress, Newsreader theme) story 'Here's how to maintain healthy smartphone habits' (republished from The
# Conversation): skip link; off-canvas panel (mobile logo, search, primary menu copy, empty cs-social bottom bar); header
# (logo, primary menu Academics / University News / Giving / Experts / Clemson World / Emergency Alerts, search, burger menu
# with empty cs-social bar); entry header (category links, h1, subtitle); byline/date bar; lead image; text (section link,
# author line, ten numbered tips with Getty images, author bio line, 'This article is republished from The Conversation ...
# Read the original article.'); entry footer (author, published date); 'Read more' grid of 6 recent stories; right sidebar
# 'Clemson News' text widget (site description, no links); footer menus (State and Nation / Leadership / Publications /
# Media Resources incl. Contact Us), copyright, empty cs-social; scroll-to-top button. No ads, no ad markup; no share bar.
# Not labelled: menus (incl. footer Contact Us and 'Faculty Experts for Media'), search forms, category links, byline and
# author links, author bio line, sidebar 'Clemson News' description widget, the three empty cs-social containers (server-
# rendered, with no profiles configured), scroll-to-top button.
CA="/html/body/div/div[3]/div/main/div/div/div[2]/div"
related=[
 R(CA+"/section", "Read more", 6, "after", note="'Read more' grid under the article: 6 recent Clemson News stories (image, category, title, author, date)"),
]
ctas=[
 C("read_more", "This article is republished from The Conversation under a Creative Commons license. Read the original article.", "after", CA+"/div/div/div[3]/div[1]/p[21]", amb=True, note="closing republication line with a link to the original article on The Conversation (attribution as much as a pointer; in the wcxb ground truth body)"),
]
ads=[]
