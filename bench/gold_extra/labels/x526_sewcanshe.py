from _dsl import *
FILE="wcxb/html/4148.html.gz"
# SewCanShe (WordPress, Kadence theme) product round-up 'The 7 Best Sewing Machines for a Beginner': skip link; header
# (logo, main menu incl. 'Shop PDF Patterns' / 'Giveaway' / 'Sewing Bee Community', search form; mobile header copy);
# article (h1, categories, byline; text with intro, drop-in bobbin note, 'Is It Safe to Buy a Sewing Machine Online?'
# section, seven product sections each opening with a Kadence button naming the machine (Amazon / ShareASale affiliate
# links, rel=sponsored); 'More from SewCanShe:' h2 followed by three story entries (h2 title, image, one-link list),
# each with no container but the text column); affiliate disclosure paragraph; author box (bio, Facebook follow link);
# previous/next post navigation; right sidebar (Pinterest / Facebook / YouTube icons, image link to the free newsletter,
# empty Kadence row); footer (QUICK LINKS, FREE PATTERNS and SOCIAL columns; copyright); mobile drawer menu. No ads: the
# head only preconnects to ads.adthrive.com, no slot element.
# Not labelled: menus (header, mobile drawer), search forms, categories/byline, the hidden jpibfi (pin-it) input,
# affiliate disclosure, author bio text, empty sidebar Kadence row, footer QUICK LINKS (site menu incl. Newsletter /
# Login / Contact) and FREE PATTERNS columns, copyright line.
TX="/html/body/div[1]/main/div/div/div/div[2]/article/div/div"
CW="/html/body/div[1]/main/div/div/div/div[2]"
SB="/html/body/div[1]/main/div/div/aside/div"
related=[
 R(TX+"/ul[1]", "More from SewCanShe:", 3, "after", note="'More from SewCanShe:' (h2[2], preceding sibling) over three story entries with no container but the text column (convention 9.1): first entry's link list '12 Ways to Organize your Creative Space with 25+ Free Sewing Patterns to Help!'"),
 R(TX+"/ul[2]", "20 Free Sewing Patterns for DIY Car Organization & Road Trip Heaven", 1, "after", amb=True, note="second entry of 'More from SewCanShe:' (its h2 title and image are preceding siblings): link '20 Free Sewing Patterns for DIY Car Organization & Road Trip Heaven' (convention 9.1)"),
 R(TX+"/ul[3]", "10+ Best Quilt Panel Patterns to Make a Stunning Quilt in Record Time", 1, "after", amb=True, note="third entry of 'More from SewCanShe:': link '10+ Best Quilt Panel Patterns to Make a Stunning Quilt in Record Time' (convention 9.1)"),
 R(CW+"/nav", None, 2, "after", note="post navigation: Previous 'Simple & Sweet: 20+ FREE Felt Sewing Patterns You’ll Love!' / Next '45 DIY Upcycle and Repurpose Ideas To Sew'"),
]
ctas=[
 C("other", "JANOME 4120QDC-G", "inline", TX+"/div[2]/div/div", amb=True, note="Kadence button naming the product, Amazon affiliate link (rel=sponsored), opening the quilting-machine section (convention 10.2: one per box in a round-up)"),
 C("other", "Brother CS7000X", "inline", TX+"/div[4]/div/div", amb=True, note="affiliate product button (Amazon), entry-level section"),
 C("other", "BABYLOCK ALTAIR 2", "inline", TX+"/div[5]/div/div[1]/div/div[1]", amb=True, note="affiliate product button (ShareASale), high-end embroidery section"),
 C("other", "Brother SE700", "inline", TX+"/div[5]/div/div[2]", amb=True, note="affiliate product button (Amazon), embroidery-for-beginners section"),
 C("other", "Juki TL2010Q", "inline", TX+"/div[6]/div/div", amb=True, note="affiliate product button (Amazon), workhorse section"),
 C("other", "Janome Memory Craft Horizon 8200", "inline", TX+"/div[7]/div/div", amb=True, note="affiliate product button (Amazon), high-end section"),
 C("other", "Brother XR3774", "inline", TX+"/div[8]/div/div", amb=True, note="affiliate product button (Amazon), budget section"),
 C("follow", "", "after", CW+"/div/div/div[3]", amb=True, note="author box follow link (Facebook, 'Follow Angela Kaye Carpenter on Facebook'): author-bio social link"),
 C("follow", "Pinterest Facebook YouTube", "outside", SB+"/section[1]", note="right-sidebar social icons (Pinterest, Facebook, YouTube)"),
 C("newsletter", "", "outside", SB+"/section[2]", note="right-sidebar image (no alt text) linking to the free newsletter sign-up page"),
 C("follow", "SOCIAL Facebook Instagram Pinterest YouTube", "outside", "/html/body/div[1]/footer/div/div[1]/div/div/div/div[3]/div/div/section", note="footer 'SOCIAL' column with Facebook / Instagram / Pinterest / YouTube links"),
]
ads=[]
