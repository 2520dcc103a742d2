from _dsl import *
FILE="trafilatura-eval/html/toralin.de.schmierfett.html.gz"
PV="/html/body/div/div/div/div[2]/div[2]/div/div[3]/div[2]"
PC=PV+"/form/div[3]"
SC=PV+"/form/div[4]/div"
FT="/html/body/div/div/div/div[3]/div/div/div[1]/div/div"
related=[
 R(SC+"/div[2]", "Zubehör", 8, "outside", note="accessory products slider in the right product column (2 slides of 4)"),
 R(PV+"/div[2]", "Sie könnten auch an folgenden Artikeln interessiert sein", 8, "after", note="upsell product slider under the description tabs"),
]
ctas=[
 C("contact", "0031 (0) 614392096", "outside", "/html/body/div/div/div/div[1]/div/div/div[1]/div/div/div[1]/div[1]", amb=True, note="phone number in the header top bar"),
 C("comments", "Schreiben Sie die erste Kundenmeinung", "before", PC+"/div[2]", amb=True, note="empty rating stars + link to the review form, under the product name"),
 C("other", "Menge In den Warenkorb -ODER-", "before", PC+"/div[6]", amb=True, note="add-to-cart + PayPal express box (the shop's own purchase widget)"),
 C("other", "", "outside", SC+"/div[1]/a[1]", note="image banner to /rabatt/ (discount promo) in the right column"),
 C("other", "", "outside", SC+"/div[1]/a[2]", note="image banner to free-shipping promo in the right column"),
 C("share", "", "outside", SC+"/div[1]/div", note="AddThis toolbox (icons only) in the right column"),
 C("comments", "Schreiben Sie Ihre eigene Kundenmeinung", "after", PV+"/div[1]/div/div/div/div[3]/div", note="review form in the 'Bewertungen' tab"),
 C("contact", "KONTAKT TORALIN Meander 151", "outside", FT+"/div[1]/div[4]", amb=True, note="footer contact column: address and phone"),
 C("follow", "", "outside", FT+"/div[2]/div/div[1]", note="footer social icons (theme placeholder links)"),
 C("newsletter", "Newsletter Abonnieren", "outside", FT+"/div[2]/div/div[2]", note="footer newsletter form"),
]
ads=[]
