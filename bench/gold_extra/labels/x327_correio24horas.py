from _dsl import *
FILE="trafilatura-eval/html/correio24horas.com.br-PMS.html.gz"
# Correio (Salvador, Bahia; CWorks/TYPO3) crime story 'Líder do grupo de sequestradores que tinha PMs foi morto em
# confronto policial': header (nav bar with 'Assine' button, hamburger menu, primary row with newsroom e-mail, social
# links, 'Assine' button); top GPT slot; story (tags, left column with meta, share bar, ad and 'Relacionadas' list;
# subscription banner image, image, text with two in-text ad slots and a 'Relacionadas' list, two hidden paywall
# modals, sticky right ad); after-content 'Assine o jornal' appeal and 'Mais Lidas'; hidden share modal; 'Assine por
# apenas R$5,94/mês' headline link; ad; Outbrain; 'Relacionadas' teaser row; 'Especiais' slider; two 1x1 GPT slots; ad;
# footer (nav columns, social handles, e-edition link, address, phone list, institutional links).
# Not labelled: navs and hamburger menu (its subscription/login links are menu items), search, tags, the hidden empty
# CPF-registration div (texts only in data attributes), footer nav columns (incl. 'Receba nossas news' among menu links),
# address, the empty sticky content-area bar, the in-text story links inside paragraphs.
A_="/html/body/div[3]/div"
L=A_+"/div[2]/div/div[2]/div[1]/div[2]"
T=A_+"/div[2]/div/div[2]/div[2]/div/div[2]/div"
TX=T+"/div[1]/div/div[1]"
FT="/html/body/div[4]/div/div/div/div"
related=[
 R(L+"/div[4]/div[2]", "Relacionadas", 3, "before|outside", note="'Relacionadas' list of 3 stories in the left meta column (desktop)"),
 R(TX+"/div[3]/div[1]/div[3]", "Relacionadas", 3, "after", note="'Relacionadas' list of 3 stories at the end of the text (same stories as the left column)"),
 R(T+"/div[1]/div/div[2]/div/div[2]", "Mais Lidas", 4, "after", note="'Mais Lidas' list of 4 stories under the subscription appeal"),
 R(A_+"/div[8]", "Relacionadas", 4, "after", note="teaser row of 4 stories with pagination; its 'Relacionadas' title is the previous sibling div (#CW4058)"),
 R(A_+"/div[9]", "Especiais", 5, "after|outside", amb=True, note="'Especiais' slider of 5 special-section links (Agenda Bahia, Casacor, ...), sections rather than stories"),
]
ctas=[
 C("subscribe", "Assine", "outside", "/html/body/div[1]/div[1]/div[2]/div[1]/div[2]/div/a", amb=True, note="'Assine' button in the sticky navigation bar"),
 C("contact", "redacao@correio24horas.com.br", "outside", "/html/body/div[1]/div[2]/div/div/div[2]/div[1]", amb=True, note="newsroom e-mail link in the header row"),
 C("follow", "Facebook Twitter Instagram Youtube RSS", "outside", "/html/body/div[1]/div[2]/div/div/div[2]/ul", note="header social links"),
 C("follow", "Facebook", "outside", "/html/body/div[1]/div[1]/div[2]/div[2]/div/nav[2]/ul", amb=True, note="social profile list in the hamburger menu (added as ambiguous when set J was read)"),
 C("subscribe", "Assine", "outside", "/html/body/div[1]/div[2]/div/div/div[2]/a", note="'Assine' button in the header row"),
 C("share", "Facebook Twitter WhatsApp WhatsApp LinkedIn Telegram Messenger Copiar URL Mais opções", "before", L+"/div[3]", note="share bar in the meta column"),
 C("subscribe", "", "before", TX+"/div[2]", note="subscription banner image (chamada-assinatura) above the text"),
 C("subscribe", "QUE BOM QUE VOCÊ CHEGOU ATÉ AQUI, ISSO PROVA QUE VOCÊ LÊ MUITO O CORREIO", "outside", TX+"/div[3]/div[2]", amb=True, note="hidden paywall modal (trial wall) with subscription offer and login"),
 C("subscribe", "QUE BOM QUE VOCÊ CHEGOU ATÉ AQUI, ISSO PROVA QUE VOCÊ LÊ MUITO O CORREIO", "outside", TX+"/div[3]/div[3]", amb=True, note="hidden paywall modal (limited wall)"),
 C("subscribe", "*** Em tempos de coronavírus e desinformação, o CORREIO continua produzindo diariamente informação", "after", T+"/div[1]/div/div[2]/div/div[1]", note="italic appeal under the text ending 'Assine o jornal'"),
 C("share", "× Compartilhar via: Facebook Twitter WhatsApp WhatsApp LinkedIn Telegram Messenger Copiar URL", "outside", A_+"/div[3]", amb=True, note="hidden share modal"),
 C("subscribe", "Ler todo o conteúdo do Correio sem barreiras custa muito pouco. Assine por apenas R$5,94/mês.", "after", A_+"/div[4]", note="subscription headline link under the story"),
 C("follow", "correio24horas @correio24horas @correio24horas Correio24horas", "outside", FT+"/div[4]", note="footer social handles (Facebook, Twitter, Instagram, YouTube)"),
 C("subscribe", "ACESSO DO ASSINANTE: leia a edição do dia", "outside", FT+"/div[5]", amb=True, note="footer e-edition link with cover image"),
 C("contact", "Assinaturas: 71 3480-9140 Anuncie: 71 3203-1353 Ache Aqui Classificados: 71 3480-9130 Redação: 71 3203-1048", "outside", FT+"/div[8]", amb=True, note="footer phone list"),
]
ads=[
 A(A_+"/div[1]", "before|outside", "top GPT slot (div-gpt-ad-1501511820785-4)"),
 A(L+"/div[4]/div[1]", "before|outside", "publicidade minhabahia_300x250_02 in the left meta column"),
 A(TX+"/div[3]/div[1]/div[1]", "inline", "in-text slot minhabahia_300x250_01"),
 A(TX+"/div[3]/div[1]/div[2]", "inline", "in-text GPT slot div-gpt-ad-1558981264142-0"),
 A(TX+"/div[3]/div[2]/div[2]/div[3]", "outside", "empty publicidade #CW3540 in the sidebar of the hidden trial paywall modal", amb=True),
 A(TX+"/div[3]/div[3]/div[2]/div[3]", "outside", "empty publicidade #CW3540 in the sidebar of the hidden limited paywall modal", amb=True),
 A(T+"/div[2]", "outside", "sticky right-column slot minhabahia_300x600_01"),
 A("/html/body/div[2]", "outside", "sticky top bar holding GPT slot minhabahia_970x250_01 (the page's script displays it; added when set J was read)"),
 A(A_+"/div[5]", "after", "empty publicidade #CW186 under the story"),
 A(A_+"/div[6]", "after", "empty Outbrain AR_20 widget"),
 A(A_+"/div[10]", "after|outside", "1x1 GPT slot div-gpt-ad-1538397236253-0 (out-of-page)"),
 A(A_+"/div[11]", "after|outside", "1x1 GPT slot div-gpt-ad-1550697198527-0 (out-of-page)"),
 A(A_+"/div[12]", "after|outside", "empty publicidade #CW6283 above the footer"),
]
