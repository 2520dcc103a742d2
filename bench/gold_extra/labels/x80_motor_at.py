from _dsl import *
FILE="trafilatura-eval/html/motor.at-elektroroller.html.gz"
ART="/html/body/app/main/home/section/section[1]/articlecomp/article"
D=ART+"/div"
related=[]
ctas=[
 C("follow", "", "outside", "/html/body/app/headercontainer/div/header/div/div/navbar/div/ul/li[11]/div/ul/li[11]", amb=True, note="social icon buttons inside the hidden 'Mehr' menu dropdown"),
 C("share", "facebook facebookMessenger whatsapp twitter mail pocket", "before", ART+"/header/socialbar", note="share bar under the lead text and byline"),
 C("newsletter", "Wir würden hier gerne eine Newsletter Anmeldung zeigen.", "after", D+"/newslettersignup", note="newsletter sign-up placeholder (Piano consent prompt) after the last paragraph"),
 C("subscribe", "", "after", D+"/div", amb=True, note="empty plus_inline_message container at the end of the body (paid-content message slot)"),
]
ads=[
 A("/html/body/app/ad1x1", "outside", "ad1x1 out-of-page container"),
 A("/html/body/app/div[2]", "before|outside", "ad-headerbanner superbanner above the site header"),
 A(D+"/adincontent", "before", "adInContent container before the first paragraph"),
 A(D+"/adfullbanner", "inline", "adFullbanner between 'Reichweite' heading and the next paragraph"),
 A("/html/body/app/main/home/section/section[2]/admediumrectangle", "outside", "adMediumRectangle in the left column region beside the article"),
 A("/html/body/app/adskyscraper", "outside", "fixed right skyscraper"),
 A("/html/body/app/div[3]", "outside", "empty sticky_banner (adhesion slot)", amb=True),
]
