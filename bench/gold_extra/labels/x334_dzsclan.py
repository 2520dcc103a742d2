from _dsl import *
FILE="trafilatura-eval/html/archive.org.dzs-clan.de.html.gz"
# dzs-clan.de (German gaming clan, webSPELL-style CMS, Wayback Machine copy without the Wayback toolbar) news page
# 'Die Events der letzten Zeit': header (online status, search, 'Sponsoren'/'Werbung' tab box with sponsor logos and a
# rotating banner, login, nav + sub-navs, 'topNews' slider of 5 headline teasers); content column ('Neuigkeiten',
# 'Archiv' button, headline, rubric image, text, author line, three external news links (Consoles.net rankings,
# Meegaa-Lan), comment list (1 comment), login-to-comment prompt); sidebar (Matchoverview results, 'Partner' sponsor
# logos, 'Umfragen' poll, 'Letzte Medien', 'Forum Ativitäten'); footer (copyright/designer credit, Sitemap, 'Partner'
# and 'Werbung' link lists, 'nach oben').
# Not labelled: nav/sub-navs/sitemap, login and search forms, 'Archiv' button, the three a.link news links under the
# author line (webSPELL news links to external tournament pages, part of the news item), Matchoverview results table,
# the footer designer credit.
C_="/html/body/div[1]/div[2]/div[1]/div"
SB="/html/body/div[1]/div[2]/div[2]"
related=[
 R("/html/body/div[1]/div[1]/div[7]", None, 5, "outside", amb=True, note="header 'topNews' slider: 5 news teasers (subheadline + headline), no links in the HTML (clicked by script)"),
 R(SB+"/table[2]", "Letzte Medien", 9, "outside", amb=True, note="sidebar latest media (gallery pictures and videos) table; heading h1[4] and 'Zeige Videos' button are siblings"),
 R(SB+"/table[3]", "Forum Ativitäten", 6, "outside", amb=True, note="sidebar latest forum threads table; heading h1[5] is a sibling"),
]
ctas=[
 C("comments", "Sortierung: #1 von tObIas Vx 29.12.2010 - 22:40 [ zitieren ]", "after", C_+"/form", note="comment list (1 comment) under the news"),
 C("comments", "Eingeloggt", "after", C_+"/a[4]", amb=True, note="prompt 'Du musst Eingeloggt sein um Kommentare zu schreiben! oder noch gar nicht Registriert?' (loose text in the column; its first link stands for it)"),
 C("other", "Fahrt ihr zur Meegaa-Neujahrs-LAN? Definitiv! Mal schauen ob es sich lohnt.", "outside", SB+"/form", amb=True, note="sidebar 'Umfragen' poll form (Vote / Zeige alle)"),
]
ads=[
 A("/html/body/div[1]/div[1]/div[3]/div[1]", "outside", amb=True, note="header 'Sponsoren' tab: 3 sponsor logos (out.php?sponsorID=)"),
 A("/html/body/div[1]/div[1]/div[3]/div[2]", "outside", note="header 'Werbung' tab: rotating banner (out.php?bannerID=, bannerrotation script)"),
 A(SB+"/a[1]", "outside", amb=True, note="sidebar 'Partner' sponsor logo Artz4you (out.php?sponsorID=16)"),
 A(SB+"/a[2]", "outside", amb=True, note="sidebar 'Partner' sponsor logo"),
 A(SB+"/a[3]", "outside", amb=True, note="sidebar 'Partner' sponsor logo"),
 A("/html/body/div[2]/div/div[3]", "outside", amb=True, note="footer 'Partner' list of 4 partner links (out.php?partnerID=)"),
 A("/html/body/div[2]/div/div[4]", "outside", note="footer 'Werbung' list of 6 advertiser links (out.php?bannerID=)"),
]
