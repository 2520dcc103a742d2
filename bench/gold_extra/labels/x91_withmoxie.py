from _dsl import *
FILE="wcxb/html/4252.html.gz"
T="/html/body/section[3]/div/div/div[1]"
NAV="/html/body/nav/div/div/div[1]"
related=[
 R(NAV+"/div[1]/div[3]/nav/div/div[2]", "Latest", 3, "outside", amb=True, note="'Latest' posts in the Learn drop-down of the desktop nav (hidden until opened)"),
 R(NAV+"/div[2]/div[2]/div[4]/div/div[3]", "Latest", 4, "outside", amb=True, note="'Latest' posts in the Learn section of the mobile menu (hidden)"),
 R(T+"/div[3]", "Featured articles", 3, "inline", note="'Featured articles' callout (3 linked posts) between the 3rd and 4th tool sections"),
 R(T+"/div[4]", "Related Posts", 1, "inline", amb=True, note="'Related Posts' callout hidden by w-condition-invisible, placeholder item 'This is some text inside of a div block.'"),
]
ctas=[
 C("other", "Get started", "outside", "/html/body/nav/div/div/div[2]/a[2]", amb=True, note="'Get started' sign-up button in the top nav (next to 'Log in')"),
 C("app", "Work from anywhere Download Moxie on your mobile device", "outside", NAV+"/div[2]/div[2]/div[7]", amb=True, note="app call-out at the bottom of the mobile menu (hidden)"),
 C("newsletter", "Join our email list today!", "inline", T+"/div[2]/div", note="email-list button at the end of the first text block"),
 C("other", "Start Your Free Trial!", "inline", T+"/div[5]/div", note="free-trial button after the Moxie section, before the recap"),
 C("other", "Embrace the Moxie Revolution Now!", "inline|after", T+"/div[5]/p[12]", amb=True, note="closing sign-up link paragraph (the source's ground truth keeps it in the body)"),
 C("share", "Share it!", "after", T+"/div[7]", note="'Share it!' addthis toolbox below the article (empty, script-filled)"),
 C("other", "Getting everything from your brain in one place Moxie makes all your systems work together", "after|outside", "/html/body/div[3]", note="free-trial promo band between the article and the footer"),
 C("app", "Work from anywhere Download Moxie on your mobile device.", "outside", "/html/body/footer/div[1]/div/div[3]", note="footer app-store call-out"),
 C("follow", "", "outside", "/html/body/footer/div[2]/div/div/div[1]/div", note="footer social icons"),
]
ads=[]
