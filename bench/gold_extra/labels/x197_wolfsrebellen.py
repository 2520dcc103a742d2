from _dsl import *
FILE="trafilatura-eval/html/wolfsrebellen-netz.forumieren.com.regeln.html.gz"
# Forumactif (forumieren.com, Invision style) topic 'Forums-Regeln': three posts by the admin (the rules and two
# addenda) plus a fake fourth post 'Gesponserte Inhalte' that holds Criteo/Taboola ad slots. Header: logo, icon
# menu, login line, a 'ticker' widget table (weather-lore script, charity banner, counters, Twitter buttons and
# timeline); a 'Neueste Themen' latest-topics box above the topic; Criteo leaderboard above the breadcrumb strip;
# two Criteo 300x250 slots under the topic. The lxml tree has a second, stray top-level <html> (copyright images).
# Not labelled: icon menu (incl. Kontakt), login/register line, search dropdown, breadcrumbs, post profiles and
# signatures, empty post-footer icon lists, counters/CC licence/paperli links in the ticker, forum-jump select,
# footer links (Kontakt, Einen Missbrauch melden), cookie banner, the stray second <html>.
H="/html[1]/body/div/div/div/div"
TK=H+"/div[4]/div/div/div/div/div/div/center/table/tr"
M=H+"/div[5]/div/div/div/div/tr/div[1]/div"
related=[
 R(H+"/div[5]/div/div/div/div/td/div/table", "Neueste Themen", 10, "outside", note="'Neueste Themen' box above the topic: 10 latest forum topics"),
 R(M+"/div[6]/div[6]", None, 2, "after", note="'« Vorheriges Thema anzeigen · Nächstes Thema anzeigen »' previous/next topic links"),
]
ctas=[
 C("donate", "", "outside", TK+"/td[1]/table/tr[1]/td[2]/center/center/center/a", amb=True, note="Aktion Deutschland Hilft donation banner image in the header ticker widget"),
 C("share", "Tweet", "outside", TK+"/td[1]/table/tr[2]/td[2]/div[1]/center[1]", note="Twitter share button in the header ticker widget"),
 C("share", "Tweet #TwitterStories", "outside", TK+"/td[1]/table/tr[2]/td[2]/div[1]/center[2]", amb=True, note="Twitter hashtag tweet button in the header ticker widget"),
 C("follow", "Follow @wolfsrebellen", "outside", TK+"/td[1]/table/tr[2]/td[2]/div[1]/center[3]", note="Twitter follow button in the header ticker widget"),
 C("follow", "Tweets von @wolfsrebellen", "outside", TK+"/td[2]/center", note="embedded Twitter timeline of @wolfsrebellen in the header ticker widget"),
 C("donate", "", "outside", M+"/div[1]", amb=True, note="#badgel: fixed side badge 'Spenden und helfen' of Aktion Deutschland Hilft (image link)"),
 C("share", "Tweet", "before", M+"/div[4]", note="Twitter share button above the topic"),
 C("share", "Teilen", "before", M+"/div[6]/div[1]/div", note="AddThis 'Teilen' button in the topic title bar"),
]
ads=[
 A(M+"/div[2]", "before|outside", "Criteo 728x90 leaderboard module above the breadcrumb strip and topic"),
 A(M+"/div[6]/div[5]", "after", "fake post #4 'Gesponserte Inhalte' holding a Criteo 600x500 slot and a Criteo/Taboola native slot"),
 A(M+"/div[10]/div/div/div/table/tbody/tr/td[1]", "after", "Criteo/Rubicon 300x250 slot under the topic (left)"),
 A(M+"/div[10]/div/div/div/table/tbody/tr/td[2]", "after", "Criteo/Rubicon 300x250 slot under the topic (right)"),
 A(H+"/div[5]/div/div/div/div/tr/div[6]", "outside", "empty #Forumactif_Video container (Forumactif video ad placeholder)", amb=True),
]
