from _dsl import *
FILE="trafilatura-eval/html/lernpfadprismen.wordpress.com.masse.html.gz"
# WordPress.com (Twenty Thirteen) learning-path page 'Masse des Quaders': site header with menu, entry with two exercise
# lists (video links, 'Vollständig durchgerechnete Lösung' PDF links are body), then two WordAds (atatags) slots inside
# .entry-content after the last list, empty entry footer and an empty comments-area (comments closed, no form).
# Sidebar: 'Projektarbeit' text widget (credits, 'Didaktischer Kommentar', CC licence) and one WordAds slot.
# Not labelled: header menu, sidebar credits widget, empty comments-area, footer 'Bloggen auf WordPress.com.', cookie notice.
E="/html/body/div[1]/div/div[1]/div/article/div"
related=[]
ctas=[
 C("share", "Veröffentlichen auf Abbrechen", "outside", "/html/body/div[3]", amb=True, note="hidden image-carousel reblog box"),
]
ads=[
 A(E+"/div[1]", "after", "WordAds (atatags) inread video slot after the last exercise list"),
 A(E+"/div[2]", "after", "empty WordAds atatags dynamic slot (label 'Werbeanzeigen') after the content"),
 A("/html/body/div[1]/div/div[2]/div/div", "outside", "empty WordAds atatags slot in the sidebar"),
]
