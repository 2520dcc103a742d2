from _dsl import *
FILE="trafilatura-eval/html/reisen-mit-dem-internet.de.emden-21416.html.gz"
PA="/html/body/div/header/div[2]/div/article/div/div/article"
INFO=PA+"/div[10]/div[2]"
# A small WordPress travel page: intro + nine sight cards (each ending in external web/Wikipedia links, part of
# the body), then an 'Infos zum Reiseziel' card that only holds two ad slots. Tags, breadcrumbs (top and bottom),
# the search form and the credits footer are not labelled; page-level AdSense auto ads have no element.
related=[]
ctas=[]
ads=[
 A(INFO+"/div[1]", "after", "Booking.com affiliate widget (ins.bookingaff, deals finder) in the 'Infos zum Reiseziel' card after the last sight card", amb=True),
 A(INFO+"/div[2]", "after", "ins.adsbygoogle responsive slot beside it in the same card"),
]
