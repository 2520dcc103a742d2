from _dsl import *
FILE="trafilatura-eval/html/bund.net-hermlin.html.gz"
W="/html/body/div"
AS=W+"/div[3]/section/div/div/div[2]"
FM=W+"/footer/div/nav/ul/li[5]/ul"
# An NGO's monthly nature tip (TYPO3): intro band with breadcrumb/title/date and a share row, body of 12 paragraphs,
# two h2, a consent-gated YouTube embed (part of the body) and a 'Zur Übersicht' backlink; right aside with a floating
# newsletter bubble and a 'Weitere Tipps' link list. Not labelled: menus (meta nav with a plain 'Newsletter' link, main
# nav, mobile nav, the hidden 'BUND-Themen' topic list), breadcrumb, the backlink, in-text links ('Maulwürfen', 'Wiesen',
# 'Wäldern'), the footer menu columns, the cookie link. No ad slots (GTM only).
related=[
 R(AS+"/div[2]/div", "Weitere Tipps", 10, "outside", note="aside link list of the previous monthly tips"),
]
ctas=[
 C("share", "teilen tweeten mailen", "before", W+"/div[2]/div/ul", note="share row under title/date in the intro band"),
 C("newsletter", "BUND-Newsletter abonnieren! Ja, ich möchte den personalisierten Newsletter erhalten.", "outside", AS+"/div[1]/div", note="floating newsletter bubble/form in the aside"),
 C("donate", "Jetzt spenden Mitglied werden Bestellkorb", "outside", W+"/div[1]", note="sticky mobile-only flags: donate, membership, order basket"),
 C("subscribe", "Mitglied werden", "outside", W+"/header/div[2]/div/a[2]", note="header membership button"),
 C("donate", "Jetzt spenden", "outside", W+"/header/div[2]/div/a[3]", note="header donate button"),
 C("donate", "", "outside", W+"/header/div[2]/div/div[3]", amb=True, note="shrunk-header icon row: topics, search, membership and donate icons"),
 C("follow", "Facebook Twitter Youtube Instagram", "outside", W+"/section/div/div/div[3]/div[1]", amb=True, note="social links in the hidden 'BUND-Themen' overlay"),
 C("donate", "Mitglied werden Jetzt spenden", "outside", W+"/section/div/div/div[3]/div[2]", amb=True, note="membership/donate buttons in the hidden 'BUND-Themen' overlay"),
 C("follow", "Facebook Twitter Youtube Instagram", "outside", FM+"/li[1]", note="footer 'Fan werden' social icons"),
 C("subscribe", "Mitglied werden", "outside", FM+"/li[2]", note="footer membership button"),
 C("donate", "Jetzt spenden", "outside", FM+"/li[3]", note="footer donate button"),
 C("other", "BUND-Bestellkorb Jetzt bestellen weiterstöbern", "outside", W+"/div[4]", amb=True, note="hidden order-basket panel (publications shop)"),
]
ads=[]
