from _dsl import *
FILE="wcxb/html/0396.html.gz"
# Slashdot story 'Stanford Computer Science Grads Find Their Degrees No Longer Guarantee Jobs' (developers section): nav
# (logo, Stories / Firehose / Polls / Software / Thought Leadership menu, 'Submit' button, search, Login or Sign up,
# Topics menu, 'Follow us:' RSS/Facebook/LinkedIn/Twitter/YouTube/Mastodon/Bluesky links); m.slashdot.org message bar;
# hidden login modal; 728x90_a GPT banner; hidden moderation tag menus; firehose column (hidden MongoDB Atlas sponsored
# announcement; story: topic icons, h1 with source and '87' comment-count link, details, text; aside with empty sharethis
# span and tag editor, 'You may like to read:' box with previous / next stories and 5 related stories); right rail (empty
# slashboxes mount, 300x250_a GPT slot); 728x90_b GPT banner; comments container (comment box header with More / Reply /
# Login, d2 header with Post / Load All Comments and threshold slider, fine print, 87 comments with per-comment reply/share
# links, discussion buttons; 'Related Links' (Top of the day/week/month tabs) list of 5 stories; next / previous story
# aside); 728x90_c GPT banner and empty 'Slashdot Top Deals' template; fixed firehose footer bar (Post, hidden moderator
# buttons, 'Get more comments 87 of 87 loaded', 'Submit Story'); 'Forty two.' random quote; footer menu; CCPA modal;
# empty modal boxes; 1x1 GPT slot.
# Not labelled: menus (incl. Polls, Topics, footer Advertising/Feedback/Mobile View links), search, Login or Sign up, hidden
# login modal, moderation tag menus, tag editor, per-comment Reply/Share/Flag links (inside the comments), random quote,
# CCPA and generic modals, busy spinner.
ST="/html/body/div[2]/section/div[4]/div/div/div[2]/div"
CM="/html/body/div[2]/section/div[6]/div[1]/div/div/div[1]/div/div"
related=[
 R(ST+"/article/aside/section", "You may like to read:", 7, "after", note="box under the story: previous story (Ten Mistakes…), next story (Airbus…) and 5 related developers stories under 'You may like to read:'"),
 R(CM+"[2]/section", "Related Links", 5, "after", note="'Related Links' list (with Top of the day/week/month tabs) under the comments: 5 stories with comment counts"),
 R(CM+"[2]/aside", None, 2, "after", note="next / previous story aside beside 'Related Links' (Airbus…, Ten Mistakes…)"),
 R("/html/body/div[2]/section/div[4]/aside/div[1]", None, 0, "outside", amb=True, note="empty right-rail #slashboxesin mount (Slashdot's slashboxes, filled by script)"),
]
ctas=[
 C("contact", "Submit", "outside", "/html/body/div[2]/div/nav[1]/a", note="header 'Submit' button (submit a story to Slashdot)"),
 C("follow", "Follow us: RSS Facebook LinkedIn Twitter Youtube Mastodon Bluesky", "outside", "/html/body/div[2]/div/nav[2]/div[2]/nav[2]", note="header 'Follow us:' row (RSS, Facebook, LinkedIn, Twitter, YouTube, Mastodon, Bluesky)"),
 C("app", "Want to read Slashdot from your mobile device? Point it at m.slashdot.org and keep reading!", "outside", "/html/body/div[2]/section/div[1]", amb=True, note="message bar pointing to the mobile site m.slashdot.org (a mobile prompt, not an app)"),
 C("comments", "87", "before", ST+"/article/header/h1/span[2]", amb=True, note="comment-count link '87' in the headline"),
 C("share", "", "after", ST+"/article/aside/div/span", amb=True, note="empty #sharethis span under the story (share buttons filled by script)"),
 C("comments", "Stanford Computer Science Grads Find Their Degrees No Longer Guarantee Jobs More | Reply Login", "after", CM+"[1]", note="comments section: comment box header (More / Reply / Login), Post / Load All Comments bar, threshold slider, fine print, 87 comments, discussion buttons"),
 C("other", "Slashdot Top Deals", "after", "/html/body/div[2]/section/div[6]/div[1]/div/div/div[2]/div/div[2]", amb=True, note="'Slashdot Top Deals' band under the comments: heading and an unrendered handlebars deals template (StackCommerce shop)"),
 C("comments", "Post", "outside", "/html/body/div[2]/section/div[6]/footer[1]", amb=True, note="fixed firehose footer bar: 'Post' comment button, hidden moderator buttons, 'Get more comments 87 of 87 loaded', 'Submit Story' link (a utility bar)"),
]
ads=[
 A("/html/body/div[2]/section/div[3]", "before|outside", "banner-wrapper with GPT div-gpt-ad-728x90_a leaderboard above the story"),
 A(ST+"/div", "before", "hidden #announcement bar with a MongoDB Atlas sponsored link (utm_campaign display), shown by script", amb=True),
 A("/html/body/div[2]/section/div[4]/aside/div[2]", "outside", "right-rail railad with GPT div-gpt-ad-300x250_a"),
 A("/html/body/div[2]/section/div[5]", "after", "adwrap with GPT div-gpt-ad-728x90_b between the story and the comments"),
 A("/html/body/div[2]/section/div[6]/div[1]/div/div/div[2]/div/div[1]", "after", "adwrap with GPT div-gpt-ad-728x90_c under the comments"),
 A("/html/body/div[2]/section/div[6]/div[7]", "outside", "GPT div-gpt-ad-1x1 out-of-page slot at the end of the page"),
]
