from _dsl import *
FILE="trafilatura-eval/html/pcmag.com.platters.html.gz"
M="/html/body/div/div"
ART=M+"/section/div/div/article"
AB=M+"/section/div/div/div"
FT="/html/body/div/footer"
# PCMag news story (Ziff Davis, 2020 template). Body: five paragraphs around an in-text 'Related' box and an
# embedded Mashable video player (body media, not labelled). Under the text, still inside article#article: an empty
# ZergNet container and three headed link lists whose h3 headings are siblings of the lists (labelled at the ul,
# heading given). GPT slots carry data-ad-position. The affiliate disclosure line, breadcrumbs, the mega-menu
# header (incl. a 'Newsletters' menu link), 'Honest, Objective Reviews' about band and footer menus are not labelled.
related=[
 R(ART+"/div[1]", "Related", 3, "inline", note="in-text Related box with three story links"),
 R(ART+"/ul[1]", "Further Reading", 4, "after", note="ul#further-reading under the h3 sibling div[4]; 4 stories + 'More in Storage' category link"),
 R(ART+"/ul[2]", "Storage Reviews", 5, "after", note="ul#more-reviews under the h3 sibling div[5]"),
 R(ART+"/ul[3]", "Storage Best Picks", 5, "after", note="best-picks list under the h3 sibling div[6]"),
 R(AB+"/div/div", "Read the latest from Matthew Humphries", 5, "after", note="author box: bio plus 5 latest stories and 'More from' link (a 'without' snippet)"),
]
ctas=[
 C("share", "facebook twitter flipboard social share", "before", M+"/div[3]/div[2]/div[2]", note="byline share icons with a 'more' dropdown (Pinterest, Reddit, LinkedIn, Email, Copy Link, Comments)"),
 C("newsletter", "", "after", AB+"/newsletter-block", amb=True, note="empty newsletter-block custom element under the author box (script-filled)"),
 C("subscribe", "PC Magazine Digital Edition Get 67% Off Newsstand Price", "outside", FT+"/div[1]/a[1]", note="footer promo tile for the digital magazine subscription"),
 C("newsletter", "PCMag Newsletters Our Best Stories in Your Inbox", "outside", FT+"/div[1]/a[2]", note="footer newsletter tile"),
 C("follow", "Follow PCMag", "outside", FT+"/div[1]/div", note="footer social icons tile"),
]
ads=[
 A("/html/body/aside/div[1]", "outside", "GPT stitials (interstitial) slot, 0x0"),
 A("/html/body/aside/div[2]", "outside", "GPT skin slot"),
 A("/html/body/aside/div[3]", "before|outside", "GPT masthead slot"),
 A("/html/body/aside/div[4]", "outside", "GPT inpage slot (out-of-page)", amb=True),
 A(ART+"/div[3]", "after", "empty zergnet-widget container after the last paragraph"),
 A(M+"/section/aside/div/aside", "outside", "right-rail 'Advertisement' MedRect (ATF)"),
]
