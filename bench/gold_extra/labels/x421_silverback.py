from _dsl import *
FILE="wcxb/html/3036.html.gz"
# Silverback Strategies (digital marketing agency, WordPress 'lists' post type) list 'Best Social Media Advertising
# Agencies in the U.S. in 2025 (Ranked & Reviewed)': skip link; header (logo, 4-link menu Services/Approach/Insights/
# Contact Us, mobile-menu row with 4 social icons and a 'Work With Us' button, services mega menu); article title
# section (h1, author/date, 'Share Post.' icons: email/LinkedIn/Facebook, TL;DR summary); empty table-of-contents box
# (script-filled); text (ranking table, ten agency sections, three closing h2 sections ending 'Explore the agencies
# above or contact Silverback Strategies today...'); footer (copyright, Privacy Policy/Sitemap, social icons, link
# columns, office address and contact e-mail/phone, 'Newsletter' HubSpot sign-up). No related block, no ad slots
# (only GTM noscript iframes).
# Not labelled: header and mega menus, table of contents, in-text agency/Clutch links and the closing 'contact
# Silverback Strategies' sentence (body text), footer link columns, footer address/contact lines, GTM iframes.
AT="/html/body/div/div/div/main/div/article/div/div[1]/div"
FT="/html/body/div/footer/div"
related=[]
ctas=[
 C("follow", "", "outside", "/html/body/div/header/div[1]/div/div[2]/div/div", amb=True, note="header mobile-menu row of 4 social icons (Facebook, Twitter, Instagram, LinkedIn), shown in the mobile menu"),
 C("contact", "Work With Us", "outside", "/html/body/div/header/div[1]/div/div[2]/div/a", note="header 'Work With Us' button to /contact/ (mobileSocialBtn)"),
 C("share", "Share Post.", "before", AT+"/div[2]", note="'Share Post.' share icons under the byline (copy link, e-mail, LinkedIn, Facebook)"),
 C("follow", "", "outside", FT+"/div[1]/div", note="footer social icons (Facebook, Twitter, Instagram, LinkedIn)"),
 C("newsletter", "Newsletter A hit of clarity in a chaotic digital marketing world.", "outside", FT+"/div[4]", note="footer 'Newsletter' HubSpot sign-up form (script) with prompt and privacy disclaimer"),
]
ads=[]
