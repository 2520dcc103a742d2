from _dsl import *
FILE="wcxb/html/4130.html.gz"
# CleverHiker (WordPress block theme, Amsive blocks) gear guide 'Best Camping Hammocks of 2026' by Taylor Passofaro: header
# (search, logo, top-right 'About Us / Subscribe' nav, megamenu with responsive modal); sticky 'Jump to section' table of
# contents; article header (breadcrumb, h1, date, share icons Facebook / Twitter / LinkedIn / e-mail, author, 'We
# independently test ...' tooltip with 'Learn more about us'); content: featured image, intro with the lead-in 'And for
# more info, check out some of our other most popular gear guides:' and a list of 5 guide lines (6 links), Quick Picks
# (product lines with in-page 'Jump to Review' buttons), What's New, empty chart canvases, 10 product boxes (image, rating,
# specs, 'View at <retailer>' button box, pros/cons, write-up closing with 'More: <product> Full Review'), 'Product
# Comparison Table' with per-row retailer buttons, How We Test, Why Trust CleverHiker, Analysis & Results, How to Choose,
# Conclusion; empty Amsive comments root; empty pre-footer; 'Need more Backpacking Equipment advice?' band of 12 guide
# cards; 'Get the best content from CleverHiker' newsletter band; footer (newsletter form, footer navs, social icons,
# affiliate disclosure, copyright); 'Win Free Gear!' newsletter modal.
# No ads (no ad markup or ad scripts; only a googletag reference in a head script).
# Not labelled: search, menus and megamenu (incl. the footer 'Contact' entry), sticky TOC, breadcrumb, author, disclosure
# tooltip, Quick Picks lines and their 'Jump to Review' anchors (in-page navigation), in-text retailer and review links,
# chart canvases, empty pre-footer, affiliate disclosure and legal links.
PC="/html/body/div/main/div[3]"
FT="/html/body/div/footer/div[2]/div[1]"
related=[
 R(PC+"/div[1]/div", "And for more info, check out some of our other most popular gear guides:", 6, "inline", note="list of 5 guide lines (6 links: tents, mattresses, sleeping bags, chairs, men's / women's hiking shoes) under the intro's lead-in p[3] (9.1: the group holding the list); left out of the wcxb ground truth"),
 R(PC+"/div[5]/div/div[4]/div/p[6]", None, 1, "inline", note="'More: Warbonnet Blackbird Full Review' line closing the Warbonnet Blackbird entry (bold lead-in label and link to the site's full review, 11.4); kept in the wcxb ground truth"),
 R(PC+"/div[6]/div/div[4]/div/p[5]", None, 1, "inline", note="'More: Dutchware Chameleon Full Review' line closing the Dutchware Chameleon entry (bold lead-in label and link to the site's full review, 11.4); kept in the wcxb ground truth"),
 R(PC+"/div[7]/div/div[4]/div/p[5]", None, 1, "inline", note="'More: Dream Hammocks Darien Full Review' line closing the Dream Hammocks Darien entry (bold lead-in label and link to the site's full review, 11.4); kept in the wcxb ground truth"),
 R(PC+"/div[8]/div/div[4]/div/p[4]", None, 1, "inline", note="'More: Onewind Tempest Hammock Full Review' line closing the Onewind Tempest entry (bold lead-in label and link to the site's full review, 11.4); kept in the wcxb ground truth"),
 R(PC+"/div[9]/div/div[4]/div/p[5]", None, 1, "inline", note="'More: Hammock Gear Circadian Pro Full Review' line closing the Hammock Gear Circadian Pro entry (bold lead-in label and link to the site's full review, 11.4); kept in the wcxb ground truth"),
 R(PC+"/div[10]/div/div[4]/div/p[6]", None, 1, "inline", note="'More: Kammok Mantis UL Hammock Full Review' line closing the Kammok Mantis UL entry (bold lead-in label and link to the site's full review, 11.4); kept in the wcxb ground truth"),
 R(PC+"/div[11]/div/div[4]/div/p[6]", None, 1, "inline", note="'More: ENO Junglenest Full Review' line closing the ENO Junglenest entry (bold lead-in label and link to the site's full review, 11.4); kept in the wcxb ground truth"),
 R(PC+"/div[12]/div/div[4]/div/p[6]", None, 1, "inline", note="'More: Hennessy Expedition Asym Zip Hammock Full Review' line closing the Hennessy Expedition Asym Zip entry (bold lead-in label and link to the site's full review, 11.4); kept in the wcxb ground truth"),
 R(PC+"/div[13]/div/div[4]/div/p[4]", None, 1, "inline", note="'More: Hennessy Ultralite Asym Zip Hammock Full Review' line closing the Hennessy Ultralite Backpacker Asym Zip entry (bold lead-in label and link to the site's full review, 11.4); kept in the wcxb ground truth"),
 R(PC+"/div[14]/div/div[4]/div/p[5]", None, 1, "inline", note="'More: Covacure Camping Hammock Full Review' line closing the Covacure Camping Hammock entry (bold lead-in label and link to the site's full review, 11.4); kept in the wcxb ground truth"),
 R("/html/body/div/div[2]", "Need more Backpacking Equipment advice?", 12, "after|outside", note="pre-footer 'Need more Backpacking Equipment advice?' band of 12 guide cards (one is this guide)"),
]
ctas=[
 C("newsletter", "Subscribe", "outside", "/html/body/div/header/div/div/div[3]/nav/ul/li[2]", amb=True, note="'Subscribe' entry of the two-link top-right header nav (About Us / Subscribe): a menu link"),
 C("share", "", "before", "/html/body/div/main/div[2]/div/div[3]", note="share icons under the date: Facebook, Twitter, LinkedIn, e-mail"),
 C("other", "View At Warbonnet", "inline", PC+"/div[5]/div/div[1]/div[3]", amb=True, note="Warbonnet Blackbird retailer button box (View At Warbonnet; rel sponsored affiliate links; 10.2)"),
 C("other", "View at Dutchware", "inline", PC+"/div[6]/div/div[1]/div[3]", amb=True, note="Dutchware Chameleon retailer button box (View at Dutchware; rel sponsored affiliate links; 10.2)"),
 C("other", "View at Dream Hammocks", "inline", PC+"/div[7]/div/div[1]/div[3]", amb=True, note="Dream Hammocks Darien retailer button box (View at Dream Hammocks; rel sponsored affiliate links; 10.2)"),
 C("other", "View at Amazon View At Onewind", "inline", PC+"/div[8]/div/div[1]/div[3]", amb=True, note="Onewind Tempest retailer button box (View at Amazon View At Onewind; rel sponsored affiliate links; 10.2)"),
 C("other", "View at Hammock Gear View at Garage Grown Gear", "inline", PC+"/div[9]/div/div[1]/div[3]", amb=True, note="Hammock Gear Circadian Pro retailer button box (View at Hammock Gear View at Garage Grown Gear; rel sponsored affiliate links; 10.2)"),
 C("other", "View at REI View at Amazon", "inline", PC+"/div[10]/div/div[1]/div[3]", amb=True, note="Kammok Mantis UL retailer button box (View at REI View at Amazon; rel sponsored affiliate links; 10.2)"),
 C("other", "View at REI View at Amazon", "inline", PC+"/div[11]/div/div[1]/div[3]", amb=True, note="ENO Junglenest retailer button box (View at REI View at Amazon; rel sponsored affiliate links; 10.2)"),
 C("other", "View at REI View at Amazon", "inline", PC+"/div[12]/div/div[1]/div[3]", amb=True, note="Hennessy Expedition Asym Zip retailer button box (View at REI View at Amazon; rel sponsored affiliate links; 10.2)"),
 C("other", "View at Amazon View At REI", "inline", PC+"/div[13]/div/div[1]/div[3]", amb=True, note="Hennessy Ultralite Backpacker Asym Zip retailer button box (View at Amazon View At REI; rel sponsored affiliate links; 10.2)"),
 C("other", "View at Amazon", "inline", PC+"/div[14]/div/div[1]/div[3]", amb=True, note="Covacure Camping Hammock retailer button box (View at Amazon; rel sponsored affiliate links; 10.2)"),
 C("other", "Product Price Measured Weight Weight Limit Dimensions Comfort Features Weight Score Ease of Use", "inline", PC+"/section/div[2]", amb=True, note="comparison table whose rows each carry 'View At <retailer>' buttons: one listing CTA (convention 1; affiliate buttons in the text, 10.2)"),
 C("comments", "", "after", "/html/body/div/main/div[4]", amb=True, note="empty #amsive-comments--root after the content (script-filled, 10.9)"),
 C("newsletter", "Get the best content from CleverHiker & around the backpacking world Subscribe", "after|outside", "/html/body/div/div[3]", note="pre-footer newsletter band with Gravity Forms e-mail form ('Social media is great, but our bi-weekly newsletter ...')"),
 C("newsletter", "Subscribe to Our Newsletter", "outside", FT+"/div[1]", note="footer 'Subscribe to Our Newsletter' Gravity Forms column"),
 C("follow", "YouTube Instagram Facebook Twitter", "outside", FT+"/div[3]/ul", note="footer social links: YouTube, Instagram, Facebook, Twitter"),
 C("newsletter", "Win Free Gear! Subscribe to our newsletter for your chance to win free gear.", "outside", "/html/body/div/footer/div[3]", amb=True, note="'Win Free Gear!' newsletter modal (dialog with close button and e-mail form), opened by script (9.5)"),
]
ads=[]
