from _dsl import *
FILE="wcxb/html/0243.html.gz"
# Construction Coverage (constructioncoverage.com, WordPress Blocksy theme) research article 'The Hottest Real Estate Markets
# in the U.S.' (2025 edition): hidden search modal; off-canvas mobile menu (copy of the primary nav); header (logo, primary
# nav with drop-downs Business Insurance / Commercial Auto / Software / Research / Companies; a bottom row with an
# 'Advertiser Disclosure' link opening a fancybox disclosure; mobile header with logo and 'Menu' trigger); article (breadcrumbs,
# h1, author and 'Last Updated' date; entry content: a small 'Note:' line with an in-page anchor to 'Full Results', intro,
# sections with Redfin charts and collapsible 'Data:' tables; two inset callouts between horizontal rules, each a bold label
# paragraph and one paragraph linking two of the site's guides: 'RELATED' (builders risk insurance for homeowners,
# construction management software) and 'FOR CONSTRUCTION BUSINESSES' (construction estimating software, takeoff software);
# ranking columns of cities and states; 'Full Results' whose Infogram table is only an embed script; Methodology, References;
# hidden fancybox advertising / insurance-partner disclosures); right sidebar (sticky 'Related' menu widget of six guide
# links); footer ('Most Popular Guides' and 'Trending' widget menus of seven guide links each; inline footer menu About Us /
# Contact Us / Privacy Policy / Terms of Service / Glossary / Business; copyright).
# No ad slot and no ad markup (GTM and an OptinMonster api script only, no box); no share, follow, comment or sign-up widget.
# Not labelled: search modal, off-canvas and primary menus, 'Advertiser Disclosure' link and the hidden disclosure texts,
# breadcrumbs, author line, the 'Note:' anchor line (in-page link), collapsible data tables (body), Infogram embed script
# (body, script only), the Redfin source link, footer inline menu (Contact Us among menu links), copyright, the OptinMonster
# script (10.11).
EC="/html/body/div[2]/main/div/article/div[2]"
FT="/html/body/div[2]/footer/div[1]/div"
related=[
 R(EC+"/p[6]", "RELATED", 2, "inline", note="in-text callout between rules under the bold label 'RELATED' (p[5]): 'Are you planning a home renovation soon? ...' linking the site's guides 'builders risk insurance for homeowners' and 'construction management software' (9.1: no common container, the items' paragraph titled by the label)"),
 R(EC+"/p[13]", "FOR CONSTRUCTION BUSINESSES", 2, "inline", amb=True, note="second in-text callout of the same design under the bold label 'FOR CONSTRUCTION BUSINESSES' (p[12]): 'Improve your construction business' profitability with ...' linking the site's 'construction estimating software' and 'takeoff software' guides; no 'related' word, reads also as a promo line of the site's guides"),
 R("/html/body/div[2]/main/div/aside/div/div", "Related", 6, "outside", note="sticky right-sidebar 'Related' widget: six guide links (Commercial Property Insurance, Course of Construction Insurance, Best Construction Estimating Software, Takeoff Software, Commercial Vehicle Insurance, Best Workers' Comp Insurance Companies)"),
 R(FT+"/div[1]/div", "Most Popular Guides", 7, "outside", amb=True, note="footer 'Most Popular Guides' widget menu: seven guide links (Takeoff Software ... Commercial Property Insurance); guide pages that also stand in the header menu, a footer menu column a reader may take as navigation"),
 R(FT+"/div[2]/div", "Trending", 7, "outside", amb=True, note="footer 'Trending' widget menu: seven guide links (Tools and Equipment Insurance ... Property Management Software); same doubt"),
]
ctas=[]
ads=[]
