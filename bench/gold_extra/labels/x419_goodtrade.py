from _dsl import *
FILE="wcxb/html/4883.html.gz"
# The Good Trade (WordPress) list article '10 Best Organic Food And Meal Delivery Services (2026)': header (pencil banner
# 'Start each day gently with our 30-second daily newsletter. Join 250,00 readers for free →', mobile and desktop menus,
# logo, Newsletter / About links, search icon); post header (h1, 'written by Our Editors', date); text: endorsement note,
# intro, criteria list, 'check out the best organic produce delivery boxes' cross-link line, picks summary, then 10 listings
# (+ a bonus one), each: h2, value icons, Best For / Ingredients / Price line, description, 'What Reviewers Say' quote,
# centred 'Try <brand>' affiliate button, gallery; featured-image credit; 'RELATED READING' slider (4 stories); empty
# comments root; footer ('Start your day with uplift instead of overwhelm.' The Daily Good blurb, empty ConvertKit form,
# mobile and desktop social icon rows, About/Advertise/Careers menu, copyright). No ad slots, no ad markup.
# Not labelled: menus (incl. the 'Newsletter' header link and the 'Advertise' footer link), search icon, byline,
# endorsement note, value icons, 'Read all reviews' links in the quotes, featured-image credit, Pinterest image.
TX="/html/body/div/div/div/div/article/div[2]"
FB="/html/body/div/footer/div/div[2]"
related=[
 R(TX+"/p[8]", None, 1, "inline", amb=True, note="in-text cross-link line 'If you’d rather cook from scratch, check out the best organic produce delivery boxes (and upgrade your cookware …)' (a sentence of the intro)"),
 R("/html/body/div/div/div/div/article/div[3]", "RELATED READING", 4, "after", note="'RELATED READING' slider under the article, 4 story cards with category links"),
]
ctas=[
 C("newsletter", "Start each day gently with our 30-second daily newsletter. Join 250,00 readers for free →", "outside", "/html/body/div/header/div[1]", note="header pencil banner promoting The Daily Good newsletter"),
 C("other", 'Try Purple Carrot', "inline", TX+"/div[1]", amb=True, note="centred affiliate button under the listing '1. Purple Carrot'"),
 C("other", 'Try Territory', "inline", TX+"/div[2]", amb=True, note="centred affiliate button under the listing '2. Territory'"),
 C("other", 'Try Thistle', "inline", TX+"/div[3]", amb=True, note="centred affiliate button under the listing '3. Thistle'"),
 C("other", 'Try Sakara', "inline", TX+"/div[4]", amb=True, note="centred affiliate button under the listing '4. Sakara'"),
 C("other", 'Try Green CHef', "inline", TX+"/div[5]", amb=True, note="centred affiliate button under the listing '5. Green Chef'"),
 C("other", 'Try Hungryroot', "inline", TX+"/div[6]", amb=True, note="centred affiliate button under the listing '6. Hungryroot'"),
 C("other", 'Try gardencup', "inline", TX+"/div[7]", amb=True, note="centred affiliate button under the listing '7. Gardencup'"),
 C("other", 'Try Methodology', "inline", TX+"/div[8]", amb=True, note="centred affiliate button under the listing '8. Methodology'"),
 C("other", 'Try SUnbasket', "inline", TX+"/div[9]", amb=True, note="centred affiliate button under the listing '9. Sunbasket'"),
 C("other", 'Try Mindful CHef', "inline", TX+"/div[10]", amb=True, note="centred affiliate button under the listing '10. Mindful Chef'"),
 C("other", 'Try Winc Wines', "inline|after", TX+"/div[11]", amb=True, note="centred affiliate button under the listing 'Winc Wines'"),
 C("comments", "", "after", "/html/body/div/div/div/div/article/div[4]", amb=True, note="empty #amsive-comments--root under the article (comments filled by script)"),
 C("newsletter", "Start your day with uplift instead of overwhelm. The Daily Good is an award-winning, 30-second daily read", "outside", "/html/body/div/footer/div/div[1]", note="footer newsletter pitch for The Daily Good (heading + blurb); its form is the empty ConvertKit widget below"),
 C("newsletter", "", "outside", FB+"/div[1]", amb=True, note="footer__subscribe with an empty ConvertKit form widget (filled by script)"),
 C("follow", "", "outside", FB+"/div[2]", note="footer social icons, mobile copy (Instagram, Substack, Pinterest, …)"),
 C("follow", "", "outside", FB+"/div[3]/div[2]", note="footer social icons, desktop copy"),
]
ads=[]
