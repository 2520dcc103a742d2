from _dsl import *
FILE="trafilatura-eval/html/guetemala.com-nicole.html.gz"
AL="/html/body/div[3]/div[2]/div[1]/div/div"
LC=AL+"/div[1]/div/div/div[1]/div[1]"
SC=LC+"/div[4]"
SB=AL+"/div[1]/div/div/div[2]/div"
# Guatemala.com sports article inside an ajax-load-more single-post wrapper (infinite scroll to older posts): header
# menus, category sub-header, a top strip with social icons, 'Nuestros padrinos' sponsor logos and Google Translate,
# title/byline, lead image, excerpt with a 'Escucha la nota' audio player, body, a Telegram prompt, two GPT slots,
# share row + Facebook page like; right sidebar with GPT slots and 'También te puede interesar'; footer; a fixed
# 'Historia destacada' bubble and a 1x1 GPT slot at the end of body.
# Not labelled: header/sub-header menus (incl. 'Contacto', 'Publicidad', 'Registra tu empresa'), in-text links,
# the audio player, Google Translate, footer nav (incl. 'Boletín'), the empty overlay-gt div and #nwsEmbGt.
related=[
 R(SB+"/div[3]", "También te puede interesar", 2, "outside", note="sidebar cards (a 'without' snippet)"),
 R(AL+"/div[2]", "Older Posts", 0, "after", amb=True, note="ajax-load-more 'Older Posts' button (infinite scroll loads the next articles)"),
 R("/html/body/a", None, 1, "outside", amb=True, note="fixed 'Historia destacada' story bubble (image-only link to one web story)"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div[3]/div[1]/div/div[1]", note="top strip social icons (YouTube, Facebook, Instagram, Twitter, LinkedIn)"),
 C("follow", "¿Ya sabías que en Guatemala.com tenemos canal de Telegram? Únete desde tu celular en este enlace de invitación", "after", SC+"/p[8]", note="Telegram channel prompt after the last paragraph (a 'without' snippet)"),
 C("share", "Compartir Tweet", "after", LC+"/div[5]/div[1]", note="share_box: WhatsApp, FB like, Tweet, LinkedIn"),
 C("follow", "Me gusta GUATEMALA.COM", "after", LC+"/div[5]/div[2]", note="Facebook page like button"),
 C("other", "", "outside", "/html/body/div[3]/div[2]/div[3]", amb=True, note="empty #overlay_notifications (push-notification overlay, guessed from the id)"),
]
ads=[
 A("/html/body/div[3]/div[1]/div/div[2]", "outside", "'Nuestros padrinos' sponsor logos (Coca-Cola, MAX, Claro) in the top strip", amb=True),
 A(SC+"/div[3]", "after", "GPT deportes_native_single (fluid) after the Telegram prompt"),
 A(SC+"/div[4]", "after", "GPT deportes_desktop_single_2 728x90"),
 A(SB+"/div[1]", "outside", "GPT Padrinos_Sponsorship 300x250 at the top of the sidebar"),
 A(SB+"/div[2]", "outside", "GPT deportes_desktop_single_1 sidebar"),
 A(SB+"/div[4]", "outside", "GPT deportes_desktop_sidebar_1 under the related cards"),
 A("/html/body/div[5]", "outside", "GPT VSlider_1x1 out-of-page slot at the end of body"),
]
