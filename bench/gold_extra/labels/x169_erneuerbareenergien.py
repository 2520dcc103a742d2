from _dsl import *
FILE="trafilatura-eval/html/erneuerbareenergien.de.seeboden.html.gz"
# ERNEUERBARE ENERGIEN magazine article (Drupal 'verticals' theme, Gentner Verlag). GPT blocks: super banner on top,
# two skies left and two right, billboard in the stage, full banner above the title, three medium rectangles in the
# sidebar, banderole in the post-footer. Header: login form, 'Abo & Shop' / 'Newsletter' top bar, search; main nav,
# topics menu, breadcrumbs. Article: kicker/title, author/date/print, teaser image + lead, text (aurora content),
# authors box, tags, empty Shariff share container, 'Weitere Inhalte' (6 teasers). Sidebar (after the MRs): login/
# subscription box, current-issue box with order/test CTA, Spreewind Spiegel download, Adressbuch order box,
# Facebook page plugin, 'Meistgelesen' (10), newsletter box. Footer: topic menu, service menu, social icons.
# Not labelled: login/search forms, main/topics menus, breadcrumbs, print link, authors box, tags, footer menus
# (incl. 'Abo- & Leserservice', 'Newsletter', 'E-Paper' links), back-to-top, hidden datalayer block.
CW="/html/body/div/div[2]/div[4]"
MN=CW+"/main"
SB=CW+"/aside/div[4]"
related=[
 R(MN+"/div[8]", "Weitere Inhalte", 6, "after", note="'Weitere Inhalte' teaser grid under the article"),
 R(SB+"/section[6]", "Meistgelesen", 10, "outside", note="sidebar most-read list"),
]
ctas=[
 C("subscribe", "Abo & Shop Newsletter", "outside", "/html/body/div/div[2]/header/nav", amb=True, note="header top bar with two links: subscription shop and newsletter sign-up"),
 C("share", "", "after", MN+"/div[7]", note="empty Shariff share-buttons block (services configured in data-services, filled by script)"),
 C("subscribe", "Anmeldung und Registrierung So melden Sie sich als Abonnent an, um Zugriff auf alle Zusatz-Inhalte zu bekommen.", "outside", SB+"/section[1]", note="sidebar subscriber login box + 'Noch kein Abo?' link to the subscription shop"),
 C("subscribe", "Aktuelle Ausgabe Heft 08-2022 Inhaltsverzeichnis Einzelheft bestellen", "outside", SB+"/section[2]", note="sidebar current-issue box: order single issue, '2 Ausgaben unverbindlich testen: Jetzt kostenlos testen!'"),
 C("other", "Spreewind Spiegel 2022 Laden Sie sich jetzt die aktuelle Version des Spreewind Spiegels kostenlos herunter!", "outside", SB+"/section[3]", note="sidebar download promo"),
 C("other", "Adressbuch der Windenergie Das Adressbuch 2023 ist gedruckt. Bestellen Sie gleich heute IHR Exemplar.", "outside", SB+"/section[4]", note="sidebar order box for the publisher's directory book"),
 C("follow", "Facebook", "outside", SB+"/section[5]", note="sidebar Facebook page plugin"),
 C("newsletter", "Newsletter Ja, ich möchte den ERNEUERBARE-ENERGIEN-Newsletter kostenlos abonnieren. Jetzt anmelden!", "outside", SB+"/section[7]", note="sidebar newsletter box"),
 C("follow", "", "outside", "/html/body/div/div[2]/footer/div[4]", note="footer social icons (Facebook, Twitter)"),
]
ads=[
 A("/html/body/div/div[1]", "before|outside", "region-ad-top: GPT super banner (div-gpt-ad-3664699-1)"),
 A("/html/body/div/div[2]/div[1]/div[1]", "outside", "GPT sky left (block-ga-sky-left)"),
 A("/html/body/div/div[2]/div[1]/div[2]", "outside", "GPT sky left 2 (block-ga-sky-left-2)"),
 A("/html/body/div/div[2]/div[2]/div[1]", "outside", "GPT sky right (block-ga-sky-right)"),
 A("/html/body/div/div[2]/div[2]/div[2]", "outside", "GPT sky right 2 (block-ga-sky-right-2)"),
 A("/html/body/div/div[2]/div[3]/div[2]", "before|outside", "GPT billboard in the stage region under the menus"),
 A(MN+"/div[1]", "before", "GPT full banner above the article title"),
 A(CW+"/aside/div[1]", "outside", "GPT medium rectangle 1 in the sidebar"),
 A(CW+"/aside/div[2]", "outside", "GPT medium rectangle 2 in the sidebar"),
 A(CW+"/aside/div[3]", "outside", "GPT medium rectangle 3 in the sidebar"),
 A("/html/body/div/footer/div[1]", "after|outside", "GPT banderole in the post-footer"),
]
