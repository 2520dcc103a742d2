from _dsl import *
FILE="wcxb/html/4677.html.gz"
# TechGearLab (GearLab) best-of review 'The Best Electric Scooters': mobile header, logo and tagline, category mega-menu with
# search; affiliate disclosure line; breadcrumb and Review / Compare / Buying Advice / How We Tested sub-nav; article
# header (h1, subhead, photo); main column (byline, summary, 'Quick Look' award rows with 'READ MORE' anchors and a
# Show More toggle; text with six award boxes (Read the Review / Check price at Amazon / See It buttons), pros/cons,
# spec tables, four 'Read more: <model> review' lines, photos; product comparison table with a price row of Amazon
# buttons; test sections, buying advice, conclusion with a closing sentence pointing to skateboard and hoverboard
# reviews; author line); sidebar table of contents; 'Recommended Electric Scooters' slider of 4 product cards (review
# links, some Amazon buttons); 'You Might Also Like' band of 6 cards; footer ('How can we improve GearLab? ... Let us
# know!' feedback link, reader-supported note, footer nav, copyright).
# Not labelled: menus and sub-nav, breadcrumb, disclosure lines, 'Quick Look' rows (in-page anchors to the award boxes)
# and their Show More toggle, table of contents, award boxes whose only button is 'Read the Review' (div[2], div[14]:
# the entries' own review links), in-sentence links to product and author pages (body), footer nav (Contact among
# menu links). No ad slot on the page.
D="/html/body/main/article/div/div[1]/div[1]/div[24]/div"
RB="/html/body/main/article/div/div[2]/div"
related=[
 R(D+"/p[3]", None, 1, "inline", note="'Read more: Niu Kqi3 Max review' line (lead-in label and link, 11.4)"),
 R(D+"/p[7]", None, 1, "inline", note="'Read more: Maxshot V1 review' line"),
 R(D+"/p[11]", None, 1, "inline", note="'Read more: Segway Ninebot Max G2 review' line"),
 R(D+"/p[15]", None, 1, "inline", note="'Read more: Gotrax G4 review' line"),
 R("/html/body/main/article/div/div[1]/div[1]/div[5]/div/p[6]", None, 1, "inline", amb=True, note="summary sentence 'also see our folding electric bike review' (pointer in an ordinary sentence, 10.10)"),
 R(D+"/a[26]", None, 2, "after", amb=True, note="closing sentence 'you may be interested in ... skateboards or hoverboards' (bare text in the article div, no element of its own): placed on its first link; pointer in an ordinary sentence (10.10)"),
 R(RB+"/div[2]", "Recommended Electric Scooters", 4, "after", note="'Recommended Electric Scooters' slider of 4 product cards linking the review pages (Niu Kqi3 Max, Maxshot V1, Segway Ninebot MAX G2, Gotrax G4), two with Amazon buttons; h2 and show button beside it in the column (9.1)"),
 R(RB+"/div[6]", "You Might Also Like", 6, "after", note="'You Might Also Like' #related_articles band of 6 cards (buying advice, hoverboards, electric skateboards, skateboards, camera drones, VR headsets); heading in the sibling div[5] (9.1)"),
]
ctas=[
 C("other", "Best for Top Speed and Hills Segway Ninebot MAX G3 Check price at Amazon", "inline", D+"/div[5]", amb=True, note="award box with 'Check price at Amazon' affiliate button (10.2: one amb other CTA per buy box)"),
 C("other", "Best Bang for The Buck Maxshot V1 Check price at Amazon (on sale!)", "inline", D+"/div[8]", amb=True, note="award box with 'Check price at Amazon (on sale!)' and 'See Deal' buttons (10.2)"),
 C("other", "Best Ranage Segway Ninebot MAX G2 Check price at Amazon", "inline", D+"/div[11]", amb=True, note="award box with 'Check price at Amazon' button (10.2)"),
 C("other", "Incredible Top Speed and Bumpy Terrain Performance Isinwheel GT2 See It", "inline", D+"/div[17]", amb=True, note="award box with 'See It' button to the maker's shop (10.2)"),
 C("other", "Price $1,200 List Check Price at Amazon", "inline", D+"/form/div[3]/div[1]/table/tr[3]", amb=True, note="price row of the product comparison table, an Amazon button per listed product (convention 1: one amb other CTA for the listing)"),
 C("contact", "How can we improve GearLab? Got feedback? Let us know!", "outside", "/html/body/footer/div/div/div/p[1]", note="footer feedback ask 'How can we improve GearLab? Got feedback? Let us know!' linking /feedback"),
]
ads=[]
