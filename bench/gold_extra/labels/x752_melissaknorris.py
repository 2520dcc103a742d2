from _dsl import *
FILE="wcxb/html/4659.html.gz"
# Melissa K. Norris (homesteading blog and podcast, Genesis/Mai theme, AdThrive ad stack with its scripts stripped) podcast
# post 'Organic Pest Control for the Garden': skip links; header (logo, mobile 'Log In' button and menu toggle, header
# menu Start Here / Podcast / Articles / Shop / Academy / 'Log In' button / search; a mobile-menu copy); breadcrumbs;
# hero cover (h1, an empty smart-track-player container, an empty 'spp-shsp-form' mount, byline, Facebook / Tweet / Pin
# share buttons, dates); affiliate-disclosure line; content column: the text (intro; a '🍞 Struggling With Sourdough?'
# box with an empty OptinMonster holder, 'I'll show you how to fix all of it.' and a '➡️ [Save Your Spot Now]' button
# for the free sourdough workshop; an empty Mediavine video block; table of contents; pest sections with in-sentence
# links to other posts and Amazon affiliate links; the pointer sentence to the cabbage-moth post; closing ask 'If you want
# to learn more about organic gardening, sign up for my Organic Gardening Workshop!'; 'Resources' with two show-note lists
# 'Episode #203' and 'Episode #266'; 'Other Posts You May Enjoy' list of 7 links), category line, 'About Melissa Norris'
# author box; right sidebar ('Howdy, I'm Melissa!' box with 'More About Melissa' button and Instagram / Facebook /
# YouTube / Pinterest icons; 'My Most Popular Posts' grid of 6; 'Plated by Season' cookbook promo: image link, h3, text
# and 'Grab Your Copy ($20, Free Shipping)' button; 'Winter Preserving Recipes' grid of 5; an empty heading paragraph and
# an empty custom-HTML widget); full-width 'Related Episodes' band of 3 cards; footer ('Follow me:' social icons, footer
# menu Start Here / Classes / Academy / Contact / Log In; columns 'Articles' (categories), 'Podcast' (4 latest episodes),
# 'Books', 'Education' (courses); copyright, legal links, Amazon Associates note, 'Privacy Manager').
# Not labelled: skip links, header and footer menus (incl. their 'Log In' buttons, 'Academy', 'Contact'), breadcrumbs, the
# empty smart-track-player container (a podcast audio player mount, body media), the affiliate disclosure line, the empty
# Mediavine video block (body video), the table of contents, in-sentence links on terms (survival garden, container
# garden, 'starting an organic garden', 'The Family Garden Plan', Amazon products: x718), the
# category line, the author box (no links), 'More About Melissa' (a link to the about page), the sidebar's empty heading
# paragraph and empty custom-HTML widget (empty shells with no name), footer 'Articles' (category menu), 'Books' and
# 'Education' columns (product and course menus, 6/9.7), copyright and legal lines. No ad slot: the AdThrive stack
# inserts its slots by script and the HTML holds no slot element (10.3, as x727).
HR="/html/body/div/div[2]/div/div/div/div"
EC="/html/body/div/div[4]/div[1]/main/article/div/div[1]"
SB="/html/body/div/div[4]/div[1]/aside"
FT="/html/body/div/footer"
related=[
 R(EC+"/ul[1]/li[1]", None, 3, "inline", amb=True, note="'Strong Plants' entry of the prevention list: '…so learn my best tips for natural fertilizers…, build strong soil with proper fall garden prep, and utilize sheet mulching.' (three episode links in a pointer sentence, 10.10: amb)"),
 R(EC+"/ul[1]/li[2]", None, 1, "inline", amb=True, note="'Companion Planting' entry: 'You can also learn more about the benefits in Episode #299… about the science of companion planting.' (episode link in a pointer sentence, 10.10: amb; the book link beside it is a product)"),
 R(EC+"/ul[1]/li[3]", None, 1, "inline", amb=True, note="'Crop Rotation' entry closing with 'Learn how to practice crop rotation in your garden here.' (pointer sentence inside a list entry, 10.10: amb)"),
 R(EC+"/p[19]", None, 1, "inline", amb=True, note="'…which is why I have a separate post specifically on cabbage moth control. Make sure you read through that…': a pointer to the cabbage-moth post written into an ordinary sentence (10.10: amb)"),
 R(EC+"/ul[12]", "Episode #203", 2, "inline", amb=True, note="'Resources' show notes, 'Episode #203' list: Organic Gardening Workshop, The Family Garden Plan (products) and links to Episodes #200 and #201; show notes a reader may take as the episode's own content"),
 R(EC+"/ul[13]", "Episode #266", 1, "inline", amb=True, note="'Resources' show notes, 'Episode #266' list: two Amazon affiliate products, the post 'How to Treat Fruit Trees Organically' and an unlinked 'Verse of the Week'"),
 R(EC+"/ul[14]", "Other Posts You May Enjoy", 7, "after", note="'Other Posts You May Enjoy' list of 7 post links closing the entry content (h2 and list have no container but the text: the list, 9.1)"),
 R(SB+"/div[2]", "My Most Popular Posts", 6, "outside", note="sidebar 'My Most Popular Posts' grid of 6 recipe/post entries"),
 R(SB+"/div[4]", "Winter Preserving Recipes", 5, "outside", note="sidebar 'Winter Preserving Recipes' grid of 5 entries"),
 R("/html/body/div/div[4]/div[2]", "Related Episodes", 3, "after|outside", note="full-width 'Related Episodes' band of 3 episode cards (with 'Read more' buttons) between the content/sidebar row and the footer"),
 R(FT+"/div[2]/div/div/div/div[2]", "Podcast", 4, "outside", note="footer 'Podcast' column: entries grid of the 4 latest episodes"),
]
ctas=[
 C("other", "", "before", HR+"/div[2]", amb=True, note="empty 'spp-shsp-form' mount under the h1 in the hero (Smart Podcast Player form a script fills; 10.9, kind unknown)"),
 C("share", "FacebookTweetPin", "before", HR+"/div[3]/div/div[2]/div", note="shared-counts Facebook / Tweet / Pin share buttons beside the byline in the hero, above the text"),
 C("other", "🍞 Struggling With Sourdough? If your starter won’t take off, your loaves are dense and hard", "inline", EC+"/div[3]", note="'🍞 Struggling With Sourdough?' box after the second paragraph: free sourdough workshop registration, '➡️ [Save Your Spot Now]' button (webinar opt-in; a box set apart, 10.1); it holds an empty OptinMonster holder"),
 C("other", "If you want to learn more about organic gardening, sign up for my Organic Gardening Workshop!", "inline", EC+"/p[37]", amb=True, note="closing sentence of the 'Continued Application' section, before 'Resources': sign-up link to the Organic Gardening Workshop written into an ordinary sentence (10.1: amb)"),
 C("follow", "", "outside", SB+"/div[1]/div/ul", note="sidebar 'Howdy, I'm Melissa!' box: Instagram / Facebook / YouTube / Pinterest icons (the site's profiles)"),
 C("other", "Grab Your Copy ($20, Free Shipping)", "outside", SB+"/div[3]", note="sidebar 'Plated by Season' cookbook promo: 'Grab Your Copy ($20, Free Shipping)' button; the image link, h3 and text above it are sibling blocks with no container but the sidebar"),
 C("other", "", "outside", SB+"/figure", amb=True, note="'Plated by Season' cookbook cover image linking to the same shop page, first block of the promo (9.1 sibling boxes)"),
 C("follow", "Follow me: Facebook Instagram Pinterest YouTube", "outside", FT+"/div[1]/div/div/div/div[2]", note="footer 'Follow me:' label and Facebook / Instagram / Pinterest / YouTube icons"),
]
ads=[]
