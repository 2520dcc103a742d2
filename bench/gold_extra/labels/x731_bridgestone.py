from _dsl import *
FILE="wcxb/html/4182.html.gz"
# Bridgestone Tires (tires.bridgestone.com, Adobe AEM page built of bsx-* web components that render from attributes and
# script) article 'The Ultimate Car Maintenance Checklist | Bridgestone Tires': header experience fragment (a nav-bar
# element whose logo, main nav, support links, search and 'Find A Dealer' / 'Find Tires' icons live only in JSON
# attributes; five mega-menu surfaces with link lists Tires by Brand / Type / Vehicle, Motorcycle, Learn, About, Support,
# each with an empty header-card mount, About's with two brand link cards); main grid: breadcrumb; title section (h1,
# 'Bridgestone Team | 5 min read', an empty bsx-button-share mount, standfirst); article section (empty image mount, intro
# ending 'we've created a simple, car maintenance checklist ...', an empty bsx-button mount, an empty list, Short Term /
# Long Term / Seasonal check-up sections with 'Check:' items and in-sentence links to tire-care articles and tire pages,
# an empty bsx-button mount at the end); an empty section; section #tires-that-fit holding an empty bsx-content-card
# mount; 'What others are reading' section (title, empty bsx-button, carousel of three empty bsx-card-base slides);
# footer fragment (About / Automotive / Motorcycle / Learn / Support link columns, the Automotive column ending in four
# social profile links @BridgestoneTires (YouTube) / @Bridgestone (Facebook, Instagram, TikTok), the Motorcycle column in
# three (@BridgestoneMotoUSA on YouTube, Facebook, Instagram)); cookie-consent banner; empty custom-code div.
# No ads and no ad markup on the page.
# Not labelled: nav-bar JSON attributes (search, 'Find A Dealer', 'Find Tires', support links: nothing in the HTML text),
# mega-menus and their empty header-card mounts and About's brand link cards (navigation), breadcrumb, byline, in-sentence
# links of the text ('Check their pressure', 'the simple penny method', 'Rotating your tires', 'seasons', 'winter/snow
# tire'), the three attribute-less empty bsx-button mounts (empty shells, 11.3: nothing names an ask), empty image mount,
# empty list and empty section, footer About and Learn columns, cookie banner, custom-code div.
M="/html/body/div/div/div[2]/div"
FT="/html/body/div/div/div[3]/div/div/div/div/div[1]/footer/bsx-footer"
related=[
 R(M+"/section[6]", "What others are reading", 0, "after|outside", amb=True, note="'What others are reading' section under the article: title, an empty view-all button mount and a carousel of three empty bsx-card-base slides a script fills (no story in the HTML; 10.9, as x648 / x552)"),
]
ctas=[
 C("share", "", "before", M+"/section[2]/bsx-section/div[3]", amb=True, note="empty bsx-button-share mount (share-button-click-text 'Copied') under 'Bridgestone Team | 5 min read', above the standfirst: a share widget a script renders (10.9, 11.6: an empty mount is amb)"),
 C("other", "", "after", M+"/section[5]", amb=True, note="section #tires-that-fit holding an empty bsx-content-card mount under the article: a 'tires that fit' (tire finder) promo card a script fills, kind from its id (10.9)"),
 C("follow", "Automotive Find My Tire Special Offers Tires by Brand Tires by Vehicle Tires by Type Tires by Size", "outside", FT+"/div[2]", amb=True, note="footer 'Automotive' link column whose last four entries are the brand's YouTube / Facebook / Instagram / TikTok profiles (@BridgestoneTires, @Bridgestone): a half-menu column (9.7)"),
 C("follow", "Motorcycle Find My Moto Tire Special Offers Motorcycle Type Tire Data Book Find Nearby Dealers", "outside", FT+"/div[3]", amb=True, note="footer 'Motorcycle' link column ending in three profile links (@BridgestoneMotoUSA on YouTube, Facebook, Instagram): a half-menu column (9.7)"),
 C("contact", "Support Get Help / Chat Customer Support Email Us Recall Information", "outside", FT+"/div[5]", amb=True, note="footer 'Support' column: Get Help / Chat, Customer Support, Email Us among recall, policy, careers, credit-card, dealer and FAQ links (9.7: a half-menu column)"),
]
ads=[]
