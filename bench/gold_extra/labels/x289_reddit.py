from _dsl import *
FILE="trafilatura-eval/html/reddit.com.init.html.gz"
# Reddit (new 2x React front end, server-rendered) r/Python thread 'What's your opinion on what to include in __init__.py ?':
# header (keyboard hint, home, community switcher r/Python, search, hidden quick links, log in / sign up, user menu); overlay
# title bar ('Close'); post (vote column, 'Posted by … Archived', title, self-text with links, action row '50 comments / share
# / save / hide / report' + '96% Upvoted'), 'This thread is archived' notice, 'Sort by best', comment tree (with 'Continue this
# thread' links and 'View entire discussion (50 comments)'), 'More posts from the Python community / Continue browsing in
# r/Python' band; right column (r/Python community card with 'Join', two empty 'advertisement' boxes, site footer links
# help / Reddit App / coins / premium / … / advertise / Terms, copyright); cookie-consent bar ('I Agree').
# Not labelled: header (log in / sign up, user menu, quick links), vote buttons, save/hide/report buttons, archive notice,
# sort picker, right-column site links (incl. 'Reddit App' / 'Reddit premium' / 'advertise' plain links), cookie bar.
TH="/html/body/div/div/div/div/div[2]/div/div[3]/div[1]"
PC=TH+"/div[2]/div[1]/div"
RC="/html/body/div/div/div/div/div[2]/div/div[3]/div[2]/div"
related=[
 R(TH+"/div[3]", "More posts from the Python community", 0, "after", amb=True, note="band under the thread: 'More posts from the Python community' + 'Continue browsing in r/Python' link to the subreddit (no posts in the HTML)"),
]
ctas=[
 C("comments", "50 comments", "after", PC+"/div[5]/div[1]/a", amb=True, note="comment-count link in the post action row"),
 C("share", "share", "after", PC+"/div[5]/div[1]/div[1]", note="share-menu button in the post action row under the self-text"),
 C("comments", "level 1 39 points", "after", TH+"/div[2]/div[4]", amb=True, note="comment tree (thread archived) with 'Continue this thread' links and 'View entire discussion (50 comments)'; on a forum thread the replies are arguably content (the eval data keeps them as comments)"),
 C("follow", "Join", "outside", RC+"/div[1]/div/div[7]", note="'Join' (subscribe to r/Python) button on the community card in the right column"),
]
ads=[
 A(RC+"/div[2]", "outside", "empty right-column box marked data-before-content='advertisement'"),
 A(RC+"/div[3]", "outside", "second empty right-column 'advertisement' box (sticky)"),
]
