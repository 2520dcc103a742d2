from _dsl import *
FILE="trafilatura-eval/html/tennisnet.com-ueberraschungen.html.gz"
# tennisnet.com (DE) news article 'Diese Ymers! Zwei Überraschungen an einem Tag!': header with language flags and social
# icons, main nav with empty partner slots, top ad container (GPT sky-left, leaderboard, mob-leaderboard, sky-right);
# article (breadcrumb, title, lead paragraph, mobile share row, GPT tn-widget banner, photo, GPT article-image, text,
# two draw-PDF link lines, mobile push-notification box, GPT article-mostread, 'Meistgelesen' list, empty Taboola
# container); right column 'sub' (share icons, byline/date, GPT article-side-desktop, push box); 'Empfohlene Beiträge'
# band; AdSense container before the footer; footer legal links.
# Not labelled: language flags, nav, breadcrumb, the two 'Hier das Einzel-Tableau' draw-PDF lines (body links to
# documents, not stories), footer links (incl. 'Push', 'RSS & Widgets'), hidden icon sprite.
AR="/html/body/main/article"
SUB="/html/body/main/div[1]"
related=[
 R(AR+"/div[8]", "Meistgelesen", 5, "after", note="most-read list under the article"),
 R("/html/body/main/nav", "Empfohlene Beiträge", 4, "after|outside", note="recommended-articles band with 4 image cards"),
]
ctas=[
 C("follow", "", "outside", "/html/body/header/div/div/div[2]", note="header icons: search + Facebook/Twitter/Instagram/YouTube profile links"),
 C("share", "", "inline|before", AR+"/div[2]", note="mobile-only share icons (Twitter, Facebook, WhatsApp) after the lead paragraph"),
 C("other", "Verpasse keine News! Aktiviere die Benachrichtigungen:", "after", AR+"/div[6]", note="mobile push-notification sign-up for the players named in the article"),
 C("share", "", "outside|before", SUB+"/div[1]", note="right-column share icons (Twitter, Facebook, WhatsApp)"),
 C("other", "Verpasse keine News! Aktiviere die Benachrichtigungen:", "outside", SUB+"/div[3]", note="right-column push-notification sign-up"),
]
ads=[
 A("/html/body/nav/div/div[1]", "outside", "empty partnerLeft slot in the main nav", amb=True),
 A("/html/body/nav/div/div[2]", "outside", "empty partnerRight slot in the main nav (commented-out Interwetten sponsor link)", amb=True),
 A("/html/body/div[1]/div[1]", "outside", "GPT sky-left skyscraper"),
 A("/html/body/div[1]/div[2]", "before|outside", "GPT leaderboard"),
 A("/html/body/div[1]/div[3]", "before|outside", "GPT mob-leaderboard"),
 A("/html/body/div[1]/div[4]", "outside", "GPT sky-right skyscraper"),
 A(AR+"/div[4]", "inline", "GPT tn-widget banner after the lead paragraph"),
 A(AR+"/div[5]", "inline", "GPT article-image slot after the photo"),
 A(AR+"/div[7]", "after", "GPT article-mostread slot"),
 A(AR+"/div[9]", "after", "empty taboola-below-article-thumbnails"),
 A(SUB+"/div[2]", "outside", "GPT article-side-desktop"),
 A("/html/body/div[2]", "after|outside", "AdSense ins container before the footer"),
]
