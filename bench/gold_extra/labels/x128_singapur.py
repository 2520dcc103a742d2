from _dsl import *
FILE="trafilatura-eval/html/singapur-reiseinfo.de.abc.html.gz"
T="/html/body/div/table/tr/td/table/tr/td[2]/table[2]/tr"
L=T+"/td[1]/table/tr/td/table/tr/td/table"
L6=L+"/tr[6]/td[1]/table"
R_="/html/body/div/table/tr/td/table/tr/td[3]/table/tr[2]/td/table/tr/td/table"
R6=R_+"/tr[6]/td[2]/table"
# NetObjects Fusion travel-guide page laid out in nested tables; most chrome is image links whose text is a GIF
# (titles only in alt, often empty). Centre column: page title, title image, AdSense slot, then the 'Reise ABC' text
# rows (body ends with 'Zollvorschriften'). Left column: flag, an image link to airport-discount.de, the site's
# image menu, 'Singapur Hotels' with 8 booking.com affiliate hotel links ('Die folgenden Hotel Links öffnen als
# extra Fenster'), 'AGB & Datenschutz', 10 image links to the owner's other travel sites, a 'Reisevideos' block
# linking to 29 videos on the owner's helgoliner.de, and a booking.com 120x600 iframe banner. Right column: flag,
# the airport-discount link again, the image menu (Reise-ABC, Geographie... Restaurants), Impressum, 11 image links to
# the owner's Danish island sites, an 'Inselreich Dänemark / Der Inselpass' teaser and an ein-ferienhaus.com box.
# Not labelled: the image menus, the two sister-site link lists (network sites, not stories, and spread over rows of
# the column tables with no element of their own), the 900x113 title banner image (not a link), in-text links.
related=[
 R(L6+"/tr[59]/td[2]/table", "Reisevideos Helgoland", 29, "outside", note="left-column block of image links (titles in alt) to travel videos on the owner's helgoliner.de: Helgoland, Neuwerk, Nordsee, Dänemark..., plus a logo link"),
 R(R6+"/tr[101]", "Inselreich Dänemark", 1, "outside", amb=True, note="image teaser to the owner's 'Inselpass' page; heading and caption are GIF rows tr[100]/tr[102]"),
]
ctas=[]
ads=[
 A("/html/body/div/table/tr/td/dive", "before|outside", "AdSense ins.adsbygoogle (auto) at the very top of the page, in a <dive> wrapper"),
 A(T+"/td[2]/table/tr[1]/td/table/tr/td/table/tr[10]/td[2]", "before", "AdSense ins.adsbygoogle under the page title and title image"),
 A(L+"/tr[4]/td[2]", "outside", "136x110 image link to airport-discount.de (parking promo) in the left column", amb=True),
 A(L6+"/tr[19]", "outside", "booking.com affiliate link (Chic Capsule Otel) under 'Singapur Hotels'", amb=True),
 A(L6+"/tr[21]", "outside", "booking.com affiliate hotel link (Adler Hostel)", amb=True),
 A(L6+"/tr[23]", "outside", "booking.com affiliate hotel link (Joyfor Backpackers Hostel)", amb=True),
 A(L6+"/tr[25]", "outside", "booking.com affiliate hotel link (Fisher BnB)", amb=True),
 A(L6+"/tr[27]", "outside", "booking.com affiliate hotel link (Coziee Lodge)", amb=True),
 A(L6+"/tr[29]", "outside", "booking.com affiliate hotel link (Five Stones Hostel)", amb=True),
 A(L6+"/tr[31]", "outside", "booking.com affiliate hotel link (Vintage Inn)", amb=True),
 A(L6+"/tr[33]", "outside", "booking.com affiliate hotel link (Royal Hostel)", amb=True),
 A(L6+"/tr[61]", "outside", "booking.com 120x600 banner iframe at the bottom of the left column"),
 A(R_+"/tr[4]/td[2]", "outside", "the same airport-discount.de image link in the right column", amb=True),
 A(R6+"/tr[104]", "outside", "ein-ferienhaus.com box 'Über 45.000 Ferienhäuser mit Hund / Haustier' (image links + dog photo; a 'without' snippet)"),
]
