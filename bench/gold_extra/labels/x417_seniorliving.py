from _dsl import *
FILE="wcxb/html/1657.html.gz"
# SeniorLiving.org (WordPress, affiliate) 'Best Travel Insurance for Seniors in 2025': header nav (logo, menu, search);
# hero (date, 'Listen', title + verdict, author box, 'Our Methodology' metrics, commission disclosure); empty video modal;
# featured-tiles band of 5 product tiles (rating, list, 'Get a Quote' referral buttons on three); table of contents column;
# text: intro, 'Best Travel Insurance for Seniors in 2025' anchor list, five product listings (each: product card with
# h2 title, logo, 'Get a Quote' referral button on three of them, 'What we like most'; a sticky product mini-card with
# 'Get a Quote' on those three; ratings table; Overview/Pros & Cons/Summary accordions with tip boxes and '» Related
# Reading:'-style story lines), comparison table, cover/cost/tips sections (one more '»' story line), FAQs; citations;
# author bio box; 'Explore Related Articles' band (4 stories); footer (menus, search, empty social-links div, legal text).
# No ad slots (referral buttons only; no ad markup).
# Not labelled: header menu, 'Listen' button, author boxes, methodology metrics, disclosure, table of contents, top-picks
# anchor list, ratings tables, tip boxes, comparison table, citations, footer menus (incl. 'Contact Us', 'Join Our
# Community') and search, empty video modal, hidden lytics input fields.
CC="/html/body/div[1]/div[2]/div/div[2]"
PL=CC+"/section[3]/div/ul"
related=[
 R(PL+"/li[1]/div[3]/div[4]/div[2]/p[10]", None, 1, "inline", note="'» Related Reading: A Guide to Car Insurance for Seniors' story line in the Allianz summary"),
 R(PL+"/li[2]/div[2]/div[4]/div[2]/p[6]", None, 1, "inline", note="'» Useful Resource: A Guide to Insurance for Seniors' story line"),
 R(PL+"/li[2]/div[2]/div[4]/div[2]/p[9]", None, 1, "inline", note="'» Learn More: Best Identity Theft Protection in [Year]' story line"),
 R(PL+"/li[3]/div[2]/div[4]/div[2]/p[7]", None, 1, "inline", note="'» Helpful Guide: Changes in Health and Health Care Needs as We Age' story line"),
 R(PL+"/li[3]/div[2]/div[4]/div[2]/p[10]", None, 1, "inline", note="'» You Might Like: Best Cell Phones for Seniors in 2025' story line"),
 R(CC+"/section[6]/div/div[2]/p[3]", None, 1, "inline", note="'» Save For Your Trip: 8 Helpful Tips to Building a Budget on a Fixed Income' story line in the cost section"),
 R("/html/body/div[2]", "Explore Related Articles", 4, "after|outside", note="'Explore Related Articles' band between the main content and the footer, 4 story cards"),
]
ctas=[
 C("other", "our top pick Best Preexisting Medical Condition Protection SeniorLiving.org Rating 4.6", "before", "/html/body/div[1]/section[2]", note="featured-tiles band under the hero: 5 product tiles, 'Get a Quote' referral buttons (Travelinsurance.com) on three"),
 C("other", "Get a Quote Links to Travelinsurance.com", "inline", PL+"/li[1]/div[1]/div/div[1]", amb=True, note="Allianz product card: logo and 'Get a Quote' referral button"),
 C("other", "Allianz Get a Quote Links to Travelinsurance.com", "inline|outside", PL+"/li[1]/div[2]", amb=True, note="Allianz sticky product mini-card with 'Get a Quote'"),
 C("other", "Get a Quote Links to Travelinsurance.com", "inline", PL+"/li[4]/div[1]/div/div[1]", amb=True, note="Nationwide product card: logo and 'Get a Quote' referral button"),
 C("other", "Nationwide Get a Quote Links to Travelinsurance.com", "inline|outside", PL+"/li[4]/div[2]", amb=True, note="Nationwide sticky product mini-card with 'Get a Quote'"),
 C("other", "Get a Quote Links to Travelinsurance.com", "inline", PL+"/li[5]/div[1]/div/div", amb=True, note="Travel Guard product card: 'Get a Quote' referral button"),
 C("other", "Travel Guard Get a Quote Links to Travelinsurance.com", "inline|outside", PL+"/li[5]/div[2]", amb=True, note="Travel Guard sticky product mini-card with 'Get a Quote'"),
 C("follow", "", "outside", "/html/body/footer/div[2]/div/div[4]/div[2]", amb=True, note="empty footer div.social-links (icons filled by script/CSS)"),
]
ads=[]
