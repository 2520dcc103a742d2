from _dsl import *
FILE="wcxb/html/0418.html.gz"
# Playful Void / Idle Cartulary (WordPress.com block theme, Jetpack) review 'Critique Navidad: Carved in Stone': header
# (logo image only); main column (date, h2 title, entry: italic intro, review paragraphs with product links and an
# in-sentence link to the blog's earlier Wulfwald review, signature 'Idle Cartulary', rule, italic appeal paragraph
# 'Playful Void is a production of Idle Cartulary. If you liked this article, please consider liking, sharing, and
# subscribing to the Idle Digest Newsletter… Ko-fi', Jetpack post flair with Tweet / Mastodon share buttons and the Like
# widget placeholder); category term; 'Posted by' author box; Previous Post / Next Post links; 'Leave a comment' Verbum
# form (no comments yet); right sidebar (Ko-fi image button, 'Want to support Playful Void or Bathtub Reviews? Donate to or
# join my Ko-fi!', affiliate-link note with 'Want to know more?', 'Have a module… you’d like me to review? Read my review
# policy here, and then email me…', 'Recent Posts' list of five, Jetpack podcast player 'Dungeon Regular' with five
# episodes, 'Categories' list, 'Archives' calendar, search, a trailing 'Recent Posts' heading with nothing under it);
# empty footer; hidden gravatar map; Jetpack carousel overlay (photo viewer with a 'Write a Comment...' form); hidden
# WordPress.com action bar (Comment / Subscribe with 'Join 89 other subscribers / Sign me up' form / more menu); hidden
# likes iframe and gravatar dialog. No ads, no ad configuration.
# Not labelled: header logo, product links in sentences ('Carved in Stone'), the intro's link to a Bluesky post, the
# signature line, category term, 'Posted by' author box (no link), the affiliate-link note (a disclosure; its only link
# goes to the bio), 'Categories' list, 'Archives' calendar, search, the trailing empty 'Recent Posts' heading (a heading
# with no list: an empty shell), the empty footer, gravatar map, likes iframe and dialog.
MC="/html/body/div[1]/main/div/div[1]"
E=MC+"/div[2]"
SB="/html/body/div[1]/main/div/div[2]/div"
related=[
 R(E+"/p[11]/a", None, 1, "inline", amb=True, note="'…something like Wulwald which I reviewed last year…': the link on the game's name goes to the blog's own Wulfwald review, inside an ordinary sentence (10.10: amb)"),
 R(MC+"/div[6]", None, 2, "after", note="'« Previous Post' / 'Next Post »' links under the author box"),
 R(SB+"/ul[1]", "Recent Posts", 5, "outside", note="sidebar 'Recent Posts' list of five Critique Navidad posts (heading h3 and list have no container but the column: the list, 9.1)"),
 R(SB+"/div[1]", "Dungeon Regular", 5, "outside", amb=True, note="sidebar Jetpack podcast player of the author's show 'Dungeon Regular' (description, audio player, five episode links to the podcast feed's audio files): recirculation of the site's own audio content, or a media widget"),
]
ctas=[
 C("other", "Playful Void is a production of Idle Cartulary. If you liked this article, please consider liking, sharing", "after", E+"/p[14]", note="italic appeal paragraph set apart by a rule after the signature: subscribe to 'the Idle Digest Newsletter' (Substack) and donate on Ko-fi (10.1 line set apart; two asks, so `other` with each ask amb, as 9.2)"),
 C("newsletter", "the Idle Digest Newsletter", "after", E+"/p[14]/em/a[1]", amb=True, note="'the Idle Digest Newsletter' link of the appeal (Substack sign-up)"),
 C("donate", "please consider a one-off donation or becoming a regular supporter of Idle Cartulary on Ko-fi", "after", E+"/p[14]/em/a[2]", amb=True, note="Ko-fi donation link of the appeal"),
 C("share", "Tweet Click to share on Mastodon (Opens in new window) Mastodon", "after", E+"/div/div[1]", note="Jetpack sharedaddy buttons (Tweet, Mastodon) in the post flair (as x708)"),
 C("share", "Like Loading…", "after", E+"/div/div[2]", amb=True, note="Jetpack Like widget placeholder in the post flair (like for the page, 11.6; script-filled)"),
 C("comments", "Leave a comment Cancel reply", "after", MC+"/div[8]", note="'Leave a comment' Verbum comment form (no comments yet)"),
 C("donate", "Want to support Playful Void or Bathtub Reviews? Donate to or join my Ko-fi!", "outside", SB+"/p[1]", note="sidebar line 'Want to support Playful Void or Bathtub Reviews? Donate to or join my Ko-fi!' (Ko-fi link)"),
 C("donate", "", "outside", SB+"/figure", amb=True, note="Ko-fi image button at the top of the sidebar, right above the 'Donate to or join my Ko-fi!' line (the same ask; no container holds both)"),
 C("contact", "Have a module, adventure or supplement you’d like me to review? Read my review policy here, and then email me", "outside", SB+"/p[3]", amb=True, note="sidebar review-submission ask: link to the review policy, e-mail address written out as text, Discord; no contact button or form (convention 2)"),
 C("comments", "Loading Comments... Write a Comment... Email Name Website", "outside", "/html/body/div[4]", amb=True, note="Jetpack carousel overlay (photo viewer) whose info panel holds a 'Write a Comment...' form (9.5, as x708)"),
 C("newsletter", "Comment Subscribe Subscribed Playful Void Join 89 other subscribers Sign me up", "outside", "/html/body/div[5]", amb=True, note="hidden WordPress.com action bar (display:none; Comment, Subscribe with 'Join 89 other subscribers / Sign me up' e-mail form, more menu; as x708)"),
]
ads=[]
