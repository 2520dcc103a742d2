from _dsl import *
FILE="wcxb/html/0215.html.gz"
# The Report by Class Central (WordPress) round-up '[2025] Massive List of Thousands of Free Certificates and Badges':
# header (site title, menu and search buttons, search box with a pre-rendered autocomplete drop-down: one 'Trending'
# report '600 Free Google Certifications', 'Most common' search terms, 'Popular subjects', 'Popular courses'; navigation
# row 'Class Central' external links and The Report categories with Rankings / Collections submenus); affiliate
# 'Disclosure:' line; article (category link, h1, dek, authors/date and a share row Facebook / Twitter / e-mail / copy
# link / comment count '115'); two columns: text column (intro paragraphs incl. 'If you know of a free certificate not
# listed here, please share it in the comments.'; 'Table of Contents' jump tables; a grey 'Sponsored' label over a
# Semrush Academy course box (rel="sponsored", utm_campaign=reportads, 'Enroll for free'); one section per provider,
# each an intro, a course list and often a closing pointer line ('For more details..., head to our article: <a>',
# 'You can find more ... here.'); the parser nests the first five sections inside the jump-table div, as the page does
# not close it; last section 'Watershed Academy'; empty static divs), 'Tags', four author bios with 'More articles from
# X'; right aside 'Related' list of 4 reports, 'About Class Central' link and a 'cmpt-ad' box marked 'AD' promoting the
# site's 'Best Courses' category; comments section ('Comments 115', 115 comments with Reply links, 'Leave a reply'
# form); 'Browse our catalog' band of six subject cards with 20 topic links each and 'Browse all subjects'; footer
# (Home / The Report, 'Browse by subject/provider/university/institution' and 'Rankings' link columns, 'The Report by
# Class Central' column with RSS icon and 5 report links, 'Free Courses and Certificates' quick-link column of 5
# reports, 'About Class Central' blurb with social icons, legal/about links).
# Not labelled: header menus and their submenus, the autocomplete drop-down's search terms, subject and course groups
# (search suggestions and catalog pages), the disclosure line, the jump tables (table of contents), course lists and
# links written on a term inside ordinary sentences of the text (provider pages, '2000+', 'replaced by paid ones',
# 'Best Free Online Courses of All Time', 'completed a bachelor's degree'...), 'You can find more Hubspot Academy
# courses with free certificates here.' (points to HubSpot's own site, not to the site's content), 'Tags', author bios
# and their 'More articles from X' links (as x259), the aside's 'About Class Central' link, the 'Browse our catalog'
# band and the footer 'Browse by ...' and 'Rankings' columns (site directories, convention 6), footer legal/about
# links (incl. 'Contact Us', 'Write for Us' among plain nav links), empty static divs (no ad evidence).
M="/html/body/div/article/div/section/div/div[1]"
T=M+"/div[2]"
AS="/html/body/div/article/div/section/aside"
FT="/html/body/footer/div/div[2]"
related=[
 R(AS, "Related", 4, "outside", note="right aside 'Related' list of 4 report articles (Google, MATLAB, Coursera, edX free-course reports)"),
 R("/html/body/div/header/div[1]/div[2]/div/div[1]/div[2]/div[1]", None, 1, "outside", amb=True, note="header search drop-down (shown on focus), featured-articles group: one report '600 Free Google Certifications' tagged 'Trending'; a hidden search-suggestion panel, not a block set apart"),
 R(T+"/p[5]", None, 1, "inline", amb=True, note="Google section: 'In total, we found over 450 courses... You can find the full list in our dedicated article: 450+ Free Google Certificates and Badges.' (lead-in ends in ':' but the paragraph opens with an ordinary sentence, 11.4: amb)"),
 R(T+"/p[7]", None, 1, "inline", amb=True, note="'You can find more details and the full list here.' closing the Google section (ordinary pointer sentence, 10.10/11.4)"),
 R(T+"/p[8]", None, 1, "inline", amb=True, note="Harvard section: 'Class Central's @manoel wrote a comprehensive guide explaining how to earn a free certificate in CS50...' (pointer written into an ordinary sentence, 10.10)"),
 R(T+"/p[9]", None, 3, "inline", amb=True, note="Harvard section: 'For more details, head to Class Central's CS50 in-depth guide. We also have course-specific guides: Harvard CS50 certificate and Harvard CS50 Python certificate.' (pointer sentences inside a paragraph of text)"),
 R(T+"/p[14]", None, 1, "inline", note="'For more details on how to earn a free certificate from Stanford, head to our article: Stanford Medicine Offers Courses with Free Certificate & CME Credit.' (lead-in ending in ':' and the link closing it, 11.4)"),
 R(T+"/p[17]", None, 1, "inline", amb=True, note="LinkedIn Learning section: 'Below, you can find a selection. Visit our dedicated article for the full free certificate list: 470+ Hours of Free LinkedIn Learning Certifications.' (opens with an ordinary sentence, 11.4: amb)"),
 R(T+"/p[22]", None, 1, "inline", note="'For more details on how to earn a free certificate on OpenLearn, head to our article: 900+ Open University Free Certificates.' (11.4 lead-in)"),
 R(M+"/p[11]", None, 1, "inline", amb=True, note="'You can find more Semrush Academy courses with free certificates here.' ('here' links to the site's Semrush Academy catalog page, not an article; ordinary pointer sentence)"),
 R(M+"/p[13]", None, 1, "inline", note="'You can find more CodeSignal courses with free certificates here or for more details... head to our article: Unlock 800+ Free Certificates: Master Tech & Soft Skills with CodeSignal Learn.' (lead-in ending in ':' and the article link closing it; 'here' is the provider catalog)"),
 R(M+"/p[18]", None, 1, "inline", note="'For more details and courses, head to our article: 300+ Free Digital Marketing Certificates and Badges.' (11.4 lead-in)"),
 R(M+"/p[21]", None, 1, "inline", amb=True, note="'More freeCodeCamp courses here.' alone in its paragraph, linking to the site's freeCodeCamp catalog page (a catalog, not an article)"),
 R(M+"/p[24]", None, 1, "inline", note="'For the full list and more details of how to earn a free certificate, head to our article: FutureLearn Courses with Free Certificates.' (11.4 lead-in)"),
 R(M+"/p[33]", None, 1, "inline", note="'For a complete list and details of how to earn a free MATLAB certificate, head to our article: 30 Hours of MATLAB Courses with Free Certificate.' (11.4 lead-in)"),
 R(M+"/p[54]", None, 1, "inline", note="'For all the free certificates from Wolfram U, head to our article: 40+ Free Certificates from Wolfram U.' (11.4 lead-in)"),
 R(FT+"/div[1]/div[1]", "The Report by Class Central", 5, "outside", amb=True, note="footer column 'The Report by Class Central' (RSS icon) listing 5 report articles ('The \"New Normal\" that Wasn't', 'DDoS Attack on Class Central'...): a footer link column a reader could take as a content list (as x692's 'Popular Links')"),
 R(FT+"/div[1]/div[2]", "Free Courses and Certificates", 5, "outside", amb=True, note="footer 'Free Courses and Certificates' quick-link column of 5 report articles (450+ Free Google Certificates, 300+ Free Coursera Courses...): footer menu column of articles"),
]
ctas=[
 C("share", "Facebook Twitter Envelope Url 115", "before", "/html/body/div/article/header/div[2]/div[2]", note="share row beside the authors/date under the dek: Facebook, Twitter, e-mail, copy link, comment count"),
 C("comments", "115", "before", "/html/body/div/article/header/div[2]/div[2]/ul/li[5]/a", amb=True, note="comment-count link '115' (scrolls to #commentSection) at the end of the share row (a bare comment count, 11.9 widget inside a widget)"),
 C("comments", "If you know of a free certificate not listed here, please share it in the comments.", "inline", M+"/p[5]", amb=True, note="intro sentence asking readers to add certificates in the comments (a prompt with no link or control, as x726's corrections prompt)"),
 C("other", "The best courses, handpicked by Class Central, to learn anything and everything. AD", "outside", AS+"/a", amb=True, note="aside 'cmpt-ad' box (marked 'AD') promoting the site's own 'Best Courses' category; labelled as an ad (convention 3), its own-promo CTA reading amb (as x725)"),
 C("comments", "Comments 115", "after", "/html/body/div/section/div/div", note="comments section #commentSection: 'Comments 115', comment list with Reply links, 'Leave a reply' form"),
 C("follow", "RSS Feed", "outside", FT+"/div[1]/div[1]/a[2]", amb=True, note="footer RSS feed icon beside 'The Report by Class Central' (a feed subscription, not a social profile: kind open)"),
 C("follow", "Facebook Twitter LinkedIn YouTube Bluesky", "outside", FT+"/div[2]/div/ul", note="footer social icons (Facebook, Twitter, LinkedIn, YouTube, Bluesky) under the 'About Class Central' blurb"),
]
ads=[
 A(T+"/div[2]", "inline", note="Semrush Academy course box under a grey 'Sponsored' label (sibling p), links rel=\"sponsored\" with utm_campaign=reportads, 'Enroll for free'; between the jump tables and the Google section"),
 A(AS+"/a", "outside", note="aside 'cmpt-ad' box with 'AD' badge (large-up-block), the site's own 'Best Courses' promo in ad markup (convention 3)"),
]
