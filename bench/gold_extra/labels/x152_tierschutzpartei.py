from _dsl import *
FILE="trafilatura-eval/html/tierschutzpartei.de-wildvogelauffang.html.gz"
# tierschutzpartei.de (ParteiMUT WordPress theme): header with social icons + search + state-chapter picker, mega nav, article + sidebar of link buttons, big footer nav. No ads, no related block.
M="/html/body/div[1]/div[3]/div/div[1]/article/section/div"
SB="/html/body/div[1]/div[3]/div/div[2]"
related=[]
ctas=[
 C("follow", "", "outside", "/html/body/div[1]/header/div/div", amb=True, note="header row: RSS/contact/Instagram/YouTube/Twitter/Facebook icons next to the search box and state-chapter picker (mixed utility row)"),
 C("donate", "Homepage: https://dohlenfreund.beepworld.de/ Spendenkonto: DE10 4405 0199 0212 1545 63 bei der Stadtsparkasse Dortmund", "after", M+"/p[10]", amb=True, note="closing line of the article with the bird station's homepage and donation account (part of the text, could be read as body)"),
 C("share", "teilen twittern teilen E-Mail", "after", M+"/div", note="Shariff share buttons under the text"),
 C("donate", "Unterstützen & Spenden", "outside", SB+"/div[3]", note="sidebar button"),
 C("other", "Mach den Partei-Test", "outside", SB+"/div[4]", amb=True, note="sidebar button to the party quiz"),
 C("subscribe", "Mitglied werden", "outside", SB+"/div[5]", note="sidebar membership button"),
 C("subscribe", "", "outside", "/html/body/div[1]/footer/div/a[1]", note="'Mitglied werden' image button in the footer"),
 C("follow", "Kontakt Facebook Instagram Twitter YouTube RSS-Feed", "outside", "/html/body/div[1]/footer/div/nav/div/ul[5]", amb=True, note="footer nav column of contact and social links"),
]
ads=[]
