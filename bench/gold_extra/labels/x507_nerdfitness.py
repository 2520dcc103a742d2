from _dsl import *
FILE="wcxb/html/1405.html.gz"
# Nerd Fitness (WordPress, Impreza theme) guide 'How To Build Your Own Workout Routine: Plans, Schedules, and Exercises':
# fixed header (CSS-only top cell, logo, nav About / Start Here / Newsletter / Success Stories / Online Fitness Coaching /
# Find Your Coach); title section (h1, author, reviewer, updated date, Evidence Based / Expert Reviewed / Opinion badges);
# long text (intro with a coaching pitch, app mock-up image and 'Want a customized workout plan you'll ACTUALLY do? Learn
# more:' link line; 'Strength Training 101' offer with an empty ConvertKit form; steps #1-#9 with YouTube videos, quotes,
# in-text 'check out' link lines; 'Steve, Just Build A Workout For Me!' recap; closing 'TWO options' pitch (Online
# Coaching, 'Join the Rebellion' with an empty ConvertKit form); '-Steve'; 'PS: Check out the rest of our beginner
# content' list of 7 posts; photo sources; footnotes); hidden mobile floating 'Get Started with a Coach Today!' button;
# 'Download Our Free Tools' band with an empty ConvertKit form; footer (blurb, YouTube/Facebook/Instagram icons, two link
# menus, disclaimer, copyright); back-to-top link, header Menu button; body-end ConvertKit script. No ads.
# Not labelled: header nav (incl. 'Newsletter', 'Find Your Coach' plain links), article-type badges, in-text links within
# sentences (incl. 'Guide to Healthy Eating', '15 FREE circuits', 'Gym 101' guide, Circuit Training Routines), video
# embeds, photo sources, footnotes, footer menus (incl. Contact, Newsletter), back-to-top, the body-end ConvertKit
# script (no box: where its form shows is unknown).
TX="/html/body/div[1]/main/section[2]/div/div/div/div/div[2]"
related=[
 R(TX+"/p[81]", None, 1, "inline", note="in-text line 'Want to learn more? Check out The 12 Best Compound Exercises For Beginners (How To Train Efficiently).'"),
 R(TX+"/p[85]", "Then check out:", 1, "inline", note="lead-in 'Then check out:' (p[84]) and link line 'The 42 Best Bodyweight Exercises You Can Do Anywhere!'"),
 R(TX+"/ul[20]", "I’ve written about multiple bodyweight circuits here on the site:", 3, "inline", note="lead-in line 'I’ve written about multiple bodyweight circuits here on the site:' (p[203]) over a list of 3 circuit posts (convention 8 / 10.10: lead-in and links set apart; added at the reading of Q)"),
 R(TX+"/p[174]", None, 1, "inline", note="(plain by 11.4: a question lead-in and the link closing it) in-text sentence 'Looking for more bodyweight exercises? Check out the list of our favorite 42 bodyweight exercises...' (a pointer, but written as a sentence of the text)"),
 R(TX+"/p[241]", "For more here, check out:", 2, "inline", note="run of numbered story lines under 'For more here, check out:' with no container (convention 9.1): first line '#1) The guide How to Check Your Progress'; #2 labelled separately, #3 (a video, no link) left out"),
 R(TX+"/p[242]", "For more here, check out:", 1, "inline", amb=True, note="second line of the run: '#2) Our advice on How to Set a New Personal Record' (convention 9.1)"),
 R(TX+"/ul[23]", "PS: Check out the rest of our beginner content. I promise, it kicks ass 🙂", 7, "after", note="closing 'PS: Check out the rest of our beginner content' (p[260]) over a list of 7 beginner posts; heading is the preceding paragraph (convention 9.1)"),
]
ctas=[
 C("other", "Want a customized workout plan you’ll ACTUALLY do? Learn more:", "inline", TX+"/p[11]", note="coaching promo link line under the coaching app mock-up image in the intro (not in the wcxb ground truth)"),
 C("newsletter", "", "inline", TX+"/div[1]", amb=True, note="empty ConvertKit form block after the 'Strength Training 101' free-guide offer (form filled by script)"),
 C("other", "Alternatively, you can hire a coach to program your workouts for you, so every day you know exactly what you need to do!", "inline", TX+"/p[224]", amb=True, note="in-text sentence linking to the coaching page: a promo, but a sentence of the text"),
 C("other", "1) If you are somebody who wants to know they are following a program that is tailor-made for their life", "inline", TX+"/p[252]", amb=True, note="closing pitch option 1: 'check out our Online Coaching Program' (ask closing the text; open question)"),
 C("newsletter", "", "inline|after", TX+"/div[2]", amb=True, note="empty ConvertKit form block after 'Join the Rebellion (our free community)... We need good people like you!' (form filled by script)"),
 C("other", "Get Started with a Coach Today!", "outside", "/html/body/div[1]/main/section[3]", amb=True, note="floating 'Get Started with a Coach Today!' button (new-sidebar-cta on-mobile floating: display:none, shown only on mobile; convention 9.8)"),
 C("newsletter", "Download Our Free Tools Workouts, nutrition guidance, and habit-building.", "after|outside", "/html/body/div[1]/main/section[4]", note="'Download Our Free Tools' band: prompt 'Get our FREE Starter Kit...', ConvertKit form (script-filled), image"),
 C("follow", "YouTube Facebook Instagram", "outside", "/html/body/footer/section[1]/div/div/div[1]/div/div[5]", note="footer social icons (YouTube, Facebook, Instagram)"),
]
ads=[]
