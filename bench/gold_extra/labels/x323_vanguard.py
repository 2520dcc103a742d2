from _dsl import *
FILE="wcxb/html/4506.html.gz"
# Vanguard investor product page 'Index funds' (AEM; header and footer are a script-rendered vg-vgn-nav web component,
# nothing of them is in the HTML): breadcrumbs; hero; 'What's an index fund?' with 'Learn more about index funds' link;
# 'Benefits' cards; 'Holding cash vs investing' band with 'Explore tool' button; index vs active comparison table with
# 'Search Index funds' / 'Search actively managed funds' buttons (desktop) and the same as stacked mobile cards with their
# own buttons, glossary term dialogs; 'Find the right index fund for you' cards + 'Browse funds' button; black 'Ready to
# invest?' band with red 'Open or transfer accounts' button; disclosures. No related block, no ads, no ad configuration,
# no share/follow widgets.
# Not labelled: breadcrumbs, glossary dialogs, disclosures. The 'Learn more about index funds' line is an amb
# related block (convention 10.10, settled after this page was labelled).
# The in-body product buttons are ambiguous 'other' CTAs (the set's convention for product buttons in the text).
B="/html/body/div[1]/vg-vgn-nav/div/div/main/div/div"
S=B+"/div[4]/div/div"
related=[
 R(B+"/div[3]/div/div/div/div/div/div[2]/div/div/div/div/p[2]", None, 1, "inline", amb=True, note="'Learn more about index funds': a paragraph that is only a link to the education article 'What is an index fund' (convention 10.10, a pointer line set apart; amb: a product page's section link)"),
]
ctas=[
 C("other", "Explore tool", "inline", S+"/div[2]/div/div/div/div/div/div[1]/div/div/div[2]", amb=True, note="'Explore tool' button (potential-growth calculator) in the 'Holding cash vs investing' band"),
 C("other", "Search Index funds", "inline", S+"/div[4]/div/div/div[2]/div/div/div[1]/div/div/div[1]", amb=True, note="'Search Index funds' button under the comparison table (desktop)"),
 C("other", "Search actively managed funds", "inline", S+"/div[4]/div/div/div[2]/div/div/div[2]/div/div/div[1]", amb=True, note="'Search actively managed funds' button under the comparison table (desktop)"),
 C("other", "Search Index funds", "inline", S+"/div[5]/div/div/div[1]/div/div/div[2]", amb=True, note="'Search Index funds' button in the stacked mobile index-fund card"),
 C("other", "Search actively managed funds", "inline", S+"/div[5]/div/div/div[2]/div/div/div[2]", amb=True, note="'Search actively managed funds' button in the stacked mobile active-fund card"),
 C("other", "Browse funds", "inline", S+"/div[6]/div/div/div[3]", amb=True, note="'Browse funds' button under the fund-type cards"),
 C("other", "Ready to invest? Need help picking a fund? Learn how to choose the right fund for you", "after", B+"/div[5]", note="closing black 'Ready to invest?' band with red 'Open or transfer accounts' button (its lines are kept in the wcxb ground truth)"),
]
ads=[]
