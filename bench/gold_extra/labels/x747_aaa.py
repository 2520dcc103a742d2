from _dsl import *
FILE="wcxb/html/0149.html.gz"
# AAA Trip Canvas (travel guide, Next.js with streamed Suspense boundaries) article '11 U.S. Vacation Packages to Book
# for 2026': skip link; skeleton header (logo) whose real header streams in from the hidden div#S:0 at the end of the body
# ($RC("B:0","S:0") swaps it in: logo, mega-menus Destinations / Categories / TourBook / TripTik / More, Search, Saved
# Items); article (hero image gallery with prev/next, breadcrumbs, h1, updated/reviewed line, 'Written by' box, Save /
# Share button group, 'Table of Contents' accordion; text: intro, eleven numbered packages each with image credit,
# 'Itinerary Highlights / Trip Details / Included Services' list, two or three paragraphs with in-sentence links to the
# package and attraction pages and a 'Book now' link line, empty 'NativeAd AdContainer' boxes before package 1, after
# package 1 and before the closing section, closing section 'Plan Your American Road Trip With AAA'); <template id="B:1">
# where the hidden div#S:1 'More Articles' carousel of five EDITOR PICK cards is swapped in ($RC("B:1","S:1")); 'THE
# VALUE OF TRIP CANVAS' band with 'Explore trip canvas' button; 'BACK TO TOP'; footer (logo, link list Sign In / AAA Home /
# Leave a Comment / What is Trip Canvas? / Terms / Contact Us / Privacy / Find a AAA Office / Sitemap, Travel Tips /
# TripTik / Tourbook, copyright; three promo tile cards AAA Diamonds / TripTik / AAA Vacations; accessibility badge; blue
# 'AAA Membership Is Packed With Perks' box with 'Not a AAA Member? Join AAA Today!' button; disclaimer); empty toast
# region 'Notifications alt+T'; empty Qualtrics intercept zone div#ZN_205DtvD75OUNGOa. Only GTM scripts besides the ad
# boxes' class names (no GPT configuration).
# Not labelled: skip link, the skeleton header (logo only), header mega-menus (incl. 'Become a Member' among the 'Explore
# AAA' links), Search and Saved Items buttons, hero gallery, breadcrumbs, reviewed-by tooltip, 'Written by' box (no link),
# table of contents, in-sentence links of the text (package and attraction pages, 'vacation packages' in the closing
# paragraph), 'BACK TO TOP', footer link list (menu; its 'Leave a Comment' and 'Contact Us' entries are plain menu links),
# accessibility badge, disclaimer, the empty toast region, the empty hidden div at the top of the body.
AR="/html/body/div[2]/div/main/article"
TX=AR+"/section[3]/div"
FT="/html/body/div[2]/div/footer"
related=[
 R("/html/body/div[5]", "More Articles", 5, "after|outside", note="'More Articles' carousel of five EDITOR PICK article cards (Scottsdale, European beach towns, London things to do, London museums, Paris) in div#S:1, hidden in the HTML but swapped into <template id=B:1> right after the article by the inline $RC call (certainly shown, so plain; as x123/x219's streamed chrome)"),
]
ctas=[
 C("share", "Save Share", "before", AR+"/section[2]/div[4]/div", note="Save (add to trip) / Share button group under the byline, above the table of contents and the text"),
 C("other", "Book now", "inline", TX+"/p[5]", amb=True, note="'Book now' line after package 1 'Hawaiian Adventure' linking its AAA vacation page (per-entry booking button in a round-up, 10.2 / affiliate convention)"),
 C("other", "Book now", "inline", TX+"/p[8]", amb=True, note="'Book now' line of package 2 'America’s Great Desert National Parks' (10.2)"),
 C("other", "Book now", "inline", TX+"/p[11]", amb=True, note="'Book now' line of package 3 'Southern Charm' (10.2)"),
 C("other", "Book now", "inline", TX+"/p[14]", amb=True, note="'Book now' line of package 4 'Islands Of New England' (10.2)"),
 C("other", "Book now", "inline", TX+"/p[17]", amb=True, note="'Book now' line of package 5 'Canyon Country' (10.2)"),
 C("other", "Book now", "inline", TX+"/p[20]", amb=True, note="'Book now' line of package 6 'National Parks of America' (10.2)"),
 C("other", "Book now", "inline", TX+"/p[23]", amb=True, note="'Book now' line of package 7 'Alaska's Northern Lights' (10.2)"),
 C("other", "Book now", "inline", TX+"/p[26]", amb=True, note="'Book now' line of package 8 'California Dreamin'' (10.2)"),
 C("other", "Book now", "inline", TX+"/p[30]", amb=True, note="'Book now' line of package 9 'Spotlight On Washington, D.C.' (10.2)"),
 C("other", "Book now", "inline", TX+"/p[33]", amb=True, note="'Book now' line of package 10 'Colors Of New England Featuring Coastal Maine' (10.2)"),
 C("other", "Book now", "inline", TX+"/p[37]", amb=True, note="'Book now' line of package 11 'Southwest Native Trails', before the closing section (10.2)"),
 C("other", "THE VALUE OF TRIP CANVAS Travel Like an Expert with AAA and Trip Canvas Get Ideas from the Pros", "after|outside", "/html/body/div[2]/div/main/section", note="dark 'THE VALUE OF TRIP CANVAS' promo band (three selling points) with 'Explore trip canvas' button, between the article and the footer"),
 C("other", "AAA Diamonds help you find the best hotels More than just a typical rating system.", "outside", FT+"/div[1]/div[2]", amb=True, note="footer promo tile cards AAA Diamonds / TripTik / AAA Vacations linking AAA services (own-service promo band; a reader could take it as navigation, 10.4)"),
 C("subscribe", "AAA Membership Is Packed With Perks With AAA Membership, you can expect more.", "outside", FT+"/div[2]/div/div[2]", note="blue footer box 'AAA Membership Is Packed With Perks' with 'Not a AAA Member? Join AAA Today!' button (paid membership, as x672)"),
 C("other", "", "outside", "/html/body/div[3]", amb=True, note="empty div#ZN_205DtvD75OUNGOa: a Qualtrics site-intercept zone a script fills with a survey/feedback prompt (10.9)"),
]
ads=[
 A(TX+"/div[1]", "inline", note="empty div.NativeAd.AdContainer after the two intro paragraphs, before package 1"),
 A(TX+"/div[5]", "inline", note="empty div.NativeAd.AdContainer after package 1's 'Book now', before package 2"),
 A(TX+"/div[47]", "inline", note="empty div.NativeAd.AdContainer after package 11, before the closing section 'Plan Your American Road Trip With AAA'"),
]
