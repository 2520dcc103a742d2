from _dsl import *
FILE="scrapinghub/html/11ea381ad92b5448cf66eae62f52ac565361a244c8881615fc6a7bb523cc0c32.html.gz"
# autoracing.com.br: NASCAR standings page (table); header banners, right sidebar of promo cards and ads, Disqus.
H="/html/body/div[2]/header"
AB="/html/body/div[2]/div/div/div/div[1]"
SB="/html/body/div[2]/div/aside"
related=[
 R(SB+"/div[1]", "» Coluna de Adauto Silva", 1, "outside", note="sidebar card: photo + 'Última coluna: F1 – Max Verstappen é um animal'; heading is the preceding h1"),
 R(SB+"/div[4]", "» Autoracing Power Ranking", 1, "outside", note="sidebar image card linking to the power-ranking article; heading is the preceding h1"),
 R(SB+"/div[5]", "» Preview Autoracing – GP do Brasil 2019", 1, "outside", note="sidebar image card linking to the GP preview; heading is the preceding h1"),
 R(SB+"/div[6]", "» Loucos 2019 – Episódio 29", 1, "outside", note="sidebar image card linking to the podcast episode; heading is the preceding h1"),
 R(SB+"/div[7]", "» Horários dos Treinos e Corridas da F1", 1, "outside", amb=True, note="sidebar image card linking to the F1 schedule page (evergreen service page)"),
]
ctas=[
 C("follow", "Siga @adautoracing", "outside", H+"/div[1]/div/div", note="header Facebook like button + Twitter follow button"),
 C("share", "", "before", AB+"/div[1]", note="empty AddThis share toolbox under the date (script-filled)"),
 C("share", "Share this on WhatsApp", "before", AB+"/div[2]", note="WhatsApp share button above the text"),
 C("share", "Share this on WhatsApp", "after", AB+"/div[4]", note="WhatsApp share button under the text"),
 C("comments", "ATENÇÃO: Comentários com textos ininteligíveis", "after", AB+"/p[9]", amb=True, note="comment-policy notice above the comments"),
 C("comments", "", "after", "/html/body/div[2]/div/div/div/div[2]", note="empty Disqus thread (script-filled)"),
]
ads=[
 A("/html/body/center", "before|outside", "hidden ins.hstpnetworkads at the top of the body", amb=True),
 A(H+"/div[2]", "before|outside", "mobile GPT 320x50 banner in the header"),
 A(H+"/div[4]/div[1]", "before|outside", "publicidadetopo GPT 728x90 leaderboard under the menu"),
 A(H+"/div[4]/div[2]/div", "before|outside", "mini-banner slot (autor-... image) under the leaderboard"),
 A(H+"/div[4]/div[2]/a[1]", "before|outside", "Pirelli mini-banner"),
 A(H+"/div[4]/div[2]/a[2]", "before|outside", "driving-school mini-banner (carloscunha.com.br)"),
 A(H+"/div[4]/div[2]/a[3]", "before|outside", "house mini-banner 'advertise here' (publicidade page)", amb=True),
 A("/html/body/div[2]/div/div/div/center/div[1]", "after", "place-news-1 AdSense 300x250 under the comments"),
 A("/html/body/div[2]/div/div/div/center/div[2]", "after", "empty place-news-2 slot", amb=True),
 A(SB+"/div[2]", "outside", "empty 300x250 sidebar slot (autor-... banner rotator)"),
 A(SB+"/div[3]", "outside", "sidebar AdSense under the '» Publicidade' heading"),
 A("/html/body/div[2]/b/footer/div/div[1]", "after|outside", "empty footer banner-full slot", amb=True),
 A("/html/body/div[2]/b/footer/div/div[2]", "after|outside", "empty footer mini-banners slot", amb=True),
]
