from _dsl import *
FILE="wcxb/html/0125.html.gz"
# UVA School of Continuing and Professional Studies (Drupal) basic page 'What's the Difference Between a Certificate and a
# Certification?': header (eyebrow utility nav: Events / News / Current Students links and an eyebrow__cta pair of
# btn--blue buttons 'Finish Your Degree' / 'Start Your Application'; logo; main menu of five <details> mega menus
# (Business, Government, Healthcare, Public Safety, Technology), each with an 'Advance Your Career' blurb, a 'View …
# Programs' button and a program list; 'All Programs' button; a second header__utility-nav copy of the eyebrow inside
# the header__mobile-nav block; Site Menu / Search toggles); hidden search slide-out ('Start Exploring', search form,
# 'Recommended' menu of three links); main (h1, featured image, one paragraph with an in-sentence link 'certificate
# program', a two-column Certificate / Certification comparison table); footer ('Take the next step' RFI band, a
# <details open> with heading, summary 'Request more information about UVA SCPS degrees and certificates', SMS consent
# line and an empty form mount 'Loading...' that an apply.scps.virginia.edu script fills; site info: address,
# tel: and mailto: list, footer menu (Admissions, Why SCPS, People, Register for Classes, Transfer, Giving, …), social
# links Facebook / YouTube / LinkedIn / Instagram; UVA utilities menu, copyright). No ads, no ad configuration (Siteimprove,
# Google Tag, Fathom analytics only); no related block.
# Not labelled: the mega menus with their 'View … Programs' and 'All Programs' buttons (menus), the eyebrow's Events /
# News / Current Students links, the hidden search slide-out and its 'Recommended' menu (a menu of site sections, 6),
# the in-sentence link of the paragraph (a link on a term, not a pointer), the comparison table (body), footer menus
# (incl. 'Giving' and 'Register for Classes' among ordinary links), UVA utility links, copyright.
HD="/html/body/div/div/header"
FT="/html/body/div/div/footer"
related=[]
ctas=[
 C("other", "Finish Your Degree Start Your Application", "outside", HD+"/div[1]/nav/ul[2]", note="header eyebrow__cta pair of blue buttons 'Finish Your Degree' (degree-completion program) / 'Start Your Application' (admissions): one bar (convention 4), enrolment asks, kind other"),
 C("other", "Finish Your Degree", "outside", HD+"/div[1]/nav/ul[2]/li[1]", amb=True, note="'Finish Your Degree' button of the eyebrow bar (9.2/10.13: each button of a bar an amb item)"),
 C("other", "Start Your Application", "outside", HD+"/div[1]/nav/ul[2]/li[2]", amb=True, note="'Start Your Application' button of the eyebrow bar (9.2/10.13)"),
 C("other", "Events News Current Students Finish Your Degree Start Your Application", "outside", HD+"/div[2]/div/div/div[1]/nav[2]/ul", amb=True, note="second header__utility-nav inside header__mobile-nav repeating the eyebrow links and its two buttons with no bar container of their own: the drawer copy of the eyebrow (9.3; labelled on the list that holds the copied buttons)"),
 C("contact", "Take the next step RFI Form Take the next step Advancing your career and skill set has never been more achievable.", "after|outside", FT+"/details", amb=True, note="'Take the next step' request-for-information band at the top of the footer: heading, 'Request more information about UVA SCPS degrees and certificates', SMS consent line and an empty 'Loading...' form mount filled by a script (a heading over an empty mount a form script fills: amb, 10.9 as x607/x629/x635; asking to be contacted: contact, 9.6)"),
 C("contact", "2420 Old Ivy Road P.O. Box 400764 Charlottesville, VA 22903 (800) 346-3882 scpsinquiry@virginia.edu", "outside", FT+"/div[1]/div/div[2]", amb=True, note="footer__contact list: address, tel: link, mailto: link; no button or form (convention 2 / 10.5)"),
 C("follow", "Facebook YouTube LinkedIn Instagram", "outside", FT+"/div[1]/div/div[4]", note="footer__socialz: Facebook / YouTube / LinkedIn / Instagram profile links"),
]
ads=[]
