from _dsl import *
FILE="wcxb/html/4444.html.gz"
# Substack post of Christopher S. Penn's 'Almost Timely News: Using AI for Analytics (2025-09-21)', the whole e-mail issue
# in one body markup: top bar (logo, title, search / 'Share Publication' icons, 'Subscribe' and 'Sign in' buttons); post
# header (h1, subtitle, byline, like/comment/restack/Share row); issue body: 'View in Browser' line, header image, 'The
# Big Plug' (two promo lines: London workshop, AI-Ready Strategist course), 'Content Authenticity Statement', 'Watch This
# Newsletter On YouTube' (empty YouTube embed, video and MP3 links), the essay 'What's On My Mind: Using AI for Analytics'
# (Parts 1-4: the article), then the newsletter's recurring sections: 'How Was This Issue?' rating links, Substack share
# button box, Substack subscribe widget, 'Here's The Unsubscribe', 'Share With a Friend or Colleague', 'Advertisement:
# London 2025 Event', 'ICYMI' story list, 'On The Tubes' video list, 'Skill Up With Classes' (Premium / Free course
# lists), 'Advertisement: New AI Book!', 'Get Back to Work' job list, 'Advertisement: New AI Strategy Course', 'How to
# Stay in Touch' (channel list, theme-song links), 'Advertisement: Ukraine Humanitarian Fund', 'Events I'll Be At' (with
# speaking-page and Slack-group lines), 'Required Disclosures', 'Thank You' sign-off; post footer like/Share row;
# Previous/Next buttons; 'Discussion about this post' (tabs, empty comments section); empty 'Top / Latest / Discussions'
# archive ('No posts'); 'Ready for more?' subscribe form; footer (terms, 'Start your Substack', 'Get the app', slogan).
# The newsletter sections have no containers of their own: each item below is the section's list, paragraph or heading.
# Not labelled: 'View in Browser' line, header image, 'Content Authenticity Statement', 'Watch This Newsletter On
# YouTube' (the issue itself as video/audio), search icon and 'Sign in' button, 'Get Back to Work' job list (newsletter
# content, not stories), 'Events I'll Be At' list, 'Required Disclosures', sign-off, footer terms links and slogan.
NB="/html/body/div/div[1]/div[1]/div/div[1]/div/div[3]/div/div"
AR="/html/body/div/div[1]/div[2]/div/div[1]/div/div/article"
BM=AR+"/div[3]/div[1]/div"
PS="/html/body/div/div[1]/div[2]/div/div[2]"
related=[
 R(BM+"/ul[2]", "ICYMI: In Case You Missed It", 9, "after", note="'ICYMI: In Case You Missed It' list of 9 links (livestream, blog posts, podcast) after the essay; heading h2[9] and intro line are preceding siblings"),
 R(BM+"/ul[3]", "On The Tubes", 8, "after", note="'On The Tubes' list of 8 'You Ask, I Answer' YouTube videos; heading h2[10] is a preceding sibling"),
 R(AR+"/div[3]/div[4]", None, 0, "after", amb=True, note="Previous / Next post buttons (script buttons, no links in the HTML)"),
 R(PS+"/div[3]", None, 0, "after", amb=True, note="'Top / Latest / Discussions' post archive tabs, empty ('No posts')"),
]
ctas=[
 C("share", "", "outside", NB+"/div/button", amb=True, note="top-bar 'Share Publication' icon button"),
 C("newsletter", "Subscribe", "outside", NB+"/button[1]", note="top-bar 'Subscribe' button (free Substack e-mail subscription)"),
 C("share", "30 1 Share", "before", AR+"/div[1]/div/div[2]", note="post UFI row under the byline: Like (30), comments, restack (1), Share"),
 C("other", "🇬🇧 There are only 4 seats left for my full day workshop in London, England, on 31 October!", "before", BM+"/p[2]", note="'The Big Plug' promo line 1: workshop registration link (heading h2[1] is the preceding sibling)"),
 C("other", "👁️ Register for our new online course, the AI-Ready Strategist, now available!", "before", BM+"/p[3]", note="'The Big Plug' promo line 2: course registration link"),
 C("other", "😄 Good 😐 Neutral 😦 Bad", "after", BM+"/ul[1]", note="'How Was This Issue?' one-click rating links (survey); heading h2[5] and prompt p[41] are preceding siblings"),
 C("share", "Thanks for reading Almost Timely Newsletter! This post is public so feel free to share it. Share", "after", BM+"/div[3]", note="Substack captioned share button box"),
 C("newsletter", "Thanks for reading Almost Timely Newsletter! Subscribe for free to receive new posts and support my work.", "after", BM+"/div[4]", note="Substack subscription widget (e-mail field, Subscribe button)"),
 C("newsletter", "It took me a while to find a convenient way to link it up, but here's how to get to the unsubscribe.", "after", BM+"/p[43]", amb=True, note="'Here's The Unsubscribe' section (prompt, missing-image embed, unsubscribe URL): newsletter management rather than a call to act"),
 C("share", "If you enjoy this newsletter and want to share it with a friend/colleague, please do.", "after", BM+"/p[46]", note="'Share With a Friend or Colleague' prompt (the URL to send follows in p[47])"),
 C("other", "For enrolled subscribers on Substack, there are referral rewards if you refer 100, 200, or 300 other readers.", "after", BM+"/p[48]", amb=True, note="referral-rewards line with 'Visit the Leaderboard here' link, part of the share section"),
 C("other", "🧭 New! The AI-Ready Strategist 💥 Generative AI Use Cases for Marketers", "after", BM+"/ul[4]", note="'Skill Up With Classes' / 'Premium' list of 6 paid courses"),
 C("other", "New! Never Think Alone: How AI Has Changed Marketing Forever (AMA 2025)", "after", BM+"/ul[5]", amb=True, note="'Skill Up With Classes' / 'Free' list of 5 free courses and papers (lead magnets; could be read as related content)"),
 C("follow", "My blog - daily videos, blog posts, and podcast episodes", "after", BM+"/ul[8]", note="'How to Stay in Touch' list of the author's channels (blog, YouTube, company, podcasts, Bluesky, LinkedIn, Instagram, Slack)"),
 C("other", "Apple Music Spotify YouTube", "after", BM+"/ul[9]", amb=True, note="'Listen to my theme song as a new single' links (Apple Music, Spotify, YouTube)"),
 C("donate", "The war to free Ukraine continues.", "after", BM+"/p[71]", amb=True, note="'Advertisement: Ukraine Humanitarian Fund' appeal (heading h2[16] precedes; 'Donate today' link in p[72]); headed as an advertisement"),
 C("contact", "If you're an event organizer, let me help your event shine. Visit my speaking page for more details.", "after", BM+"/p[75]", note="speaking-booking line under 'Events I'll Be At'"),
 C("other", "Can't be at an event? Stop by my private Slack group instead, Analytics for Marketers.", "after", BM+"/p[76]", note="Slack community invitation line"),
 C("share", "30 1 Share", "after", AR+"/div[3]/div[3]", note="post footer UFI row: Like (30), comments, restack (1), Share"),
 C("comments", "Discussion about this post Comments Restacks", "after", PS+"/div[2]", note="'Discussion about this post' section with Comments/Restacks tabs and an empty comments section"),
 C("newsletter", "Ready for more? Subscribe", "after|outside", PS+"/div[5]", note="'Ready for more?' subscribe form at the foot of the post"),
 C("other", "Start your Substack", "outside", "/html/body/div/div[1]/div[4]/div[2]/div/div[2]/a[1]", amb=True, note="footer 'Start your Substack' platform link"),
 C("app", "Get the app", "outside", "/html/body/div/div[1]/div[4]/div[2]/div/div[2]/a[2]", note="footer 'Get the app' button"),
]
ads=[
 A(BM+"/h2[8]", "after", "'Advertisement: London 2025 Event On 31 October' heading of an in-issue ad (its copy and register link are the following paragraphs p[49]-p[57]; the author's own workshop)"),
 A(BM+"/h2[12]", "after", "'Advertisement: New AI Book!' heading of an in-issue ad for the author's book (copy, bullet list and order link follow: p[61]-p[64], ul[6])"),
 A(BM+"/h2[14]", "after", "'Advertisement: New AI Strategy Course' heading of an in-issue ad (copy and 'Take the course now!' link follow: p[66]-p[68])"),
]
