from _dsl import *
FILE="wcxb/html/0287.html.gz"
# CottageCare (home-cleaning franchise, WordPress) blog post '10 Tips: How to Choose the Best Home Cleaning Service for
# You': header top bar (desktop: 'NOW HIRING' link, 'CALL CottageCare 1-800-476-7830' tel: line, 'Gift Certificates'
# link); main bar (logo, menu with a hidden mobile 'Get A Quote' copy, desktop 'Get A Quote' button, mobile 'CALL'
# button, burger toggle); banner (breadcrumbs, 'By : CottageCare', h1); article text (10 numbered tips, Conclusion; then,
# outside the wcxb ground truth, 'Looking for a Specific Home Cleaning Service?' pitch with six service links and 'Home
# Cleaning Services in Your Area.' with 40 location links); 'SHARE POST' row (Facebook, Twitter, LinkedIn, Email);
# 'Related Posts' band (3 cards); 'As Featured In' partner-logo slider; footer (logo, mobile follow icons; CTA band with
# the 'CALL CottageCare' line, its mobile copy, 'Get Free Quote' button and desktop follow icons; 'Our Company', 'Let Us
# Help You', 'Our Services' link columns; copyright). No ads and no ad configuration (GTM, Facebook pixel, CallRail and
# Trustindex scripts only; no elements of their own).
# Not labelled: menus and burger toggle, breadcrumbs, byline, the in-text image linking to the home page (an illustration
# of the tips), the closing pitch paragraph (prose, no ask control), the 40-location list (a site directory, convention 6),
# 'As Featured In' logos (partner logos, not marked as ads, convention 3), 'Our Company' and 'Our Services' footer columns
# (menus; 'Join Our Team' is one link of six), copyright line, GTM noscript iframe.
HD="/html/body/div/header"
TB=HD+"/div[1]/div/div"
NV=HD+"/div[2]/div/div/div[2]"
CT="/html/body/div/section[2]/div/div[1]"
FT="/html/body/div/footer/div[1]/div"
FB=FT+"/div[1]/div[2]/div/div"
related=[
 R(CT+"/ul[7]", "Looking for a Specific Home Cleaning Service?", 6, "after", amb=True, note="six links to the company's service pages under the closing pitch (after the conclusion, outside the wcxb ground truth): service pages are navigation, a reader could take them as content (convention 10.4)"),
 R("/html/body/div/section[3]", "Related Posts", 3, "after|outside", note="'Related Posts' band of 3 dated blog cards between the share row and the partner logos"),
]
ctas=[
 C("other", "NOW HIRING CALL CottageCare 1-800-476-7830 Gift Certificates", "outside", HD+"/div[1]", note="header top bar (desktop only, d-none d-md-block): 'NOW HIRING' recruitment link, call line, 'Gift Certificates' link; asks differ (convention 4)"),
 C("other", "NOW HIRING", "outside", TB+"/div[1]/div/a", amb=True, note="'NOW HIRING' link of the top bar (recruitment), an item of the mixed bar (9.2)"),
 C("contact", "CALL CottageCare 1-800-476-7830", "outside", TB+"/div[2]/div/p[1]", amb=True, note="top-bar call line with tel: link (10.5; an item of the bar, 9.2)"),
 C("other", "Gift Certificates", "outside", TB+"/div[2]/div/p[2]", amb=True, note="top-bar 'Gift Certificates' link (buying a gift certificate; an item of the bar, 9.2)"),
 C("other", "Get A Quote", "outside", NV+"/div[2]", note="desktop header 'Get A Quote' button (d-none d-lg-block; a quote button is `other`, 11.7 as x634/x642)"),
 C("other", "Get A Quote", "outside", NV+"/div[1]/nav/div", amb=True, note="mobile copy of 'Get A Quote' inside the menu (.mobile-quote-btn display:none on desktop, 9.3)"),
 C("contact", "CALL", "outside", NV+"/div[3]", amb=True, note="mobile header 'CALL' tel: button (d-lg-none, 9.3)"),
 C("share", "SHARE POST facebook twitter linkedin Email", "after", "/html/body/div/section[2]/div/div[2]", note="'SHARE POST' row under the text (Facebook, Twitter, LinkedIn, e-mail)"),
 C("follow", "Facebook Instagram", "outside", FT+"/div[1]/div[1]/div/ul", amb=True, note="footer follow icons under the logo, mobile only (footer-social d-sm-none, 9.3)"),
 C("other", "CALL CottageCare 1-800-476-7830 Call 1-800-476-7830 Get Free Quote", "outside", FB, note="footer CTA band (cta-footer-top): call line (desktop and mobile copies), 'Get Free Quote' button, follow icons; asks differ (convention 4)"),
 C("contact", "CALL CottageCare 1-800-476-7830", "outside", FB+"/div[1]", amb=True, note="footer band call line with tel: link (desktop, d-none d-lg-block; 10.5, 9.2)"),
 C("contact", "Call 1-800-476-7830", "outside", FB+"/div[2]", amb=True, note="mobile copy of the footer call line (d-lg-none, 9.3)"),
 C("other", "Get Free Quote", "outside", FB+"/div[3]/a", amb=True, note="footer 'Get Free Quote' button of the band (9.2)"),
 C("follow", "Facebook Youtube", "outside", FB+"/div[3]/ul", note="footer follow icons (Facebook, YouTube) in the CTA band, desktop (d-none d-sm-block); a widget inside the band (11.9)"),
 C("contact", "Find a Location Near you Gift Certificates Contact Us", "outside", FT+"/div[2]/div/div/div[2]/div/div", amb=True, note="footer 'Let Us Help You' column (locations, gift certificates, Contact Us): a half-menu column (9.7)"),
]
ads=[]
