from _dsl import *
FILE="wcxb/html/4620.html.gz"
# The Princeton Review advice article 'Popular College Application Essay Topics': cookie banner; hidden leaderboard container;
# desktop nav (two versions, mega menus, account links) + mobile nav (Call, Cart, menu); page header with a mobile-only
# '$25 Off' e-mail offer, a hidden share row, 'Back to All Articles', headline; main: text with three 'Read More:' callouts,
# a YouTube thumbnail, a 'Looking for strategic college advice? ... Learn More' promo after a rule, 'Read More' tag list,
# staff author box; right rail: empty section, AP tutoring banner, two info cards (free SAT test, free roadmap), 'FREE SAT
# Resources', 'SAT/ACT Courses' links, 'Related Articles' (6 links), 'Related Articles' (4 thumbnails), hidden 300x250 ad
# containers; 'Explore Colleges For You' promo carousel; hidden pink pop-up of course links; footer (support phones,
# partnerships, Register Book, sitemap columns, legal, social icons); empty action modal; OneSignal soft ask.
# Not labelled: navigation menus and account links, 'Back to All Articles', the YouTube thumbnail (body media), the 'Read
# More' tag list (tags), footer sitemap/partnerships/legal links, 'Register Book' form, the empty #actionModal, the empty
# 'homepage-promo-container' in the mobile header, the cookie banner and opt-out pill.
M="/html/body/div[9]/div[2]/main"
RR="/html/body/div[9]/div[2]/aside"
S3=RR+"/section[3]"
FT="/html/body/div[10]/div[1]/div/div/div/div[1]/div[1]"
related=[
 R(M+"/div[1]", None, 1, "inline", amb=True, note="'Read More:' callout to the paid Premier Essay service: the related form of the callouts beside it (also an ambiguous CTA; added when set K was read)"),
 R(M+"/div[3]", None, 1, "inline", amb=True, note="'Read More: Get Expert Advice From Our College Admissions Experts!' callout, links to the admission quiz (promo-like wording)"),
 R(M+"/div[4]", None, 1, "inline", note="'Read More: 5 Ways College Application Essays and High School Essays Are Different' callout"),
 R(S3+"/div[4]", "Related Articles", 6, "outside", note="right rail 'Related Articles' icon list of 6 advice articles"),
 R(S3+"/ul", "Related Articles", 4, "outside", note="right rail second 'Related Articles' list (h3.related-art sibling) of 4 thumbnail links"),
]
ctas=[
 C("other", "$25 Off Enter your email to unlock an extra $25 off an SAT or ACT program!", "before|outside", "/html/body/div[9]/div[1]/section", note="mobile-only 'bottom-offer' e-mail form for a $25 discount (hidden on sm and up)"),
 C("share", "Tweet", "before", "/html/body/div[9]/div[1]/div[1]", amb=True, note="hidden share row above the headline (Twitter, Facebook, e-mail, copy URL)"),
 C("other", "Read More: Get Expert Essay Advice From Former Admissions Officers!", "inline", M+"/div[1]", amb=True, note="'Read More:' callout linking to the paid Premier Essay service"),
 C("other", "Looking for strategic college advice?", "after", M+"/h3[12]", note="promo after the text and a rule: heading, 'Get one-on-one help from former Ivy League...' paragraph and 'Learn More' button (three loose siblings; the heading is the locator)"),
 C("follow", "The Staff of The Princeton Review For more than 40 years", "after", M+"/aside", amb=True, note="staff author box ending 'Follow us on Twitter: @ThePrincetonRev'"),
 C("other", "How Will You Score? Find out today with a free full-length SAT practice test. Free SAT Practice Test", "outside", S3+"/div[1]/div[1]", note="right rail info card with 'Free SAT Practice Test' button"),
 C("other", "Your Free College Prep Guide Take the stress out of college prep with a clear, step-by-step guide.", "outside", S3+"/div[1]/div[2]", note="right rail info card with 'Free College Roadmap' download button"),
 C("other", "FREE SAT Resources SAT Free Live Events SAT Self-Paced FREE Trial SAT Study Hub College Admissions Webinars", "outside", S3+"/div[2]", amb=True, note="right rail 'FREE SAT Resources' promo link list (events, free trial, study hub, webinars)"),
 C("other", "SAT Courses 1500 Tutoring 1400+ Course Essentials Course", "outside", S3+"/div[3]", amb=True, note="right rail SAT/ACT course product links"),
 C("other", "Explore Colleges For You Connect with our featured colleges", "after|outside", "/html/body/div[9]/div[2]/div", amb=True, note="full-width promo carousel under main and rail: featured colleges inquiry, career quiz, NCSA athletic recruiting (partner), Best 391 Colleges"),
 C("other", "SAT Prep Courses 1400+ Course Tutoring ACT Prep Courses", "outside", "/html/body/div[9]/div[3]/section", amb=True, note="hidden 'pink pop-up' of course links with an open button"),
 C("contact", "Enrollment Advisor 1-800-2REVIEW (800-273-8439) ext. 1", "outside", FT+"/div[1]", amb=True, note="footer enrollment advisor phone, FAQ, hours"),
 C("contact", "Student Support 1-800-2REVIEW (800-273-8439) ext. 2", "outside", FT+"/div[2]", amb=True, note="footer student support phone, FAQ, hours"),
 C("follow", "", "outside", "/html/body/div[10]/div[3]/div/div/div[4]/div", note="footer social icons (Facebook, X, Instagram, YouTube, LinkedIn)"),
 C("other", "Want to receive SPECIAL OFFERS from The Princeton Review? Yes, I love saving money!", "outside", "/html/body/div[12]", amb=True, note="(ambiguous since set K was read: hidden like a modal) fixed OneSignal push-notification soft ask (display:none until triggered)"),
 C("other", "", "outside", "/html/body/div[7]", amb=True, note="empty #academicTutoringLauncherPlaceholder (script-filled tutoring launcher)"),
]
ads=[
 A("/html/body/div[2]", "before|outside", "hidden leaderboardAd container at the top of body (script-filled)"),
 A(RR+"/section[2]", "outside", "right rail house banner 'AP-5-Banner' for the AP tutoring course (desktop + mobile links)", amb=True),
 A(RR+"/div/div[1]", "outside", "right rail #ad_300x250_a_rhs (empty, container hidden)"),
 A(RR+"/div/div[2]", "outside", "right rail #ad_300x250_b_container with #ad_300x250_b_rhs (empty, hidden)"),
]
