from _dsl import *
FILE="scrapinghub/html/85439e26c41c75901820d01a13e8cea7836abb58635ea3986f71a163ab0311d3.html.gz"
AR="/html/body/div[2]/div/div/div[1]/article"
related=[
 R(AR+"/div[2]/div[2]", "関連記事", 3, "after", note="yarpp related posts 'こちらの記事も合わせてどうぞ' (3 cards) after the last paragraph, inside the article body div"),
 R("/html/body/div[2]/div/div/div[2]/aside/section[3]", "人気記事", 5, "outside", note="sidebar popular posts widget"),
]
ctas=[
 C("contact", "受付時間：平日9:00〜18:00 03-5829-8082 無料相談・お問い合わせ", "outside", "/html/body/header/div/div[2]/div", note="header phone number, free-consultation/contact button, mobile 資料請求/お問い合わせ image buttons"),
 C("share", "", "after", AR+"/ul", note="share image buttons (Twitter, Facebook, Google+, Hatena, ...) under the article"),
 C("contact", "ライトハウス国際特許事務所HP【特許出願のご用命はこちらから】 〒101-0032", "outside", "/html/body/footer/div[1]", amb=True, note="footer firm info: link to the main site 'for patent applications click here', address, TEL/FAX"),
]
ads=[]
