from _dsl import *
FILE="wcxb/html/0271.html.gz"
# StudioBinder (film production SaaS, WordPress/Thrive) blog post 'Different Types of Cameras for Photography and Video
# Explained': skip link; floating header (logo, search link, mobile menu button, menu container (display:none until toggled) with
# Features / Customers / Blog submenus, Pricing, Login, 'Sign Up Free'); search modal; post header (category, h1, author, date);
# Thrive content: intro, camera-type sections each with a video embed, h4, text and an 'IN CONCLUSION' box (Pros / Cons /
# 'Recommendations:' with Amazon product links), closing 'Up Next / Best 4K Video Cameras' box; Thrive symbol promo 'Share your
# vision with elegant shot lists and storyboards' (Learn More, Get Started for Free); tags; author box; empty lazy-load comments
# container; previous / next post links; footer inside main (logo; menu column About ... Contact; 'Featured Blog Posts' (6),
# 'Compare' (4 comparison pages), 'FREE Master Classes' (3 course pages), 'Latest' (5 posts) widgets; copyright); Social Snap
# floating share rail (desktop) and bottom sticky share bar (mobile) with a copy-link popup; hidden video popup; second floating
# header bar (display:none) with the blog category menu. No ad markup.
# Not labelled: menus (header, second floating bar, footer menu column), Login and Pricing links, search modal, video embeds, the
# 'IN CONCLUSION' boxes themselves (pros/cons summary, body), tags, author box, copy-link popup (the share widget's panel), video
# popup, copyright.
MN="/html/body/div[1]/div[2]/div/main"
B=MN+"/article/div/div[1]/div"
T=B+"/div[2]/div[2]"
FC=MN+"/div[2]/div[2]/div/div/div"
related=[
 R(T+"/div[37]", "Up Next", 1, "after", note="closing 'Up Next / Best 4K Video Cameras' box with blurb and 'Up Next: Best 4K Video Cameras →' link"),
 R(MN+"/nav", None, 2, "after", note="previous / next post links (LED Photography Lights, What are Context Clues)"),
 R(FC+"/div[2]/div[1]", "Featured Blog Posts", 6, "outside", note="footer 'Featured Blog Posts' widget: 6 blog guides"),
 R(FC+"/div[2]/div[2]", "Compare", 4, "outside", amb=True, note="footer 'Compare' widget: 4 comparison pages (Movie Magic Scheduling, Gorilla, Storyboard That, Celtx vs StudioBinder): marketing pages a reader may call navigation (10.4)"),
 R(FC+"/div[3]/div[1]", "FREE Master Classes", 3, "outside", amb=True, note="footer 'FREE Master Classes' widget: 3 video-course pages with blurbs (content series landing pages)"),
 R(FC+"/div[3]/div[2]", "Latest", 5, "outside", note="footer 'Latest' recent-posts widget: 5 posts"),
]
ctas=[
 C("other", "Sign Up Free", "outside", "/html/body/div[1]/header/nav/div[2]/ul/li[6]", amb=True, note="header menu 'Sign Up Free' (signup class) beside Login, in the toggled menu container (11.7)"),
 C("other", "Recommendations: Canon Powershot Elph 190is (Standard), Panasonic Lumix TZ200 (Zoom), Canon PowerShot G3X (Advanced)", "inline", T+"/div[6]/ul/li[3]", amb=True, note="'Recommendations:' line with Amazon product links in the compact-camera 'IN CONCLUSION' box (product links, affiliate convention)"),
 C("other", "Recommendations: Pricier options: Nikon D850, Canon EOS 5D Mark IV, Affordable: Canon EOS Rebel T7i", "inline", T+"/div[11]/ul/li[3]", amb=True, note="'Recommendations:' Amazon product links in the DSLR 'IN CONCLUSION' box"),
 C("other", "Recommendations: Canon EOS M50, Sony a7R III", "inline", T+"/div[16]/ul/li[3]", amb=True, note="'Recommendations:' Amazon product links in the mirrorless 'IN CONCLUSION' box"),
 C("other", "Recommendations: Any GoPro, Nikon Coolpix AW 130", "inline", T+"/div[21]/ul/li[3]", amb=True, note="'Recommendations:' product links (GoPro shop, Amazon) in the action-camera 'IN CONCLUSION' box"),
 C("other", "Recommendations: Insta360 One X", "inline", T+"/div[26]/ul/li[3]", amb=True, note="'Recommendations:' Amazon product link in the 360-camera 'IN CONCLUSION' box"),
 C("other", "Recommendations: Hasselblad H6D-100c", "inline", T+"/div[31]/ul/li[3]", amb=True, note="'Recommendations:' amzn.to product link in the medium-format 'IN CONCLUSION' box"),
 C("other", "Recommendations: Canon AE-1 35mm Film Camera", "inline", T+"/div[36]/ul/li[3]", amb=True, note="'Recommendations:' Amazon product link in the film-camera IN CONCLUSION box (last camera section, before the Up Next box)"),
 C("other", "Share your vision with elegant shot lists and storyboards. Create robust and customizable shot lists.", "after", B+"/div[3]", note="Thrive symbol product promo band under the text: 'Learn More ➜' and 'Get Started for Free' (register) buttons"),
 C("comments", "", "after", MN+"/div[1]", amb=True, note="empty llc_comments lazy-load comments container with hidden loader (10.9)"),
 C("share", "1.6K Shares 1.4K Facebook 19 Pinterest 0 Reddit 152 LinkedIn 0 Twitter", "before|outside", MN+"/div[4]", note="Social Snap floating share rail on the right (ss-hide-on-mobile)"),
 C("share", "1.6K Shares 1.4K 19 0 152 0", "outside", MN+"/div[5]", amb=True, note="Social Snap bottom sticky share bar, mobile only (ss-hide-on-desktop, 9.3/9.8)"),
]
ads=[]
