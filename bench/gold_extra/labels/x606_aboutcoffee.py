from _dsl import *
FILE="wcxb/html/4039.html.gz"
# About Coffee (National Coffee Association, WordPress) page 'History of coffee': off-canvas mobile menu (search, section
# menus); sticky top bar (logo, mega-menu Origins / Beans / Brewing / Health / Sustainability with blurbs, search, Menu
# button); wide header with h1; breadcrumbs row with share icons (Facebook, X, LinkedIn, Email, Print); text with h2/h3
# sections and captioned images, a 'Sippable Fact' box (NCA founded 1911, 'learn more about us') and a closing sentence
# pointing to 'coffee-growing regions' and 'the lifecycle of coffee'; 'Continue Reading' band of 3 cards (desktop, tablet
# and mobile copies: Health benefits of coffee, Lifecycle of Coffee, Brewing); footer (mobile accordion menus, logo,
# social icons, desktop menu columns incl. 'About NCA' with Contact Us / Subscribe / Privacy / Terms, copyright).
# No ads, no ad markup, no scripts placing ads.
# Not labelled: menus and mega-menu, search, breadcrumbs, 'Sippable Fact' box (body; its 'about us' link is no ask),
# footer section menus, copyright.
MN="/html/body/div[2]/main"
B=MN+"/div[1]/div[2]"
FT="/html/body/div[2]/footer/div"
related=[
 R(B+"/div[50]", None, 2, "after", amb=True, note="closing sentence of the text 'If all this history leaves you thirsty … check out our modern coffee-growing regions … and the lifecycle of coffee today' with two links (pointer in an ordinary sentence, 10.10; kept in the wcxb ground truth)"),
 R(MN+"/div[2]/div/section", "Continue Reading", 3, "after", note="'Continue Reading' related-posts row under the text: 3 cards (Health benefits of coffee, Lifecycle of Coffee, Brewing), in desktop, tablet and mobile copies inside the one section"),
]
ctas=[
 C("share", "", "before", MN+"/div[1]/div[1]/div/div", note="icon-only share row beside the breadcrumbs: Facebook, X, LinkedIn, Email, Print"),
 C("follow", "", "outside", FT+"/div[2]/div[1]/div", note="footer social icons: Facebook, Instagram, X, LinkedIn"),
 C("other", "About NCA Contact Us Subscribe Privacy Policy Terms of Use", "outside", FT+"/div[2]/div[2]/ul[1]", amb=True, note="footer 'About NCA' menu column: Contact Us and Subscribe beside Privacy Policy / Terms (half-menu column, 9.7)"),
 C("other", "About NCA Contact Us Subscribe Privacy Policy Terms of Use", "outside", FT+"/div[1]/details[1]", amb=True, note="mobile accordion copy of the footer 'About NCA' column (hidden on desktop, 9.3; half-menu column, 9.7)"),
]
ads=[]
