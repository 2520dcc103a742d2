from _dsl import *
FILE="trafilatura-eval/html/xinhuanet.com.c_1125597921.html.gz"
# xinhuanet.com 'streamline' article page (commentary '武汉的声音：有英勇的你，才有英雄的城！'): top nav bar with logo,
# headline ticker, app/search/channel buttons, script-filled '下一篇' next-article link and hidden channel menu; header
# with hidden promo links, empty ad container, breadcrumb, title/date/source; left share rail (关注新华网 QR, WeChat,
# Weibo, Qzone, comment jump); text with photos; empty gallery swiper; '+1' like button; 【纠错】 correction link and
# editor line; hidden SEO story links; footer channel links + '关注我们' icons + corporate links; hidden WeChat share
# metadata and tracker.
# Not labelled: nav menus, breadcrumb, empty gallery (body photos), footer channel/corporate links, hidden share
# metadata, tracker.
P="/html/body/div[3]/div"
D=P+"/div[2]/div"
related=[
 R("/html/body/div[1]/div/div[1]", None, 10, "outside", amb=True, note="headline ticker (carousel) of 10 other Xinhua stories in the top nav bar"),
 R("/html/body/div[1]/div/a[2]", "下一篇", 0, "outside", amb=True, note="'下一篇' next-article link in the top bar, title filled by script"),
 R("/html/body/div[2]/div[1]/div[1]", None, 3, "outside", amb=True, note="hidden (display:none) header promo links (food-rumour portal, health special, Hongqi H7 car)"),
 R("/html/body/div[4]", None, 10, "outside", amb=True, note="hidden (display:none) 'seo' block of 10 related Wuhan/epidemic story links"),
]
ctas=[
 C("app", "客户端", "outside", "/html/body/div[1]/div/ul/li[1]", amb=True, note="top-bar '客户端' (client app) button, opens a script panel"),
 C("share", "关注新华网 微信 微博 Qzone 评论", "before|outside", P+"/div[1]", note="left share rail: 关注新华网 QR code, WeChat, Weibo, Qzone share icons and a comment jump link"),
 C("other", "+1", "after", D+"/div[2]", amb=True, note="'+1' like button under the text"),
 C("contact", "【纠错】", "after", D+"/div[3]/span/span", note="【纠错】 report-an-error link with its hidden iframe box"),
 C("follow", "关注我们", "outside", "/html/body/div[5]/div[2]/div[1]", note="footer '关注我们' WeChat/Weibo/QR icons"),
]
ads=[
 A("/html/body/div[2]/div[2]", "before|outside", amb=True, note="empty header ad container h-p2 > h-p2-ad3 above the title (filled by script)"),
]
