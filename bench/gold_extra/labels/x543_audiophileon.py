from _dsl import *
FILE="wcxb/html/4427.html.gz"
# Audiophile ON (Squarespace blog) round-up 'The 11 Best Wireless Headphones of 2025': hidden floating cart; header
# (skip link, title, nav HOME/HEADPHONE/…/BEST/LISTS, empty social-action containers, desktop and mobile copies, menu
# overlay with an empty social-accounts box); title, categories, date, author; text: intro (in-text link to the
# audiophile headphones list), eleven product entries (heading, Amazon product image block, specification, pros/cons
# columns, review text, 'Buy on Amazon' button block), in which 'Click here to read our full … Review' lines and a 'Have
# trouble deciding? Read our comparison …' line stand as paragraphs of their own; 'Wireless Headphones Buyers Guide'
# (with the line 'For those who would prefer to buy earphones, we recommend the best true wireless earbuds for 2025')
# and 'Audiophile Grade Wireless Headphones' sections; tags; Previous / Next post links; footer (copyright, Amazon
# Associates disclosure). No ad slots, no ad configuration.
# Not labelled: header menus and copies, empty social-action containers (no links), hidden cart, categories, author,
# Amazon product image blocks at the top of each entry (the product photos of the round-up, linked to Amazon), in-text
# links inside ordinary sentences (best audiophile headphones, best noise cancelling headphones, best budget earbuds,
# Bluetooth speakers, codecs), tags, footer copyright and affiliate disclosure.
CO="/html/body/div/main/article/section/div[2]/div/div/article/div/div[2]/div[1]/div/div/div"
related=[
 R(CO+"/div[7]/div/div/div/p[7]", None, 1, "inline", note="paragraph of its own 'Click here to read our full Sony WH-1000XM5 Review.' closing entry 1's review"),
 R(CO+"/div[13]/div/div/div/p[5]", None, 1, "inline", note="paragraph of its own 'Click here to read our full review of the Sony WH-100XM4.' closing entry 2's review"),
 R(CO+"/div[25]/div/div/div/p[8]", None, 1, "inline", note="paragraph of its own 'Have trouble deciding? Read our comparison of the Bose QC45 and Bose 700 models.' closing entry 4's review"),
 R(CO+"/div[70]/div/div/div/p[9]", None, 1, "inline", amb=True, note="one-sentence paragraph of the buyers guide 'For those who would prefer to buy earphones, we recommend the best true wireless earbuds for 2025' linking the earbuds list (a pointer written as an ordinary sentence; convention 10.10)"),
 R("/html/body/div/main/section", None, 2, "after", note="Previous / Next post links (section#itemPagination): 'The 9 Best Budget Wireless Earbuds of 2025 - Tested', 'Bang & Olufsen (B&O) Beoplay EX Review'"),
]
ctas=[
 C("other", "Buy on Amazon", "inline", CO+"/div[8]", amb=True, note="'Buy on Amazon' button (Amazon affiliate block) closing entry 1. Sony WH-1000XM5 (convention 10.2: one buy box per round-up entry)"),
 C("other", "Buy on Amazon", "inline", CO+"/div[14]", amb=True, note="'Buy on Amazon' button (Amazon affiliate block) closing entry 2. Sony WH-1000XM4"),
 C("other", "Buy on Amazon", "inline", CO+"/div[20]", amb=True, note="'Buy on Amazon' button (Amazon affiliate block) closing entry 3. Bower & Wilkins PX8"),
 C("other", "Buy on Amazon", "inline", CO+"/div[26]", amb=True, note="'Buy on Amazon' button (Amazon affiliate block) closing entry 4. Bose QuietComfort 45 (QC45)"),
 C("other", "Buy on Amazon", "inline", CO+"/div[32]", amb=True, note="'Buy on Amazon' button (Amazon affiliate block) closing entry 5. Beyerdynamic Amiron Wireless Copper"),
 C("other", "Buy on Amazon", "inline", CO+"/div[38]", amb=True, note="'Buy on Amazon' button (Amazon affiliate block) closing entry 6. Focal Bathys"),
 C("other", "Buy on Amazon", "inline", CO+"/div[44]", amb=True, note="'Buy on Amazon' button (Amazon affiliate block) closing entry 7. Bose 700"),
 C("other", "Buy on Amazon", "inline", CO+"/div[50]", amb=True, note="'Buy on Amazon' button (Amazon affiliate block) closing entry 8. V-moda Crossfade 3 Wireless"),
 C("other", "Buy on Amazon", "inline", CO+"/div[56]", amb=True, note="'Buy on Amazon' button (Amazon affiliate block) closing entry 9. Sony WH-XB910 EXTRA BASS"),
 C("other", "Buy on Amazon", "inline", CO+"/div[62]", amb=True, note="'Buy on Amazon' button (Amazon affiliate block) closing entry 10. Soundcore Q45"),
 C("other", "Buy on Amazon", "inline", CO+"/div[68]", amb=True, note="'Buy on Amazon' button (Amazon affiliate block) closing entry 11. Status Core (before the buyers guide)"),
]
ads=[]
