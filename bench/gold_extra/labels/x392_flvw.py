from _dsl import *
FILE="trafilatura-eval/html/flvw.de-hallenmeisterschaften.html.gz"
# FLVW (Westphalian football & athletics association, TYPO3) news item on the indoor athletics championships: header
# (logo, Sportcentrum Kaiserau image link, search), big main navigation (desktop + smartphone copies), breadcrumb and
# news sub-navigation; article (photo carousel, title, teaser, text), 'Themenrelevante Nachrichten' link list;
# right sidebar (NEWS INFO date/author/category, 'Weitere Informationen' links to results and the Facebook photo page,
# 'Meistgelesene News', 'Premium Partner' sponsor logo box, 'VERBANDSMAGAZIN' promo box); fixed bottom meta bar
# (contact/social icons, logos of partner sites, legal links). No GPT/AdSense configuration.
# Not labelled: navigation, breadcrumb, sub-navigation, NEWS INFO, 'Weitere Informationen' (article-specific
# result/photo links), partner-site logo buttons and legal links in the bottom bar.
B="/html/body/div/section/div[2]"
SB=B+"/div[2]/div"
related=[
 R(B+"/div[1]/div/div/div/div[5]", "Themenrelevante Nachrichten", 4, "after", note="topic-related news link list under the text"),
 R(SB+"/div[2]", "Meistgelesene News", 3, "outside", note="sidebar most-read news with images"),
 R(SB+"/div[4]", "VERBANDSMAGAZIN", 1, "outside", amb=True, note="sidebar image box linking to the association magazine issue (a news item)"),
]
ctas=[
 C("follow", "", "outside", B+"/div[3]/div/div/div/div[1]", note="fixed bottom bar: contact mail icon + Facebook/Instagram/... profile icons"),
]
ads=[
 A(SB+"/div[3]", "outside", "sidebar 'Premium Partner' campaign box with sponsor logo (Krombacher Westfalenpokal)"),
 A("/html/body/div/header/div[1]/div[2]", "outside", "header-partner image link to Sportcentrum Kaiserau (association's own sports centre)", amb=True),
]
