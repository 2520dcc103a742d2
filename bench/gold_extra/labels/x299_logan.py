from _dsl import *
FILE="wcxb/html/4124.html.gz"
# Logan University (WordPress) news post 'Nutritional Myths Debunked': header (orange promo bar 'Register for Symposium 2026
# Learn More', utility nav, logo, main nav with mega menus; mobile menu copy with 'Request Info / Visit / Apply' links,
# resource links, utility nav and the symposium promo; Student & Faculty Resources panel); article (hero image + title,
# date/categories, text with five 'Myth:' sections and a closing promo paragraph for the nutrition master's degree);
# fixed bottom bar (left: Student & Faculty Resources / Continuing Education / Alumni / Make a Gift; right: Request Info /
# Visit / Apply); footer (address/phone/e-mail widget, social icons, About / Popular Links / FAQs menus, legal links);
# empty Facebook-pixel div. No related block, no ads, no ad configuration, no comments.
# Not labelled: navs and mega menus (incl. 'Apply Now' / 'Request Info' entries in the Admissions menu), the Student &
# Faculty Resources panel, the mobile menu's resource links, the bottom bar's left menu (incl. 'Make a Gift'), footer menus
# (incl. 'Contact Us'), categories.
H="/html/body/div[2]/header"
MN=H+"/div[3]/div/nav/div[2]"
FT="/html/body/div[2]/footer/div[1]/div[1]"
related=[]
ctas=[
 C("other", "Register for Symposium 2026 Learn More", "outside", H+"/div[1]", note="orange header promo bar for the Symposium 2026 (continuing-education seminar)"),
 C("other", "Request Info Visit Apply", "outside", MN+"/div[3]/div[1]", amb=True, note="'Request Info / Visit / Apply' links in the hidden mobile menu"),
 C("other", "Register for Symposium 2026 Learn More", "outside", MN+"/div[5]", amb=True, note="symposium promo copy in the hidden mobile menu"),
 C("other", "Unlock the secrets to a healthier you with a master’s degree in nutrition from Logan University", "after", "/html/body/div[2]/main/article/div[2]/p[9]", note="closing promo paragraph for Logan's master's degree in nutrition (left out of the body by the wcxb ground truth)"),
 C("other", "Request Info Visit Apply", "outside", "/html/body/div[2]/div/div[2]", note="fixed bottom bar, right part: 'Request Info / Visit / Apply' admissions links"),
 C("contact", "Logan University 1851 Schoettler Rd. Chesterfield, MO 63017 View Google Map View Interactive Map Call: 800-782-3344", "outside", FT+"/section[2]", amb=True, note="footer address widget with phone and admissions e-mail"),
 C("follow", "Facebook Twitter Instagram Vimeo Flickr YouTube TikTok Linkedin", "outside", FT+"/section[3]", note="footer social media icons"),
]
ads=[]
