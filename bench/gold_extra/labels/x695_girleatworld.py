from _dsl import *
FILE="wcxb/html/4085.html.gz"
# Girl Eat World (personal WordPress travel blog, Mediavine) post 'Complete Japan Itinerary and Travel Guide for First
# Timers: 10 Days in Japan': header (site title, Menu toggle, back-to-top, menu with search and travel-guide drop-downs);
# article (category links, h1, 'Last updated on', 'comments 36' link; very long entry-content: intro, table of contents,
# sections with photos whose images link to the blog's own posts, galleries, a phrase table; 31 styled tip boxes
# p.entry-tip / p.entry-highlight, most a lead-in label and a link to one of the blog's own guides, four pointing to
# Klook affiliate offers and one with no link; in-text lists of Klook luggage/transfer links and of booking.com hotels
# under 'Where to stay in …' headings; the in-text link lists 'More posts related to Tokyo', 'Read more posts related to
# Osaka' and 'More useful posts about Japan'; closing paragraphs 'Have fun in Japan!'); entry footer (affiliate
# disclosure, 'Filed under' categories, 'Written by Melissa' author box); comments (36 comments, 'Leave a Reply' form,
# Akismet notice); Previous / Next post; sidebar (search, about-me blurb); footer widgets (pages list, categories and
# archives drop-downs); footer ('Find Me Elsewhere' Instagram / Facebook, copyright). Mediavine is only a dns-prefetch
# (its script inserts the ads; no ad element in the HTML), so no ad slots are labelled.
# Not labelled: menus, search, table of contents and the '#tokyo …' day list (tables of contents), ordinary in-text links
# of the prose (links on words inside sentences), photos and galleries linking to own posts (body images), the no-link
# 'Will I see Mount Fuji?' tip box (p[132], body), affiliate disclosure line, categories, author box (author bio, as x259),
# sidebar about blurb, footer pages list ('Contact' one link of five), category/archive drop-downs.
# Affiliate convention (2026-12-05) and 10.2: the Klook tip boxes and the in-text lists of Klook / booking.com affiliate
# links are `other` CTAs, one per box/list, amb.
AR="/html/body/div[2]/div/div[1]/article"
EC=AR+"/div"
PR="/html/body/div[2]/div/div[1]"
related=[
 R(EC+"/p[15]", None, 1, "inline", note="tip box (p.entry-tip / p.entry-highlight) in the text: Wise Debit Card: … Learn about using Wise while traveling here (wise-debit-card-travel-review)"),
 R(EC+"/p[49]", None, 1, "inline", note="tip box (p.entry-tip / p.entry-highlight) in the text: ♨️ Onsen Guide: … my Onsen etiquette guide (onsen-guide)"),
 R(EC+"/p[55]", None, 1, "inline", note="tip box (p.entry-tip / p.entry-highlight) in the text: Applying for a Japan visa in person: See my experience … here (japan-visa-in-singapore)"),
 R(EC+"/p[57]", None, 1, "inline", note="tip box (p.entry-tip / p.entry-highlight) in the text: How to apply for a Japan visa online: … here (japan-evisa-how-to)"),
 R(EC+"/p[61]", None, 1, "inline", note="tip box (p.entry-tip / p.entry-highlight) in the text: How to use Visit Japan Web: … guide … here (visit-japan-web-how-to)"),
 R(EC+"/p[70]", None, 1, "inline", amb=True, note="tip box (p.entry-tip / p.entry-highlight) in the text: Private Transfer from Airport: ordinary sentences about a Klook transfer, the link 'I flew ZIPAIR to Narita' to zipair-flight-review written into the sentence (10.10: a pointer in an ordinary sentence)"),
 R(EC+"/p[76]", None, 1, "inline", note="tip box (p.entry-tip / p.entry-highlight) in the text: All about JR Pass and Shinkansen: … here (trains-in-japan)"),
 R(EC+"/p[88]", None, 1, "inline", note="tip box (p.entry-tip / p.entry-highlight) in the text: Virtual IC Card: Check out my post … (virtual-ic-card-japan)"),
 R(EC+"/p[116]", None, 1, "inline", note="tip box (p.entry-tip / p.entry-highlight) in the text: 🗼 Tokyo Travel Guide: … check out my Tokyo … (tokyo-itinerary-first-time-visitor)"),
 R(EC+"/p[119]", None, 1, "inline", note="tip box (p.entry-tip / p.entry-highlight) in the text: 'Here is my review of the green car on Narita Express' tip box (narita-express-green-car-review)"),
 R(EC+"/p[122]", None, 1, "inline", note="tip box (p.entry-tip / p.entry-highlight) in the text: ➡️ Tip: Read Day 1 Tokyo Itinerary here (tokyo-itinerary-first-time-visitor#itinerary1)"),
 R(EC+"/p[124]", None, 1, "inline", note="tip box (p.entry-tip / p.entry-highlight) in the text: ➡️ Tip: Read Day 2 and Day 4 Itinerary … (two anchors of the same tokyo-itinerary post: 1 story)"),
 R(EC+"/p[127]", None, 1, "inline", note="tip box (p.entry-tip / p.entry-highlight) in the text: ➡️ Tip: Read my Day 3 Itinerary … (tokyo-itinerary#itinerary3)"),
 R(EC+"/p[128]", None, 1, "inline", note="tip box (p.entry-tip / p.entry-highlight) in the text: Where to stay in Tokyo: … I've written a blog post on how to decide where to stay (where-to-stay-in-tokyo)"),
 R(EC+"/p[134]", None, 1, "inline", note="tip box (p.entry-tip / p.entry-highlight) in the text: ➡️ Hakone Travel Guide: … Read my Hakone travel guide (hakone-travel-guide)"),
 R(EC+"/p[137]", None, 1, "inline", note="tip box (p.entry-tip / p.entry-highlight) in the text: 🗻 Interested in visiting Fuji Five Lakes? … my Fuji Five Lakes itinerary (fuji-five-lakes-guide-itinerary)"),
 R(EC+"/p[142]", None, 1, "inline", note="tip box (p.entry-tip / p.entry-highlight) in the text: ⛩️ Interested in visiting Kyoto? … Kyoto Travel Guide here (kyoto-itinerary)"),
 R(EC+"/p[147]", None, 1, "inline", note="tip box (p.entry-tip / p.entry-highlight) in the text: ⛩️ Kyoto Travel Tip: Check out my list of Kyoto Itinerary (kyoto-itinerary#itinerary)"),
 R(EC+"/p[150]", None, 1, "inline", note="tip box (p.entry-tip / p.entry-highlight) in the text: 🦌 Nara Travel Guide: … my dedicated Nara Travel Guide (nara-travel-guide)"),
 R(EC+"/p[153]", None, 1, "inline", note="tip box (p.entry-tip / p.entry-highlight) in the text: ➡️ Tip: Read my essential Nara day trip itinerary (nara-travel-guide#itinerary)"),
 R(EC+"/p[159]", None, 1, "inline", note="tip box (p.entry-tip / p.entry-highlight) in the text: ➡️ Tip: Check out my Things to do in Osaka post (things-to-do-in-osaka)"),
 R(EC+"/p[163]", None, 1, "inline", note="tip box (p.entry-tip / p.entry-highlight) in the text: ➡️ Check it out: … round-up of my favorite short-trip destinations from Tokyo (short-trips-from-tokyo)"),
 R(EC+"/p[165]", None, 1, "inline", note="tip box (p.entry-tip / p.entry-highlight) in the text: ➡️ Short Trips from Osaka: … list … here (short-trips-from-osaka)"),
 R(EC+"/p[167]", None, 1, "inline", note="tip box (p.entry-tip / p.entry-highlight) in the text: 🚗 Nagano self-driving ideas: Check out my Nagano prefecture itinerary (nagano-itinerary)"),
 R(EC+"/p[169]", None, 1, "inline", amb=True, note="tip box (p.entry-tip / p.entry-highlight) in the text: ❄️ Where to go in Hokkaido: Check out my Hokkaido posts: the link goes to the Hokkaido category page (a site section, convention 6), not one story"),
 R(EC+"/p[171]", None, 1, "inline", note="tip box (p.entry-tip / p.entry-highlight) in the text: 🗺️ Kyushu Itinerary: Here is my 7-day Kyushu itinerary (kyushu-itinerary-by-train)"),
 R(EC+"/p[176]", None, 1, "inline", note="tip box (p.entry-tip / p.entry-highlight) in the text: Japanese Food Guide: Check out my dedicated post … (tokyo-food-guide)"),
 R(EC+"/ul[6]", "More posts related to Tokyo", 6, "inline", note="h3 'More posts related to Tokyo' + list of 6 own-post links (no common container: the list, convention 9.1)"),
 R(EC+"/ul[12]", "Read more posts related to Osaka", 3, "inline", note="h3 'Read more posts related to Osaka' + list of 3 own-post links (convention 9.1)"),
 R(EC+"/ul[13]", "More useful posts about Japan", 5, "inline", note="h2 'More useful posts about Japan' + list of 5 own-post links, before the two closing paragraphs (convention 9.1)"),
 R(PR+"/div[2]", None, 2, "after", note="Previous Post 'Day Trips from Osaka Within Two Hours or Less' / Next Post 'Lunch at Koji Sushi Bar @ Raffles City Singapore'"),
]
ctas=[
 C("comments", "comments 36", "before", AR+"/header/div[3]", amb=True, note="comment-count link under the title (a bare comment count is ambiguous)"),
 C("comments", "36 Comments", "after", PR+"/div[1]", note="comments area: 36 comments, 'Leave a Reply' form, Akismet notice"),
 C("follow", "Find Me Elsewhere Instagram Facebook", "outside", "/html/body/div[2]/div/footer/div[1]", note="footer 'Find Me Elsewhere' social profile links"),
 C("other", "Buy a Data eSIM for Japan: I used eSIM by Klook", "inline", EC+"/p[8]", amb=True, note="tip box with Klook eSIM affiliate link (affiliate convention)"),
 C("other", "Luggage delivery for Osaka and Kyoto area Luggage delivery for Tokyo area", "inline", EC+"/ul[1]", amb=True, note="in-text list of four Klook luggage-delivery affiliate links (aid=12162) (affiliate convention)"),
 C("other", "🚆 Book train ticket online: Purchase Japan train ticket via Klook", "inline", EC+"/p[68]", amb=True, note="highlight box with Klook rail affiliate link (airport section)"),
 C("other", "Private transfer from and to Haneda Private transfer from and to Narita", "inline", EC+"/ul[2]", amb=True, note="in-text list of two Klook airport-transfer affiliate links (affiliate convention)"),
 C("other", "🚆 Book train ticket online: Purchase Japan train ticket via Klook", "inline", EC+"/p[74]", amb=True, note="second copy of the Klook rail affiliate box (Shinkansen section)"),
 C("other", "What is Klook? Klook is the leading travel and experiences booking website in Asia.", "inline", EC+"/p[80]", amb=True, note="tip box promoting Klook (affiliate link to klook.com, plus 'See my review' link to the blog's klook-review; read as affiliate box)"),
 C("other", "Hotel 1899 Tokyo in Shimbashi ($$) MUJI Hotel in Ginza ($$$)", "inline", EC+"/ul[5]", amb=True, note="'Where to stay in Tokyo' list of three booking.com affiliate hotel links (aid=1347182)"),
 C("other", "Ryokan Masuya ($$) Hakone Yutowa ($$$) Hakone Gora Karaku ($$$$)", "inline", EC+"/ul[7]", amb=True, note="'Where to stay in Hakone' list of booking.com affiliate hotel links"),
 C("other", "Lake Villa Kawaguchiko Kawaguchi-ko Country Cottage", "inline", EC+"/ul[8]", amb=True, note="'Where to stay in Lake Kawaguchi' list of booking.com affiliate hotel links"),
 C("other", "Yadoya Manjiro Kyoto Higashiyamaso Kyoto River-view House Kyoraku", "inline", EC+"/ul[9]", amb=True, note="'Where to stay in Kyoto' list of booking.com affiliate hotel links"),
 C("other", "Kotonoyado Musashino Tsukihitei", "inline", EC+"/ul[10]", amb=True, note="'Where to stay in Nara' list of booking.com affiliate hotel links"),
 C("other", "Zentis Osaka in Umeda ($$) InterContinental Osaka ($$$)", "inline", EC+"/ul[11]", amb=True, note="'Where to stay in Osaka' list of booking.com affiliate hotel links"),
]
ads=[]
