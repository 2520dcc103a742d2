from _dsl import *
FILE="trafilatura-eval/html/7mind.de.grenzen.html.gz"
# 7Mind (meditation app, Nuxt) magazine article 'So lernen wir Grenzen zu setzen': top nav (So geht's / Preise /
# Krankenkasse / Für Unternehmen / Magazin, 'APP herunterladen' button); hero title; lead; text section (byline, headings,
# tips); category tag + Facebook/Twitter share icons; 'Das könnte dich auch interessieren' band with 3 magazine teasers
# (role cta-banner, empty text-center div under it); footer (login, language switch, social icons, link columns incl.
# Kontakt/Help Center, Stiftung Warentest seal text, copyright); cookie banner. No ads, no ad configuration.
# Not labelled: nav links, category tag, footer link columns (incl. 'Kontakt', 'Über die App'), login and language
# switch, Stiftung Warentest seal text, cookie banner.
M="/html/body/div/div/div/main/div"
related=[
 R(M+"/div[3]/section", "Das könnte dich auch interessieren", 3, "after", note="band of 3 magazine teasers under the article"),
]
ctas=[
 C("app", "APP herunterladen", "outside", "/html/body/div/div/div/div[2]/div/div/div/a[1]", note="'APP herunterladen' button in the top nav"),
 C("share", "", "after", M+"/div[2]/div[2]", note="Facebook / Twitter share icons under the text, beside the category tag"),
 C("follow", "", "outside", "/html/body/div/div/div/footer/div/div[1]/div[1]/div/div[4]", note="footer social icons (Facebook, Instagram, Pinterest, YouTube, LinkedIn)"),
]
ads=[]
