from _dsl import *
FILE="wcxb/html/0031.html.gz"
# ABC7 New York (Disney 'fitt' React page) story '7 On Your Side: NJ moving company under federal investigation': sticky
# nav header (menu button, logo, local links '24/7 Live' ... 'Connecticut', weather, search and login buttons); sticky
# top-banner ad slot; article column: badge, h1 and summary, byline with share buttons, empty lead-video wrapper, text with
# four in-text ad slots (outstream-1, inline-box, outstream-2, outstream-3), closing 'SHARE YOUR STORY' box (rule line, bold
# heading, form/e-mail prompt) followed by an empty static-embed mount (the form), 'Report a correction or typo' link,
# copyright line, 'Related Topics' tags, Taboola below-article container; right rail: 'Top Stories' (5 cards), empty
# ad-wrapper placeholder, right-rail ad slot. Footer: link columns (Topics, Regions, More Content, Station Info), icon row
# (Facebook, Twitter, Instagram, newsletter sign-up), logos, legal links. Body end: Qualtrics site-intercept (survey) script
# with its empty mount, Moat tracking script, interstitial ad slot.
# Not labelled: nav header links and buttons, badge, byline, empty lead-video wrapper, copyright line, 'Related Topics'
# tags, footer link columns Topics / Regions / More Content (menus; incl. 'Apps', 'Shop'), footer logos and legal links,
# hidden data divs, Moat tracking.
PG="/html/body/div/div/div/div/div"
AC=PG+"/div[1]/div/div"
MC=AC+"/div[2]/div/div[1]/div"
TX=MC+"/div[6]"
RR=AC+"/div[2]/div/div[2]/div"
FI=PG+"/footer/div/div[2]/div[1]"
related=[
 R(RR+"/div[1]/section", "Top Stories", 5, "outside", note="right-rail 'Top Stories' with 5 story cards"),
]
ctas=[
 C("share", "", "before", MC+"/div[3]/div[2]", note="byline share buttons (prism-share: Facebook and more)"),
 C("contact", "----------SHARE YOUR STORY Do you have an issue with a company that you haven't been able to resolve? If so, 7 On Your Side wants to help you!", "after", TX+"/p[30]", note="'SHARE YOUR STORY' box closing the text, set apart by a rule line and bold heading: asks readers to fill out the form below or e-mail 7 On Your Side"),
 C("contact", "", "after", TX+"/div[5]", amb=True, note="empty prism-static-embed mount under the 'SHARE YOUR STORY' prompt (the story-submission form, script-filled; same widget as the prompt)"),
 C("contact", "Report a correction or typo", "after", MC+"/div[7]", note="'Report a correction or typo' link under the text"),
 C("contact", "Station Info Submit a News Tip Jobs Meet the Eyewitness News Team ABC 7 In Your Community About ABC 7", "outside", PG+"/footer/div/div[1]/div[5]", amb=True, note="footer 'Station Info' column led by 'Submit a News Tip' (half-menu column, convention 9.7)"),
 C("follow", "", "outside", FI, note="footer icon row: Facebook, Twitter, Instagram profile links and a newsletter sign-up icon (bar with two asks, 9.2: kind from the main ask)"),
 C("follow", "", "outside", FI+"/a[1]", amb=True, note="footer Facebook icon (button of the icon bar, 9.2)"),
 C("follow", "", "outside", FI+"/a[2]", amb=True, note="footer Twitter icon (button of the icon bar, 9.2)"),
 C("follow", "", "outside", FI+"/a[3]", amb=True, note="footer Instagram icon (button of the icon bar, 9.2)"),
 C("newsletter", "", "outside", FI+"/a[4]", amb=True, note="footer 'Sign up for ABC7 New York newsletters' icon (button of the icon bar, 9.2)"),
 C("other", "", "outside", PG+"/div[4]", amb=True, note="Qualtrics site-intercept script with its empty #ZN_5hSLIyrLhlJ7ndr mount (survey pop-up)"),
]
ads=[
 A(AC+"/div[1]", "before|outside", "sticky top-banner slot (prism-sticky-ad, fitt-article-top-banner, min-height 90px) above the article"),
 A(TX+"/div[1]", "inline", "in-text ad slot fitt-article-inline-outstream-1"),
 A(TX+"/div[2]", "inline", "in-text ad slot fitt-article-inline-box"),
 A(TX+"/div[3]", "inline", "in-text ad slot fitt-article-inline-outstream-2"),
 A(TX+"/div[4]", "inline", "in-text ad slot fitt-article-inline-outstream-3"),
 A(MC+"/div[10]", "after", "empty Taboola below-article-thumbnails container (prism-taboola), no heading of its own"),
 A(RR+"/div[2]", "outside", amb=True, note="empty right-rail prism-ad-wrapper (data-ad-placeholder) under Top Stories, with no slot inside"),
 A(RR+"/div[3]", "outside", "right-rail ad slot fitt-article-right-rail (min-height 250px)"),
 A(PG+"/div[6]", "outside", "interstitial ad slot (fitt-adbox-interstitial, pos=interstitial) at the end of the page"),
]
