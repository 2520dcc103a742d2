from _dsl import *
FILE="wcxb/html/4177.html.gz"
# Johnson's Baby (Kenvue brand site) baby-tips article 'How To Get Toddlers To Sleep In Their Own Bed': skip link; header
# (desktop top strip 'Email Signup & Rewards' / 'Espanol', main nav accordions Our Products / Our Purpose ...); breadcrumb;
# hero 'Toddler Sleep Training'; text in four card sections (image, h2 sections, in-text links to two Bedtime products);
# topic chips (Bedtime, Toddlers & Kids); 'Related Products' section holding only its heading (carousel not in the HTML);
# footer: sign-up band (logo, cookie-settings fallback notice, 'Email Signup' form with SUBMIT), social icons (Facebook,
# Instagram, YouTube), Products / Company / Legal link columns, copyright. No ads, no ad markup.
# Not labelled: skip link, menus, 'Espanol' link, breadcrumb, topic chips, in-text product links, footer Products and
# Legal columns (incl. Cookies Settings, AdChoices), copyright.
related=[
 R("/html/body/div/main/div[4]", "Related Products", 0, "after|outside", amb=True, note="'Related Products' section (#relatedproducts, sticky content column) with only its heading; the product carousel is not in the HTML (products, not stories)"),
]
ctas=[
 C("newsletter", "Email Signup & Rewards", "outside", "/html/body/div/header/div[1]/div/div/div[2]/a[1]", amb=True, note="'Email Signup & Rewards' link in the desktop header top strip beside the 'Espanol' language link (utility link rather than a box)"),
 C("newsletter", "Adjust Your Cookie Settings Whoops! This form is unavailable because of your cookie settings. Go to the", "outside", "/html/body/div/section/footer/div[1]", note="footer sign-up band: logo, cookie-settings fallback notice and 'Email Signup' form ('Sign up now to receive personalized content ...', SUBMIT)"),
 C("follow", "", "outside", "/html/body/div/section/footer/div[2]/div/div[1]/nav", note="footer social media links (Facebook, Instagram, YouTube icons)"),
 C("contact", "Company Contact Us Medical Professionals Sitemap", "outside", "/html/body/div/section/footer/div[2]/div/div[2]/div[2]/nav", amb=True, note="footer 'Company' link column with 'Contact Us' among Medical Professionals and Sitemap (half-menu column, 9.7)"),
]
ads=[]
