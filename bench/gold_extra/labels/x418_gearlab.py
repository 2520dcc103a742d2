from _dsl import *
FILE="wcxb/html/4694.html.gz"
# OutdoorGearLab article 'The Ultimate Backpacking Checklist for 2026': mobile header, 'Reviews You Can Rely On' tagline,
# main menu with search, affiliate disclosure line, breadcrumb; article header (h1, subhead, hero photo); byline and
# contributors; intro with editor's note; text: checklist with checkboxes and links to the site's reviews, PDF checklist
# download links, photos, then gear sections (packs, poles, tents, sleeping bags and pads, stoves, chairs, filters, boots,
# jackets, base layers, messengers, chargers, watches) each with one or more award boxes (award phrase, product name,
# star rating; then a box with product image and 'Check price at REI/Amazon/Backcountry/Evo' affiliate buttons, 'See It',
# or 'Read the Review'; a collapsed '+ More Info'), packing tips and 'Get Out There!' close; author names; right sidebar
# table of contents; 'You Might Also Like' (9 related guides); footer ('How can we improve GearLab? Got feedback? Let us
# know!', reader-supported note, menu, copyright). No ad slots, no ad markup (affiliate links only).
# Not labelled: menus, search, tagline, disclosure line and footer note, breadcrumb, byline, the checklist's review links
# and PDF download links (body), award headings and star ratings, the six award boxes whose only link is 'Read the Review'
# (the site's own review of the award winner, part of the round-up), '+ More Info' toggles, table of contents, footer menu
# (incl. Feedback / Contact).
# Affiliate convention of gold_extra/README: each in-text award box with price buttons is an 'other' CTA, ambiguous; it is
# located at div.award_table (product image + buttons); its award heading is the sibling two before it.
TX="/html/body/main/article/div/div[1]/div[1]/div[8]/div"
related=[
 R("/html/body/main/article/div/div[2]", "You Might Also Like", 9, "after", note="'You Might Also Like' band under the article: 9 related guide cards (#related_articles)"),
]
ctas=[
 C("other", 'Check price at REI Check price at Amazon', "inline", TX+"/div[10]", amb=True, note="award box 'Best Overall Backpacking Backpack: Osprey Atmos AG LT 65' (product image, affiliate price buttons)"),
 C("other", 'Check price at Backcountry (on sale!) Check price at Amazon (on sale!)', "inline", TX+"/div[17]", amb=True, note="award box 'Best for Lightweight Simplicity: Granite Gear Blaze 60' (product image, affiliate price buttons)"),
 C("other", 'Check price at Backcountry Check price at REI Check price at Amazon', "inline", TX+"/div[24]", amb=True, note="award box 'Best Overall Backpacking Backpack for Women: Osprey Eja 58' (product image, affiliate price buttons)"),
 C("other", 'Check price at Amazon (on sale!) Check price at Backcountry Check price at REI', "inline", TX+"/div[31]", amb=True, note="award box 'Best Bang for Your Buck: Osprey Renn 65' (product image, affiliate price buttons)"),
 C("other", 'Check price at Backcountry Check price at REI Check price at Amazon', "inline", TX+"/div[52]", amb=True, note="award box 'Best Overall Trekking Pole: MSR DynaLock Ascent Carbon' (product image, affiliate price buttons)"),
 C("other", 'Check price at Amazon (on sale!)', "inline", TX+"/div[59]", amb=True, note='award box "Best Overall Women\'s-Specific Trekking Pole: Leki Cressida FX Carbon" (product image, affiliate price buttons)'),
 C("other", 'Check price at Backcountry Check price at REI', "inline", TX+"/div[66]", amb=True, note="award box 'Best Overall: Big Agnes Copper Spur UL2' (product image, affiliate price buttons)"),
 C("other", 'Check price at Backcountry Check price at REI Check price at Amazon', "inline", TX+"/div[73]", amb=True, note="award box 'Overall Best Buy: The North Face Stormbreak 2' (product image, affiliate price buttons)"),
 C("other", 'Check price at REI', "inline", TX+"/div[80]", amb=True, note="award box 'Best 3-Person Tent: REI Co-op Half Dome 3' (product image, affiliate price buttons)"),
 C("other", 'Check price at Amazon (on sale!)', "inline", TX+"/div[101]", amb=True, note="award box 'Best Overall Bivy Sack: Outdoor Research Helium Bivy' (product image, affiliate price buttons)"),
 C("other", 'See It', "inline", TX+"/div[108]", amb=True, note="award box 'Best Bang for Your Buck: Katabatic Gear Piñon Bivy' (product image, affiliate price buttons)"),
 C("other", 'Check price at Amazon (on sale!)', "inline", TX+"/div[122]", amb=True, note="award box 'Best Bang for Your Buck: Wise Owl Outfitters Kit' (product image, affiliate price buttons)"),
 C("other", 'Check price at Amazon Check price at Backcountry Check price at REI', "inline", TX+"/div[129]", amb=True, note="award box 'Best Backpacking Sleeping Bag: Western Mountaineering MegaLite' (product image, affiliate price buttons)"),
 C("other", 'Check price at Backcountry Check price at REI', "inline", TX+"/div[136]", amb=True, note="award box 'Best Budget Down Sleeping Bag: Mountain Hardwear Bishop Pass 15' (product image, affiliate price buttons)"),
 C("other", 'Check price at Backcountry Check price at Amazon Check price at REI', "inline", TX+"/div[143]", amb=True, note='award box "Best Overall Women\'s Sleeping Bag: Western Mountaineering Alpinlite" (product image, affiliate price buttons)'),
 C("other", 'Check price at Amazon (on sale!) Check price at REI', "inline", TX+"/div[150]", amb=True, note='award box "Best Value for a Synthetic Sleeping Bag: NEMO Tempo 20 Synthetic - Women\'s" (product image, affiliate price buttons)'),
 C("other", 'Check price at Backcountry Check price at REI', "inline", TX+"/div[157]", amb=True, note="award box 'Best Ultralight Hooded Sleeping Bag: Sea to Summit Spark 30' (product image, affiliate price buttons)"),
 C("other", 'Check price at Amazon Check price at REI', "inline", TX+"/div[171]", amb=True, note="award box 'Best Overall Sleeping Pad: Nemo Tensor All-Season Ultralight Insulated' (product image, affiliate price buttons)"),
 C("other", 'Check price at Amazon Check price at REI', "inline", TX+"/div[178]", amb=True, note="award box 'Best Sleeping Pad for Extreme Cold: Therm-a-Rest NeoAir XTherm NXT' (product image, affiliate price buttons)"),
 C("other", 'Check price at REI Check price at Amazon', "inline", TX+"/div[185]", amb=True, note='award box "Best Overall Women\'s Sleeping Pad: Nemo Tensor All-Season" (product image, affiliate price buttons)'),
 C("other", 'Check price at Amazon (on sale!)', "inline", TX+"/div[192]", amb=True, note='award box "Best Value Women\'s Sleeping Pad: Klymit Static V Lite Insulated" (product image, affiliate price buttons)'),
 C("other", 'Check price at REI Check price at Amazon', "inline", TX+"/div[199]", amb=True, note="award box 'Best Overall Backpacking Stove: Soto Windmaster' (product image, affiliate price buttons)"),
 C("other", 'Check price at Amazon', "inline", TX+"/div[206]", amb=True, note="award box 'Excellent Affordability: Soto Amicus' (product image, affiliate price buttons)"),
 C("other", 'Check price at Amazon (on sale!)', "inline", TX+"/div[213]", amb=True, note="award box 'Best Overall Backpacking Chair: Big Agnes Skyline UL' (product image, affiliate price buttons)"),
 C("other", 'Check price at Amazon', "inline", TX+"/div[220]", amb=True, note="award box 'Best Bang for the Buck: Moon Lence Backpacking Chair' (product image, affiliate price buttons)"),
 C("other", 'Check price at Amazon (on sale!) Check price at Backcountry Check price at REI', "inline", TX+"/div[227]", amb=True, note="award box 'Best Overall Filter for Personal Use: LifeStraw Peak Squeeze' (product image, affiliate price buttons)"),
 C("other", 'Check price at Backcountry Check price at REI Check price at Amazon', "inline", TX+"/div[234]", amb=True, note="award box 'Best Overall Filter for Group Use: Platypus GravityWorks' (product image, affiliate price buttons)"),
 C("other", 'Check price at Amazon Check price at REI', "inline", TX+"/div[241]", amb=True, note="award box 'Best Value For Small Groups: Sawyer Squeeze' (product image, affiliate price buttons)"),
 C("other", 'Check price at REI', "inline", TX+"/div[248]", amb=True, note="award box 'Best Overall Hiking Boot: Hoka Kaha 3 GTX' (product image, affiliate price buttons)"),
 C("other", 'Check price at Backcountry Check price at REI Check price at Amazon', "inline", TX+"/div[255]", amb=True, note="award box 'Best Bang for the Buck: Merrell Moab 3 Mid Waterproof' (product image, affiliate price buttons)"),
 C("other", 'Check price at Backcountry (on sale!) Check price at REI (on sale!) Check price at Amazon (on sale!)', "inline", TX+"/div[262]", amb=True, note='award box "Best Overall Hiking Boots: La Sportiva Ultra Raptor II Mid GTX - Women\'s" (product image, affiliate price buttons)'),
 C("other", 'Check price at Amazon (on sale!) Check price at Backcountry Check price at REI', "inline", TX+"/div[269]", amb=True, note='award box "Best Bang for Your Buck: Merrell Moab 3 Mid WP - Women\'s" (product image, affiliate price buttons)'),
 C("other", 'Check price at Evo (on sale!) Check price at Backcountry Check price at REI', "inline", TX+"/div[276]", amb=True, note='award box "Best Premium Men\'s Jacket: The North Face Summit Breithorn Hoodie" (product image, affiliate price buttons)'),
 C("other", 'Check price at Amazon Check price at Backcountry', "inline", TX+"/div[283]", amb=True, note='award box "Warmest Women\'s Down Jacket: Rab Neutrino Pro - Women\'s" (product image, affiliate price buttons)'),
 C("other", 'Check price at Amazon', "inline", TX+"/div[290]", amb=True, note='award box "Favorite Men\'s Base Layer: Smartwool Classic Thermal Merino 1/4 Zip" (product image, affiliate price buttons)'),
 C("other", 'Check price at Evo Check price at Amazon Check price at REI', "inline", TX+"/div[297]", amb=True, note='award box "Best Women\'s Base Layer: Arc\'teryx Rho Hoody - Women\'s" (product image, affiliate price buttons)'),
 C("other", 'Check price at Evo Check price at Amazon Check price at REI', "inline", TX+"/div[304]", amb=True, note='award box "Best Synthetic Base Layer: Arc\'teryx Rho Hoody - Women\'s" (product image, affiliate price buttons)'),
 C("other", 'Check price at Backcountry Check price at Amazon', "inline", TX+"/div[311]", amb=True, note='award box "Best Value for Merino: Smartwool Classic All-Season Merino - Women\'s" (product image, affiliate price buttons)'),
 C("other", 'Check price at Amazon Check price at Backcountry', "inline", TX+"/div[318]", amb=True, note="award box 'Best Merino Wool Bottoms for Men: Smartwool Classic Thermal Merino Bottom' (product image, affiliate price buttons)"),
 C("other", 'Check price at Backcountry (on sale!)', "inline", TX+"/div[325]", amb=True, note='award box "Top-Performing Merino Long Underwear for Women: Icebreaker 200 ZoneKnit Merino Thermal Leggings - Women\'s" (product image, affiliate price buttons)'),
 C("other", 'Check price at Backcountry (on sale!)', "inline", TX+"/div[332]", amb=True, note='award box "Best Merino Women\'s Long Underwear: Icebreaker 200 ZoneKnit Merino Thermal Leggings - Women\'s" (product image, affiliate price buttons)'),
 C("other", 'Check price at REI Check price at Evo', "inline", TX+"/div[339]", amb=True, note='award box "Best Synthetic Women\'s Long Underwear: Patagonia Capilene Thermal Weight Bottoms - Women\'s" (product image, affiliate price buttons)'),
 C("other", 'Check price at Amazon (on sale!) Check price at Backcountry', "inline", TX+"/div[346]", amb=True, note="award box 'Best Overall with Photo and Voice Messaging: Garmin inReach Messenger Plus' (product image, affiliate price buttons)"),
 C("other", 'Check price at Amazon (on sale!) Check price at REI Check price at Backcountry', "inline", TX+"/div[353]", amb=True, note="award box 'Best Value for Messaging: Garmin inReach Messenger' (product image, affiliate price buttons)"),
 C("other", 'Check price at Amazon', "inline", TX+"/div[360]", amb=True, note="award box 'Best Overall Solar Charger: BigBlue SolarPowa 28' (product image, affiliate price buttons)"),
 C("other", 'Check price at Amazon (on sale!)', "inline", TX+"/div[367]", amb=True, note="award box 'Best Buy for a Lightweight Panel: Blavor 10W' (product image, affiliate price buttons)"),
 C("other", 'Check price at Amazon Check price at Backcountry Check price at REI', "inline", TX+"/div[374]", amb=True, note="award box 'Best Overall GPS Watch: Garmin Forerunner 970' (product image, affiliate price buttons)"),
 C("other", 'Check price at REI Check price at Amazon', "inline", TX+"/div[381]", amb=True, note="award box 'Great Value for a GPS Watch: Suunto Run' (product image, affiliate price buttons)"),
 C("contact", "How can we improve GearLab? Got feedback? Let us know!", "outside", "/html/body/footer/div/div/div/p[1]", note="footer feedback prompt linking to the feedback form"),
]
ads=[]
