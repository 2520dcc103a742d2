from _dsl import *
FILE="trafilatura-eval/html/chorknaben-ulm.de.geschichte.html.gz"
related=[]
ctas=[
 C("contact", "Kontakt St. Georgs Chorknaben Ulm Beethovenstr. 1 89073 Ulm Tel: 0731 / 153 87-0", "outside", "/html/body/div[1]/div/footer/div/div/div[2]/div", amb=True, note="footer 'Kontakt' column: address, phone, e-mail and contact-person mail links"),
]
ads=[]
