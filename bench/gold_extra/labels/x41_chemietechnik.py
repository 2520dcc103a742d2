from _dsl import *
FILE="trafilatura-eval/html/chemietechnik.de.forschungsgruppe fuer biotechnologie.html.gz"
W="/html/body/div[1]"
MC=W+"/div[3]"
T=MC+"/main/div/div"
A_=T+"/div[1]/article"
AI=T+"/div[2]/div/div"
G=T+"/div[3]"
related=[
 R(A_+"/div[5]", None, 1, "inline", note="post-include teaser card from sister site PLASTVERARBEITER ('BASF präsentiert aktuelle Forschungen', 'Hier weiterlesen.')"),
 R(A_+"/div[9]", None, 1, "inline", note="post-include teaser card 'Covestro baut Anilin-Produktionsanlage'"),
 R(T+"/div[2]", "Auch interessant", 7, "after", note="topic-box grid below the article, interleaved with ad boxes"),
 R(G+"/div[1]/div[2]", "Aktuellste Beiträge", 5, "after", note="latest posts list under the comments, holds the fullsize_1 slot"),
]
ctas=[
 C("share", "", "before|outside", MC+"/div[5]", note="fixed shariff share bar (facebook/twitter/linkedin/xing/mail) beside the article"),
 C("subscribe", "Sie möchten gerne weiterlesen? Registrieren Sie sich jetzt kostenlos:", "after", A_+"/div[12]", note="freemium registration wall after the visible text (includes a newsletter opt-in)"),
 C("comments", "Diskutieren Sie mit Einloggen zum Kommentieren Noch nicht angemeldet? Hier registrieren.", "after", G+"/div[1]/div[1]"),
 C("other", "industriejobs.de", "outside", G+"/div[2]/div[2]", amb=True, note="job-listings RSS box (4 jobs) from the publisher's job board in the right column"),
 C("subscribe", "CHEMIE TECHNIK 11/2022", "outside", W+"/footer/div/div[1]/div[1]", amb=True, note="footer magazine-issue teasers with 'Ausgabe lesen'"),
 C("newsletter", "Newsletter Aktuelle News & Themen Exklusive Inhalte Gratis abonnieren", "outside", W+"/footer/div/div[1]/div[2]/div[1]"),
 C("follow", "Folgen Sie der CHEMIE TECHNIK", "outside", W+"/footer/div/div[1]/div[2]/div[2]", note="footer follow heading with social-links list (icons)"),
 C("other", "Für Benachrichtigungen anmelden", "outside", "/html/body/div[8]", note="cleverpush push-notification bell"),
]
ads=[
 A(W+"/div[1]", "outside", "wallpaper_1 GPT"),
 A(W+"/div[2]", "before|outside", "billboard_1 labelled Anzeige"),
 A(MC+"/div[1]", "outside", "skyscraper_1 Anzeige"),
 A(MC+"/div[2]", "outside", "skyscraper_2 Anzeige"),
 A(MC+"/div[3]", "outside", "skyscraper_3 Anzeige"),
 A(MC+"/div[4]", "outside", "skyscraper_4 Anzeige"),
 A(A_+"/div[2]", "inline", "super_banner_1 between the lead/picture and the first text block"),
 A(A_+"/div[3]/div/p[1]/span", "inline", "content_ad_1 Anzeige floated inside the first paragraph"),
 A(A_+"/div[4]", "inline", "empty Post_Promo_Teaser row", amb=True),
 A(A_+"/div[7]", "inline", "super_banner_2"),
 A(A_+"/div[11]", "after", "empty adrow_post_content_ad_2 (content_ad_2_not)", amb=True),
 A(AI+"/div[5]", "after", "content_ad_3 Anzeige inside the Auch interessant grid"),
 A(AI+"/div[7]", "after", "content_ad_4 Anzeige inside the Auch interessant grid"),
 A(AI+"/div[11]", "after", "content_ad_halfsize_1 banneradbox"),
 A(AI+"/div[12]", "after", "content_ad_halfsize_2 banneradbox"),
 A(AI+"/div[13]", "after", "content_ad_halfsize_3 banneradbox"),
 A(G+"/div[1]/div[2]/div/div[7]", "after", "empty fullsize_1 slot inside the latest-posts list", amb=True),
 A(G+"/div[2]/div[1]", "outside", "content_ad_5 banneradbox in the right column"),
 A(G+"/div[2]/div[3]", "outside", "content_ad_6 banneradbox in the right column"),
 A("/html/body/div[2]", "outside", "baseboard_1 GPT"),
 A("/html/body/div[4]/div[1]/div[2]/div[2]/div[1]", "outside", "lb_skyscraper_3 inside the hidden colorbox lightbox", amb=True),
 A("/html/body/div[4]/div[1]/div[2]/div[2]/div[2]", "outside", "lb_skyscraper_2 inside the hidden colorbox lightbox", amb=True),
]
