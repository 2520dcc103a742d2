from _dsl import *
FILE="wcxb/html/0399.html.gz"
# Echo Live (Cork, Examiner Echo Group) Cork Lives story 'In the garden: Three great evergreens for your plot': out-of-page
# GPT div; header (logo, desktop social icons + search, nav, hidden subnav copy with social icons, mobile second nav);
# top leaderboard slot; article (date, headline/standfirst/image, share buttons, empty author byline, text with four
# in-content GPT slots, 'Read More' line with one WoW Food story, a fifth in-content slot after the text, 'More in this
# section' (3 stories), 'READ NOW' slide-up story card); 'Sponsored Content' band (3 sponsored stories); 'Newsletter'
# sign-up box; right sidebar ('Latest' list of 4, MPU slot, 'Have you downloaded your FREE App?' promo, 'Subscribe to
# The Echo ePaper' promo, 'FOLLOW ECHO' social/newsletter icons, empty myhome.ie property-search widget mount, second MPU
# slot); footer (section link columns, 'Follow Us' icons, Services / Partners / Support columns, copyright); mobile footer
# links; search modal; 'Add Echolive.ie to your home screen' pop-up.
# Not labelled: menus and subnav links, empty author byline, footer link columns (incl. 'Advertise with us', 'Contact Us',
# 'Send us your news' among section links), mobile footer links, search modal.
AR="/html/body/div[2]/div/div[3]/div/div/div[1]"
ST=AR+"/article/div[5]"
SB="/html/body/div[2]/div/div[3]/div/div/div[2]"
related=[
 R(ST+"/div[1]/story/div[5]", "Read More", 1, "after", note="'Read More' line at the end of the text: 'WoW Food: Simple ways to elevate Christmas leftovers'"),
 R(ST+"/div[3]", "More in this section", 3, "after", note="'More in this section' band under the text: 3 My Weekend stories"),
 R(ST+"/div[4]", None, 1, "outside|after", note="'READ NOW' slide-up pop-up card with the next story ('I've made so many friends here': ... bridge club)"),
 R(AR+"/div[1]", "Sponsored Content", 3, "after", sponsored=True, note="'Sponsored Content' band under the article: 3 sponsored stories (/sponsored/ links)"),
 R(SB+"/div[1]", "Latest", 4, "outside", note="right-sidebar 'Latest' list of 4 stories"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div[2]/div/header/div/div/nav/div[1]", note="header social icons (Facebook, X, Instagram) with search icon, shown on desktop (mobile-hide)"),
 C("follow", "", "outside", "/html/body/div[2]/div/header/div/div/nav/div[3]/div", amb=True, note="copy of the header social icons inside the hidden subnav menu"),
 C("share", "", "before", AR+"/article/div[3]", note="share buttons under the headline (Facebook, WhatsApp, X, expander with LinkedIn/Reddit/mail)"),
 C("newsletter", "Newsletter Sign up to receive our weekly newsletter to be in with a chance to win prizes", "after", AR+"/div[2]", note="'Newsletter' Mailchimp sign-up box under the article"),
 C("app", "Have you downloaded your FREE App?", "outside", SB+"/div[3]", note="right-sidebar Echo Live app promo with store badges"),
 C("subscribe", "Subscribe to Sign up Download your ePaper app on", "outside", SB+"/div[4]", note="right-sidebar 'Subscribe to The Echo ePaper' promo (Sign up button, ePaper app badges)"),
 C("follow", "FOLLOW ECHO", "outside", SB+"/div[5]", note="right-sidebar 'FOLLOW ECHO' icons (Facebook, X, Instagram, newsletter link)"),
 C("other", "", "outside", SB+"/div[6]", amb=True, note="empty myhome.ie property-search widget mount (405px reserved, partner script fills it)"),
 C("follow", "Follow Us", "outside", "/html/body/div[2]/div/footer/div/div[2]", note="footer 'Follow Us' icons"),
 C("app", "Add Echolive.ie to your home screen - easy access to Cork news, views, sport and more", "outside", "/html/body/div[4]", amb=True, note="'Add to home screen' pop-up (shown by script)"),
]
ads=[
 A("/html/body/div[1]", "outside", "GPT out-of-page 1x1 slot div-gpt-ad-outofpage"),
 A("/html/body/div[2]/div/div[2]", "before|outside", "top leaderboard slot (LeaderTop, ROS_Top)"),
 A(ST+"/div[1]/story/div[1]", "inline", "in-content GPT slot 0 (ROS_InContent)"),
 A(ST+"/div[1]/story/div[2]", "inline", "in-content GPT slot 1"),
 A(ST+"/div[1]/story/div[3]", "inline", "in-content GPT slot 2"),
 A(ST+"/div[1]/story/div[4]", "inline", "in-content GPT slot 3"),
 A(ST+"/div[1]/story/div[6]", "after", "in-content GPT slot 4 after the text and its 'Read More' line"),
 A(SB+"/div[2]", "outside", "right-sidebar MPU slot (MPUTop, rightsidebar-mid)"),
 A(SB+"/div[7]", "outside", "right-sidebar bottom MPU slot (MPUEnd)"),
]
