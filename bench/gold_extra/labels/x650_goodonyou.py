from _dsl import *
FILE="wcxb/html/4106.html.gz"
# Good On You (goodonyou.eco, WordPress) round-up '60 Clothing Brands from the USA Making More Ethical and Sustainable
# Fashion': header bar (For consumers / For business; nav with Brand Ratings / Journal / About mega-menus — the Journal
# menu holds 4 featured articles — and a mobile menu copy); hero date; article (h1, meta: words, category, published,
# 'Share for change FB'; intro with affiliate disclosure; 60 brand entries: name linked to the shop, rating, text,
# sizes, then 'See the rating.' and 'Shop <brand>.' lines (some with 'Shop <brand> @ <retailer>.' lines); the POPLINEN
# entry carries an 'Offers' box with a discount code and 'Shop now'; an h3 'Want to find more sustainable brands from
# the USA? <link>'; editor's note); 4 article cards (no heading); app block 'Ethical brand ratings. There's an app for
# that.' with store buttons; newsletter sign-up band; footer ('Partnership' box with 'Learn More', Search / Explore /
# Connect columns, tagline, legal); hidden menu tray (link groups + newsletter form copy); search overlays holding two
# more copies of the header bar; exit-intent Popup Maker newsletter popup 'Dive into ethical fashion'.
# Not labelled: menus (incl. 'Download the App' / 'Contact' menu links and the menu tray link groups), hero date,
# author/category links, affiliate disclosure, brand-name links and 'See the rating.' lines (links to the site's rating
# pages; the 'Shop' line after each is labelled), editor's note, footer Search / Explore columns and legal links.
# No ad slots: no ad markup (the affiliate offer box is the site's own, labelled as an `other` CTA).
A="/html/body/div[3]/main/section[1]/div/div/article"
related=[
 R("/html/body/div[3]/main/section[2]", None, 4, "after", note="grid of 4 article cards (petite brands, minimalist fashion, women-owned brands, modest dressing) after the article, no heading"),
 R(A+"/div[63]", None, 1, "after", amb=True, note="h3 'Want to find more sustainable brands from the USA? Find the best-rated brands near you with the location filter' linking to the site's shop-local page (lead-in '?' + link, 11.4; a reader may call it an app/feature ask)"),
 R("/html/body/div[2]/div[2]/div[1]/div[3]/ul/li[2]/div/div/div[2]/div[2]", None, 4, "outside", amb=True, note="4 featured articles in the hidden Journal mega-menu dropdown"),
 R("/html/body/div[2]/div[2]/div[2]/div[3]/div[2]/div[2]", None, 4, "outside", amb=True, note="same 4 featured articles in the hidden mobile menu (Journal submenu)"),
 R("/html/body/div[5]/div/div/div/div[2]/div[1]/div[3]/ul/li[2]/div/div/div[2]/div[2]", None, 4, "outside", amb=True, note="copy of the Journal featured articles in the header copy inside the search overlay"),
 R("/html/body/div[5]/div/div/div/div[2]/div[2]/div[3]/div[2]/div[2]", None, 4, "outside", amb=True, note="mobile-menu copy of the featured articles inside the search overlay"),
 R("/html/body/div[7]/div/div/div[2]/div[1]/div[3]/ul/li[2]/div/div/div[2]/div[2]", None, 4, "outside", amb=True, note="second search-overlay copy of the Journal featured articles"),
 R("/html/body/div[7]/div/div/div[2]/div[2]/div[3]/div[2]/div[2]", None, 4, "outside", amb=True, note="second search-overlay mobile-menu copy of the featured articles"),
]
ctas=[
 C("share", "Share for change FB", "before", A+"/div[1]/div/div[2]", note="'Share for change' Facebook share link in the article meta"),
 C("other", "Offers POPLINEN – Site-wide (US, CA, EU) Celebrate International Women's Month with 15% off", "inline", A+"/div[21]/div/div[2]/div[1]/div", amb=True, note="'Offers' box in the POPLINEN entry: discount code + 'Shop now' affiliate link (affiliate convention)"),
 C("other", 'Shop Proclaim.', "inline", A+'/div[3]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Proclaim.' line closing the Proclaim entry"),
 C("other", 'Shop Svala.', "inline", A+'/div[4]/div/div[2]/div[2]/p[3]', amb=True, note="'Shop Svala.' line closing the Svala entry (+1 more 'Shop ... @ retailer' line)"),
 C("other", 'Shop Katla.', "inline", A+'/div[5]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Katla.' line closing the Katla entry"),
 C("other", 'Shop Harvest & Mill.', "inline", A+'/div[6]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Harvest & Mill.' line closing the Harvest & Mill entry"),
 C("other", 'Shop Miakoda.', "inline", A+'/div[7]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Miakoda.' line closing the Miakoda entry"),
 C("other", 'Shop Parker Clay.', "inline", A+'/div[8]/div/div[2]/div[2]/p[3]', amb=True, note="'Shop Parker Clay.' line closing the Parker Clay entry"),
 C("other", 'Shop Neococo.', "inline", A+'/div[9]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Neococo.' line closing the Neococo entry"),
 C("other", 'Shop Ace & Jig.', "inline", A+'/div[10]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Ace & Jig.' line closing the Ace & Jig entry (+1 more 'Shop ... @ retailer' line)"),
 C("other", 'Shop Toad&Co.', "inline", A+'/div[11]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Toad&Co.' line closing the Toad&Co entry"),
 C("other", 'Shop ABLE.', "inline", A+'/div[12]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop ABLE.' line closing the ABLE entry"),
 C("other", 'Shop FUTURA Jewelry.', "inline", A+'/div[13]/div/div[2]/div[2]/p[3]', amb=True, note="'Shop FUTURA Jewelry.' line closing the FUTURA Jewelry entry"),
 C("other", 'Shop Yes And.', "inline", A+'/div[14]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Yes And.' line closing the Yes And entry"),
 C("other", 'Shop KENT.', "inline", A+'/div[15]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop KENT.' line closing the KENT entry"),
 C("other", 'Shop Mightly.', "inline", A+'/div[16]/div/div[2]/div[2]/p[3]', amb=True, note="'Shop Mightly.' line closing the Mightly entry"),
 C("other", 'Shop Terra Thread.', "inline", A+'/div[17]/div/div[2]/div[2]/p[3]', amb=True, note="'Shop Terra Thread.' line closing the Terra Thread entry"),
 C("other", 'Shop TORRAIN.', "inline", A+'/div[18]/div/div[2]/div[2]/p[3]', amb=True, note="'Shop TORRAIN.' line closing the TORRAIN entry (+1 more 'Shop ... @ retailer' line)"),
 C("other", 'Shop WE-AR4.', "inline", A+'/div[19]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop WE-AR4.' line closing the WE-AR4 entry"),
 C("other", 'Shop Sustain by Kat.', "inline", A+'/div[20]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Sustain by Kat.' line closing the Sustain by Kat entry"),
 C("other", 'Shop POPLINEN.', "inline", A+'/div[21]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop POPLINEN.' line closing the POPLINEN entry"),
 C("other", 'Shop Nui Organics.', "inline", A+'/div[22]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Nui Organics.' line closing the Nui Organics entry"),
 C("other", 'Shop Lâcher Prise.', "inline", A+'/div[23]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Lâcher Prise.' line closing the Lâcher Prise entry"),
 C("other", 'Shop LA Relaxed.', "inline", A+'/div[24]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop LA Relaxed.' line closing the LA Relaxed entry"),
 C("other", 'Shop Christy Dawn.', "inline", A+'/div[25]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Christy Dawn.' line closing the Christy Dawn entry"),
 C("other", 'See the rating. Shop Bario Neal.', "inline", A+'/div[26]/div/div[2]/div[2]/div', amb=True, note="'See the rating. Shop Bario Neal.' line closing the Bario Neal entry"),
 C("other", 'Shop ALTER X Company.', "inline", A+'/div[27]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop ALTER X Company.' line closing the ALTER X Company entry"),
 C("other", 'Shop MATE the Label.', "inline", A+'/div[28]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop MATE the Label.' line closing the MATE the Label entry"),
 C("other", 'Shop Minimalist.', "inline", A+'/div[29]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Minimalist.' line closing the Minimalist entry"),
 C("other", 'Shop The Classic T-Shirt Company.', "inline", A+'/div[30]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop The Classic T-Shirt Company.' line closing the The Classic T-Shirt Company entry"),
 C("other", 'Shop Another Tomorrow.', "inline", A+'/div[31]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Another Tomorrow.' line closing the Another Tomorrow entry"),
 C("other", 'Shop Subset (Knickey).', "inline", A+'/div[32]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Subset (Knickey).' line closing the Subset (Knickey) entry"),
 C("other", 'Shop HYER GOODS.', "inline", A+'/div[33]/div/div[2]/div[2]/p[3]', amb=True, note="'Shop HYER GOODS.' line closing the HYER GOODS entry"),
 C("other", 'Shop SEPTEMBER.', "inline", A+'/div[34]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop SEPTEMBER.' line closing the SEPTEMBER entry"),
 C("other", 'Shop Altar.', "inline", A+'/div[35]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Altar.' line closing the Altar entry"),
 C("other", 'Shop Neu Nomads.', "inline", A+'/div[36]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Neu Nomads.' line closing the Neu Nomads entry (+2 more 'Shop ... @ retailer' lines)"),
 C("other", 'Shop Happy Earth.', "inline", A+'/div[37]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Happy Earth.' line closing the Happy Earth entry"),
 C("other", 'Shop Fair Indigo.', "inline", A+'/div[38]/div/div[2]/div[2]/p[2]', amb=True, note="'Shop Fair Indigo.' line closing the Fair Indigo entry"),
 C("other", 'Shop Threads 4 Thought.', "inline", A+'/div[39]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Threads 4 Thought.' line closing the Threads 4 Thought entry"),
 C("other", 'Shop Outerknown.', "inline", A+'/div[40]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Outerknown.' line closing the Outerknown entry"),
 C("other", 'Shop Conscious Step.', "inline", A+'/div[41]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Conscious Step.' line closing the Conscious Step entry"),
 C("other", 'Shop WAMA.', "inline", A+'/div[42]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop WAMA.' line closing the WAMA entry"),
 C("other", 'Shop ARTICLE22.', "inline", A+'/div[43]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop ARTICLE22.' line closing the ARTICLE22 entry"),
 C("other", 'Shop Whimsy + Row.', "inline", A+'/div[44]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Whimsy + Row.' line closing the Whimsy + Row entry (+1 more 'Shop ... @ retailer' line)"),
 C("other", 'Shop Vitamin A.', "inline", A+'/div[45]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Vitamin A.' line closing the Vitamin A entry"),
 C("other", 'Shop Seek Collective.', "inline", A+'/div[46]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Seek Collective.' line closing the Seek Collective entry"),
 C("other", 'Shop Girlfriend Collective.', "inline", A+'/div[47]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Girlfriend Collective.' line closing the Girlfriend Collective entry"),
 C("other", 'Shop Triarchy.', "inline", A+'/div[48]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Triarchy.' line closing the Triarchy entry (+1 more 'Shop ... @ retailer' line)"),
 C("other", 'Shop éclipse.', "inline", A+'/div[49]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop éclipse.' line closing the éclipse entry (+1 more 'Shop ... @ retailer' line)"),
 C("other", 'Shop 8000Kicks.', "inline", A+'/div[50]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop 8000Kicks.' line closing the 8000Kicks entry (+2 more 'Shop ... @ retailer' lines)"),
 C("other", 'Shop Natasha Tonic.', "inline", A+'/div[51]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Natasha Tonic.' line closing the Natasha Tonic entry"),
 C("other", 'Shop Purusha People.', "inline", A+'/div[52]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Purusha People.' line closing the Purusha People entry"),
 C("other", 'Shop Passion Lilie.', "inline", A+'/div[53]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Passion Lilie.' line closing the Passion Lilie entry (+1 more 'Shop ... @ retailer' line)"),
 C("other", 'Shop Boyish @ Wearwell.', "inline", A+'/div[54]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Boyish @ Wearwell.' line closing the Boyish entry (+2 more 'Shop ... @ retailer' lines)"),
 C("other", 'Shop Lezat.', "inline", A+'/div[55]/div/div[2]/div[2]/p[3]', amb=True, note="'Shop Lezat.' line closing the Lezat entry"),
 C("other", 'Shop GRAMMAR @ Rêve en Vert.', "inline", A+'/div[56]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop GRAMMAR @ Rêve en Vert.' line closing the GRAMMAR entry (+1 more 'Shop ... @ retailer' line)"),
 C("other", 'Shop Pico @ Reve en Vert.', "inline", A+'/div[57]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Pico @ Reve en Vert.' line closing the Pico entry (+1 more 'Shop ... @ retailer' line)"),
 C("other", 'Shop HarperSage.', "inline", A+'/div[58]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop HarperSage.' line closing the HarperSage entry"),
 C("other", 'Shop LOVETRUST.', "inline", A+'/div[59]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop LOVETRUST.' line closing the LOVETRUST entry"),
 C("other", 'Shop FM 669.', "inline", A+'/div[60]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop FM 669.' line closing the FM 669 entry"),
 C("other", 'Shop SANTICLER.', "inline", A+'/div[61]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop SANTICLER.' line closing the SANTICLER entry"),
 C("other", 'Shop Printfresh.', "inline", A+'/div[62]/div/div[2]/div[2]/p[4]', amb=True, note="'Shop Printfresh.' line closing the Printfresh entry"),
 C("app", "Ethical brand ratings. There's an app for that. Wear the change you want to see.", "after|outside", "/html/body/div[3]/main/section[3]", note="app block with App Store / Google Play buttons after the related cards"),
 C("newsletter", "We'll send you the goods. Sign up for updates. Unsubscribe anytime.", "after|outside", "/html/body/div[3]/div", note="newsletter sign-up band above the footer"),
 C("other", "Partnership The world's most innovative platforms use Good On You ratings to power better shopping choices. Learn More", "outside", "/html/body/div[3]/footer/div[1]", note="footer 'Partnership' box with 'Learn More' button (B2B partnerships)"),
 C("other", "Connect About Get In Touch Partner With Us Instagram Get The App", "outside", "/html/body/div[3]/footer/div[2]/div/div[1]/div/div/div/div[3]", amb=True, note="footer 'Connect' column: contact, partner, Instagram, app links beside About (half-menu column, 9.7)"),
 C("newsletter", "We'll send you the goods.", "outside", "/html/body/div[4]/div[2]/div[2]/div/div[4]", amb=True, note="newsletter form copy in the hidden menu tray"),
 C("newsletter", "Dive into ethical fashion Get the Good On You newsletter to go deeper into fashion's most critical issues.", "outside", "/html/body/div[9]", amb=True, note="Popup Maker exit-intent newsletter popup (hidden until triggered, 11.3)"),
]
ads=[]
