from _dsl import *
FILE="wcxb/html/0154.html.gz"
NAV="/html/body/div/div[1]/nav/ul[1]"
R3="/html/body/div/main/div/div/div/article/div/div"
BODY=R3+"/div[2]/div[3]/div"
SB=R3+"/div[3]/div[2]"
FC="/html/body/footer/div[2]/div/div/div[2]"
related=[
 R("/html/body/div/main/div/section", "Read Next", 3, "after|outside", note="'Read Next' band of three chapter cards below the article"),
]
ctas=[
 C("other", "Turn SEO data into actionable content briefs Learn more", "outside", NAV+"/li[1]/div/div", amb=True, note="house promo (mzr-ad-block) in the hidden Products mega-menu"),
 C("other", "Let your business shine with Listings AI Get found", "outside", NAV+"/li[2]/div/div", amb=True, note="house promo in the hidden Free SEO Tools mega-menu"),
 C("other", "Moz API Access 20 years of data with flexible pricing Find your plan", "outside", NAV+"/li[3]/div/div", amb=True, note="house promo in the hidden Learn SEO mega-menu"),
 C("other", "New Feature Surface actionable competitive intel Learn More", "outside", NAV+"/li[5]/div/div", amb=True, note="house promo in the hidden Why Moz mega-menu"),
 C("other", "Start My Free Trial", "outside", "/html/body/div/div[2]/nav/div/ul[2]", note="Moz Pro sub-navigation 'Start My Free Trial' button"),
 C("other", "Last chance to save up to 40% - ends today!", "outside", "/html/body/div/div[3]", amb=True, note="yellow pencil promo banner above the page title (an ad slot by convention 3: its box is classed banner-ad-block; the CTA reading stays amb)"),
 C("share", "Share Copied!", "before|outside", R3+"/div[1]/div[2]/aside", note="'Share' buttons (Twitter, Facebook, LinkedIn, copy link) under the sticky table of contents beside the text"),
 C("other", "", "inline", BODY+"/div[2]/div/div/div/figure", amb=True, note="in-text picture banner (Josh-Stricklin-start-free-trial.png, 1200x500) linking to /checkout/freetrial: a house promo set into the text, amb like the certification card below"),
 C("other", "Moz Academy SEO Essentials Certification Get Certified", "inline", BODY+"/div[15]", amb=True, note="certification promo callout card near the end of the guide (kept by the wcxb ground truth)"),
 C("other", "Scale revenue from SEO with Moz Pro Start your free trial", "outside", SB+"/div[1]", note="sticky sidebar free-trial box"),
 C("newsletter", "Get the latest SEO tips and strategies in your inbox", "outside", SB+"/div[2]", note="sidebar newsletter box (HubSpot form, script-filled)"),
 C("other", "Get started with Moz Pro! Start my free trial", "outside", "/html/body/footer/div[1]", note="free-trial band at the top of the footer"),
 C("follow", "Connect with us Contact the Help team", "outside", FC+"/div[1]", amb=True, note="footer 'Connect with us' (empty social-buttons list) plus help-team contact link"),
 C("newsletter", "Join our newsletter", "outside", FC+"/div[2]", note="footer 'Join our newsletter' (HubSpot form, script-filled)"),
]
ads=[
 A("/html/body/div/div[3]", "outside", "own-site pencil banner in a box classed page-section-banner-ad-block (convention 3, after the reading of the other/contact misses)"),
]
