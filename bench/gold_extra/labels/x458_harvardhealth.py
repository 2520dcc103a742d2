from _dsl import *
FILE="wcxb/html/4561.html.gz"
# Harvard Health Publishing article 'What meditation can do for your mind, mood, and health': header (logo,
# 'HarvardHealthOnline+' button, utility nav with search / Customer Service / Content Licensing / About Us / Log In,
# secondary nav 'Free HealthBeat Signup' / Shop drop-down / 'Pay Subscription Bill', main nav); hidden mobile menu and
# search drop-down; 'Recent Articles' ribbon carousel (10 stories; desktop copy above the article, mobile copy below it);
# article (topic link, h1, date, share/print row, text with image table, h2 sections and lists, share/print row,
# disclaimer); 'Related Topics' band (3 article cards + 2 topic tags); 'Free Healthbeat Signup' band; footer (logo, social
# icons, My Account / Order Now / More link columns, copyright, legal links, scroll-to-top); four x-cloak sign-up pop-ups
# (exit-intent, welcome with video, mobile, sticky bottom bar). No ad slots and no ad configuration.
# Not labelled: utility nav and main nav, hidden mobile menu (incl. its HealthBeat/Subscriptions links), search drop-down,
# topic link, disclaimer, footer link columns (incl. 'Order Now' shop links), legal links, scroll-to-top.
HD="/html/body/div[1]/header/div[1]/div/div[1]"
MN="/html/body/div[1]/main"
AR=MN+"/div[2]/div/div/article"
PP="/html/body/div[2]"
related=[
 R(MN+"/div[1]", "Recent Articles", 10, "before|outside", note="'Recent Articles' ribbon carousel over the page (desktop copy, hidden sm:block): 10 recent health stories"),
 R(MN+"/div[3]", "Recent Articles", 10, "after|outside", amb=True, note="mobile copy (sm:hidden) of the 'Recent Articles' ribbon, below the article: a device variant of the block above"),
 R(MN+"/div[5]", "Related Topics", 3, "after", note="'Related Topics' band: 3 article cards (tai chi, magnesium, acupuncture) and 2 topic tags"),
]
ctas=[
 C("subscribe", "HarvardHealthOnline+", "outside", HD+"/a", note="red header button 'HarvardHealthOnline+' (paid membership, utm_campaign=top_button)"),
 C("other", "Free HealthBeat Signup Shop Subscriptions Special Health Reports Online Courses Pay Subscription Bill", "outside", HD+"/div[2]/nav[2]", amb=True, note="secondary header nav of red asks: 'Free HealthBeat Signup' (newsletter), Shop drop-down (subscriptions, reports, courses), 'Pay Subscription Bill'; a menu or a utility bar"),
 C("share", "Share Share this page to Facebook Share this page to X Share this page via Email Copy this page to clipboard", "before", AR+"/div[2]", note="share row under the date (Facebook, X, e-mail, copy link) with print button"),
 C("share", "Share Share this page to Facebook Share this page to X Share this page via Email Copy this page to clipboard", "after", AR+"/div[4]", note="share row under the text (same as above) with print button"),
 C("newsletter", "Free Healthbeat Signup Get the latest in health news delivered to your inbox! Sign Up", "after|outside", MN+"/div[6]", note="'Free Healthbeat Signup' band with 'Sign Up' button, between Related Topics and the footer"),
 C("follow", "Facebook X (formerly known as Twitter) Linkedin YouTube", "outside", "/html/body/div[1]/footer/div[1]/div[1]/div", note="footer social icons (Facebook, X, LinkedIn, YouTube)"),
 C("newsletter", "Close Thanks for visiting. Don't miss your FREE gift. 25 Gut Health Hacks is yours absolutely FREE", "outside", PP+"/div[1]", amb=True, note="exit-intent pop-up: HealthBeat sign-up form with free '25 Gut Health Hacks' gift (x-cloak, shown by script)"),
 C("newsletter", "Close Are you looking for reliable, easy to understand, and clinically reviewed health", "outside", PP+"/div[2]", amb=True, note="welcome pop-up dialog with Wistia video and HealthBeat sign-up form (x-cloak, shown by script)"),
 C("newsletter", "Close Stay on top of latest health news from Harvard Medical School. Plus get a FREE on-line course", "outside", PP+"/div[3]", amb=True, note="mobile sign-up pop-up 'Sign me up' (x-cloak, shown by script)"),
 C("newsletter", "Close Stay on top of latest health news from Harvard Medical School. Plus get a FREE on-line course", "outside", PP+"/div[4]", amb=True, note="sticky bottom sign-up bar 'Sign me up' (x-cloak, shown by script)"),
]
ads=[]
