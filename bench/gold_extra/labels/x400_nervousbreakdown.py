from _dsl import *
FILE="trafilatura-eval/html/thenervousbreakdown.com.loneliest.html.gz"
# The Nervous Breakdown (WordPress) essay 'The Loneliest Woman in the World: An Appreciation of Heart's "Alone"' (Tim
# Anderson, 2011): top 970x250 banner (Feminist Press novel 'Fiebre Tropical', div.top-advert); logo row with Facebook /
# Twitter / RSS icons; section menu (Archives, Book Club, Bookstore, Podcasts, Contributors); story (h1, byline, date,
# category; text with images and a YouTube link line); Tweet / Facebook Like tools; tags; author bio box (with book
# link); '11 responses to …' heading, empty comment pagination divs, comment list (11 comments with replies), 'Leave a
# Reply' form; right sidebar ('MUST READ' list of 19 stories, search, three 160x600 banners: Feminist Press novel, Other
# People podcast, TNB Books); footer (category menu, Terms / Privacy / Contact / Submissions links, copyright).
# Not labelled: section and footer menus (incl. Bookstore, Podcasts, Contact, Submissions), tags, author bio box (its
# Amazon book link), YouTube link line in the text, empty comment pagination divs, search form, empty header spacer div.
MC="/html/body/div[5]/div[1]"
SB="/html/body/div[5]/div[2]"
related=[
 R(SB+"/div[1]", "MUST READ", 19, "outside", note="sidebar 'MUST READ' list of 19 stories ('title,' by author)"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div[3]/div[2]/div[1]/ul", note="header icon links to the site's Facebook, Twitter and RSS feed"),
 C("share", "Tweet", "after", MC+"/div[1]/div[3]", note="article tools under the text: Tweet button and Facebook Like (fb-like)"),
 C("comments", "Art Edwards says: July 11, 2011 at 12:25 pm", "after", MC+"/ol", note="comment list (11 responses, with replies); its heading '11 responses to …' is the sibling h3#comments"),
 C("comments", "Leave a Reply Cancel reply Your email address will not be published.", "after", MC+"/div[5]", note="'Leave a Reply' comment form (#respond)"),
]
ads=[
 A("/html/body/div[2]", "before|outside", "top 970x250 banner (div.top-advert#tnb-header): Feminist Press novel 'Fiebre Tropical'"),
 A(SB+"/div[3]", "outside", "sidebar 160x600 banner for the same Feminist Press novel"),
 A(SB+"/div[4]", "outside", amb=True, note="sidebar 160x600 banner for the 'Other People' podcast (the site's own house ad: could be read as a promo CTA)"),
 A(SB+"/div[5]", "outside", amb=True, note="sidebar banner 'tnb_books_ad3' for TNB Books (the site's own house ad: could be read as a promo CTA)"),
]
