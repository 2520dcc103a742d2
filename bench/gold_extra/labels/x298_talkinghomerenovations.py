from _dsl import *
FILE="wcxb/html/0107.html.gz"
# Talking Home Renovations (WordPress + Elementor header, Captivate podcast episode) 'Home Networks and Cyber Security':
# header (site title, nav Home / Episode Enhancements / Transcripts / Be A Guest / Press ...); episode (title, Captivate
# player iframe, show notes: intro, guest links, guest bio = the body; then a row of asterisks and the standing show
# boilerplate: 'Tell me your story!' call for stories, design-network membership note, 'Help me spread the word' + share
# request, Facebook group / Instagram / TikTok lines, 'Join our mailing list!', credits (editor, music, cover art,
# production), 'Email questions for future episodes', 'Ask an Architect' help-line promo); empty post-tags div; 'Leave a
# Reply' comment form; empty footer; cookie bar, 'Manage consent' tab and cookie settings modal. No related block, no ads,
# no ad configuration.
# Not labelled: header nav (incl. 'Be A Guest'), player iframe, the asterisk separator, design-network note, credit lines,
# cookie bar / consent tab / settings modal.
BD="/html/body/div/main/div"
related=[]
ctas=[
 C("contact", "Tell me your story! I am working on a series called Renovation Stories", "after", BD+"/p[8]", note="call for listeners' renovation stories by e-mail (show boilerplate after the notes)"),
 C("share", "Help me spread the word about this podcast!", "after", BD+"/p[10]", note="'Help me spread the word' prompt (its text continues in the next paragraph)"),
 C("share", "Send a link to this show to 3 of your friends who you think could use information about home renovations.", "after", BD+"/p[11]", amb=True, note="second paragraph of the share prompt: send to 3 friends, leave a review and rating"),
 C("follow", "Join the Facebook group– https://www.facebook.com/TalkingHomeRenovations", "after", BD+"/p[12]", note="'Join the Facebook group' line"),
 C("follow", "Follow me on instagram: @talkinghomerenovations", "after", BD+"/p[13]", note="'Follow me on instagram' line"),
 C("follow", "Join me on TikTok: @The House Maven", "after", BD+"/p[14]", note="'Join me on TikTok' line"),
 C("newsletter", "Join our mailing list! Get a newsletter when an episode is published with insider information join here", "after", BD+"/p[15]", note="mailing-list line with 'join here' link"),
 C("contact", "Email questions for future episodes to thehousemaven@talkinghomerenovations.com", "after", BD+"/p[20]", note="e-mail questions line"),
 C("other", "Do you need a bit of design help? If you are in Massachusetts, check out my new Ask an Architect design help-line", "after", BD+"/p[21]", amb=True, note="promo for the host's paid 'Ask an Architect' zoom help-line (could be read as contact)"),
 C("comments", "Leave a Reply Cancel reply", "after", "/html/body/div/main/section", note="'Leave a Reply' comment form"),
]
ads=[]
