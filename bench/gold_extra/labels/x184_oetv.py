from _dsl import *
FILE="trafilatura-eval/html/oetv.at-taucher.html.gz"
# ÖTV (Austrian tennis federation, TYPO3 news) article 'Erfolgreiches Masters-Debüt für Taucher'. Header with regional
# federation links, meta nav (search, Newsletter, login menu) and main menus; empty #bigbanner container; article:
# category, title, lead, author/date, collapsed Shariff share button, text column + right column with two photos and a
# Revive banner (zone 14); below it 'Top Themen der Redaktion' (3 stories) and a news-category list; breadcrumbs;
# partner logo slider; footer with address, opening hours and social icons; cookie-consent config spans.
# Not labelled: menus (incl. the 'Newsletter' meta link and footer 'Newsletter'/'Kontakt' links), login dropdown,
# 'Nachrichtenressorts' category list, breadcrumbs, empty news-related-wrap and c-section-gallery, footer address,
# cookie-consent settings.
ART="/html/body/div/main/div/div/div/div/div/div/article"
related=[
 R("/html/body/div/main/div/div/div/div/div/div/div/div[1]/div", "Top Themen der Redaktion", 3, "after", note="'Top Themen der Redaktion' nextread list below the article"),
]
ctas=[
 C("share", "Share", "before", ART+"/div[3]", note="'Share' button with collapsed Shariff buttons between lead and text"),
 C("follow", "", "outside", "/html/body/div/footer/div[1]/div/div/div[3]", note="footer Twitter / Facebook / YouTube icons"),
]
ads=[
 A("/html/body/div/div[2]", "before|outside", "empty #bigbanner container between header and content (banner slot)", amb=True),
 A(ART+"/div[4]/div[2]/div[2]", "outside", "banner-news-aside: Revive zone 14 in the right column beside the text"),
 A("/html/body/div/div[4]", "outside", "partner/sponsor logo slider above the footer (19 logos)", amb=True),
]
