from _dsl import *
FILE="trafilatura-eval/html/natuerliche-jagd.de-seminar.html.gz"
# natuerlich-jagd.de (Jägerstiftung infoportal, WordPress block theme) news item 'Neue DJV-Online-Seminare'. Header (logo,
# tagline, search, category nav); main column with title, date, category and the text (ends with a 'Quelle: DJV' line);
# sidebar (div#nj-google-banner-sidebar) with 'Meistgelesene Artikel' and 'Folgen Sie uns' Facebook/Twitter images;
# footer 'RUBRIKEN' nav, 'Nach Oben' button, legal links. The head script defines ten GPT slots (Adspace1-9), but no
# div-gpt-ad container is in the HTML; only an empty mobile-bottom-banner placeholder div at body level.
# Not labelled: header/footer menus, search, category link, 'Nach Oben', legal nav (div#nj-google-tag-mobile: a nav only).
SB="/html/body/div[1]/div/div/div[2]/div"
related=[
 R(SB+"/div[1]", "Meistgelesene Artikel", 6, "outside", note="sidebar 'Meistgelesene Artikel' query list, 6 posts (the first is this article); heading is the sibling h3"),
]
ctas=[
 C("follow", "", "outside", SB+"/div[3]", note="sidebar Facebook and Twitter image links under the 'Folgen Sie uns' heading (heading in the sibling div[2])"),
]
ads=[
 A("/html/body/div[2]", "outside", "empty div.nj-google-banner-bottom-mobile-ph at body level: placeholder of the GPT mobile bottom banner (300x50) defined in the head", amb=True),
]
