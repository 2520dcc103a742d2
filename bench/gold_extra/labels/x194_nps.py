from _dsl import *
FILE="wcxb/html/0341.html.gz"
# NPS Yosemite 'Webcams' page (CommonSpot): US-government banner, skip links, empty anniversary and promo banner
# containers, global header (search, collapsed nav), park header (local nav, Info/Alerts/Maps/Calendar/Fees), alerts
# notification, hidden contact-us modal; then the list of eight webcams (title, preview, description, 'View Webcam'
# button; the four Yosemite Conservancy ones each end with a 'make a gift to Yosemite Conservancy' link line);
# 'Last updated'; park footer (contact info, tools, empty 'Stay Connected' list); global footer (search, NPS app
# promo, legal links). No ad slot.
# Not labelled: government banner, skip links, menus, search, alerts, 'Exiting nps.gov' intercept modal, the
# 'webcam usage agreement' and 'View Webcam' links (part of each webcam entry), footer tools and legal links,
# outdated-browser modal.
TD="/html/body/div[10]/div[3]/div/div[2]/div[2]/div/div/table/tr/td"
PF="/html/body/div[10]/div[5]/div/div"
def gift(d):
    return C("donate", "You can provide for Yosemite’s future—and support this webcam—by making a gift to Yosemite Conservancy.",
             "inline", TD+"/div[%d]/div/p[3]" % d, amb=True,
             note="donation link line under a Conservancy webcam (kept as content by the source's ground truth)")
related=[]
ctas=[
 C("other", "", "outside", "/html/body/div[3]", amb=True, note="empty NPS anniversary banner container (filled by script)"),
 C("other", "", "outside", "/html/body/div[4]", amb=True, note="empty PromoBanner container (filled by script)"),
 C("contact", "Contact Us", "outside", "/html/body/div[10]/div[1]", amb=True, note="hidden contact-us modal with an empty iframe"),
 gift(7), gift(15), gift(23), gift(31),
 C("contact", "Contact Info Phone: 209/372-0200 Contact Us", "outside", PF+"/div[1]/div", note="park footer contact block (phone, 'Contact Us' link)"),
 C("follow", "Stay Connected", "outside", PF+"/div[2]/div/div[2]/div", amb=True, note="park footer 'Stay Connected' heading over an empty social list"),
 C("app", "Experience Your America. Download the NPS app to navigate the parks on the go.", "outside", "/html/body/footer/div/div[1]/div/div", note="global footer NPS app promo"),
]
ads=[]
