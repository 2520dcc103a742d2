from _dsl import *
FILE="trafilatura-eval/html/0a4a8ab61c054192b1ec70cc3570cf45.html.gz"
# zugreiseblog.de (WordPress Hueman theme) news post 'DB Lounge: Kein Zugang mehr mit Sparpreis-Ticket': header menu,
# category/comment-count meta line, title, byline, text with three h2 sections, closing 'Was hältst du ...' prompt,
# code-block insert (newsletter/follow line + AdSense 'Anzeige'), sharrre share bar, tags, author bio,
# 'Das könnte Dich auch interessieren …' related posts, comments + form; right sidebar (follow icons, author box,
# AdSense, Alexa-skill image promo, newsletter form, 'Neue Artikel', 'Fehler gefunden?', 'Besonders beliebt');
# footer widgets (about text, Facebook page plugin, affiliate disclaimer, newsletter form, blog-directory badges);
# cookie bar and two Popup Maker modals (newsletter, Facebook).
# Not labelled: menus, tags, author bio (no social links), cookie bar/modal, affiliate disclaimer text,
# Bloggerei/TopBlogs directory badges.
S="/html/body/div[1]/div/div/div/div/section/div[2]"
B=S+"/article/div/div[2]"
SB="/html/body/div[1]/div/div/div/div/div/div"
FW="/html/body/div[1]/footer/section[1]/div/div"
related=[
 R(S+"/ul", "Das könnte Dich auch interessieren …", 3, "after", note="related-posts list of 3 cards; its h4 heading is a loose sibling (no common wrapper short of the whole column)"),
 R(SB+"/div[6]", "Neue Artikel", 3, "outside", note="sidebar recent posts widget (first item is this article)"),
 R(SB+"/div[8]", "Besonders beliebt im Zugreiseblog", 3, "outside", note="sidebar popular posts tab widget"),
]
ctas=[
 C("comments", "4", "before", "/html/body/div[1]/div/div/div/div/section/div[1]/ul/li[2]", amb=True, note="comment-count link in the meta line above the title"),
 C("comments", "Was hältst du von der Abschaffung des Zutritts zur DB Lounge mit einem Sparpreis-Ticket der ersten Klasse? Ich freue", "after", B+"/div[1]/p[11]", amb=True, note="closing comment prompt, last paragraph of the text (could be read as body)"),
 C("newsletter", "Wenn du keinen Artikel mehr zu Bahnreisen in Deutschland verpassen willst, dann hol dir jetzt meinen gratis Newsletter", "after", B+"/div[1]/div/p", note="inserted newsletter pop-up link + Facebook/Twitter follow line at the end of the text"),
 C("share", "Share", "after", B+"/div[2]", note="sharrre share bar (Twitter, Facebook, Pinterest, LinkedIn; filled by script)"),
 C("comments", "4 Antworten Kommentare4 Pingbacks0", "after", S+"/section", note="comments section with 4 comments and 'Schreibe einen Kommentar' form"),
 C("follow", "Folgen:", "outside", SB+"/div[1]", note="sidebar 'Folgen:' social icons (Facebook, Twitter, YouTube, Instagram, RSS, Kontakt)"),
 C("other", "", "outside", SB+"/div[4]", amb=True, note="sidebar image promo for the blog's own Alexa skill"),
 C("newsletter", "Hol dir meine gratis Bahn-Tipps", "outside", SB+"/div[5]", note="sidebar newsletter sign-up form"),
 C("contact", "Fehler gefunden?", "outside", SB+"/div[7]", note="sidebar widget asking readers to report errors via 'Nachricht' (contact page)"),
 C("follow", "Gefällt dir!", "outside", FW+"/div[2]/div[1]", note="footer Facebook page plugin (filled by script)"),
 C("newsletter", "Hol dir meinen gratis Newsletter!", "outside", FW+"/div[3]/div[1]", note="footer newsletter sign-up form"),
 C("newsletter", "Hol dir meinen gratis Newsletter!", "outside", "/html/body/div[7]", note="Popup Maker newsletter modal (hidden until triggered)"),
 C("follow", "", "outside", "/html/body/div[8]", amb=True, note="Popup Maker 'facebook-signup' modal with an empty Facebook page plugin"),
]
ads=[
 A(B+"/div[1]/div/div", "after", note="AdSense unit with 'Anzeige' label after the text (adsense-bottom-news)"),
 A(SB+"/div[3]", "outside", note="sidebar AdSense 300x250 widget with 'Anzeige' label"),
]
