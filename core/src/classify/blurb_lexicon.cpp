// Blurb word classes (blurb_lexicon.h): closed lists per language, folded, space separated. The
// call list holds imperatives (informal and formal) that only count when they open a sentence.
#include "classify/blurb_lexicon.h"

#include "common/word_table.h"

namespace winnow::classify {
namespace {

struct WordList {
  BlurbClass cls;
  const char* words;
};

constexpr WordList kLists[] = {
    {kBlurbWe, "we our ours us we're we've we'll we'd ourselves "
               "wir unser unsere unseren unserem unserer unseres uns "
               "nous notre nos nôtre "
               "nosotros nosotras nuestro nuestra nuestros nuestras "
               "noi nostro nostra nostri nostre "
               "nós nosso nossa nossos nossas "
               "wij we ons onze "
               "мы наш наша наше наши нас нам нашего нашей нашим "
               "nasz nasza nasze naszych naszym naszej nam "
               "vi vores vår våra vårt våre "
               // Polish, inflected forms
               "naszego naszą naszymi naszemu nami"},
    {kBlurbYou, "you your yours you're you've you'll you'd yourself "
                "du dich dir dein deine deinen deinem deiner euch euer eure "
                "vous votre vos tu ton ta tes toi t'a t'en "
                "usted ustedes tú tu tus te contigo ti "
                "voi vostro vostra vostri vostre tuo tua tuoi ti "
                "você vocês teu tua teus tuas "
                "jij jou jouw je u uw "
                "вы вас вам ваш ваша ваше ваши вашего вашей ты тебя тебе "
                "ty ciebie ci twój twoja twoje wasz wasza państwo "
                "dig din dine jer jeres deg dere dina ditt "
                // Polish, inflected forms
                "wam twojego twojej twoim twoich twoją tobie cię wasze waszych waszym waszej waszego"},
    {kBlurbSite, "website site blog platform portal newsletter community readers reader team inbox channel "
                 "podcast subscribers homepage editors newsroom app cookies cookie notifications comments article "
                 "articles mission writers comment membership subscription digest unsubscribe "
                 "webseite seite nachrichtenportal leser leserinnen redaktion kommentare kommentar artikel autoren rubrik abo benachrichtigungen "
                 "plateforme lecteurs lectrices équipe communauté rédaction commentaires newsletters "
                 "l'article commentaire rubrique abonnement "
                 "sitio web plataforma lectores equipo boletín comunidad redacción comentarios aplicación artículo comentario notificaciones socio "
                 "sugerencias "
                 "sito piattaforma lettori squadra redazione comunità commenti commento articolo notifiche segnalazione segnalazioni abbonamento "
                 "leitores equipa comunidade redação comentários comentário artigo notificações "
                 "lezers redactie nieuwsbrief reacties reactie rubriek meldingen lidmaatschap "
                 "facebook instagram tiktok youtube whatsapp telegram twitter linkedin pinterest threads "
                 "bluesky mastodon rss iphone android "
                 // who writes it: "About the author:", "Sobre la autora:"
                 "author authors autor autora autores autorin auteur auteure auteurs autrice autore "
                 "сайт портал блог читатели читателей команда редакция рассылка канал "
                 "strona czytelnicy czytelników redakcja zespół "
                 "hjemmeside hjemmesiden netavis nyhedsbrev nyhedsbrevet læsere læserne redaktionen kommentarer "
                 "kommentaren artiklen artiklerne medlemskab appen indbakke indbakken fællesskab skribent forfatter "
                 "webbplats webbplatsen sajt sajten nyhetsbrev nyhetsbrevet läsare läsarna kommentarerna "
                 "artikeln prenumeration medlemskap inkorg inkorgen gemenskap skribenten författare "
                 "nettsted nettstedet nettside nettsiden lesere leserne redaksjonen redaksjon "
                 "kommentarfeltet artikkelen innboks innboksen fellesskap forfatteren "
                 // Polish, inflected forms
                 "portalu portalem serwis serwisu serwisie witryna witryny witrynie czytelnik czytelnika czytelnikom czytelniczki czytelniczek czytelnikami redakcji redakcją zespołu newslettera newsletterze newsletterem komentarze komentarzy komentarz komentarza komentarzach komentowania artykuły artykułów subskrypcji subskrybentów aplikacja aplikacji aplikację powiadomienia powiadomień społeczność społeczności kanał kanału kanale blogu bloga podcastu autorka autorki"},
    {kBlurbAct, "welcome thanks thank hello hey hi greetings follow subscribe join bookmark share visit explore "
                "discover contact enjoyed enjoy appreciate support tuned donate donation affiliate commission reading "
                "publish "
                "danke vielen willkommen hallo folgen folgt folge abonnieren abonniere abonniert teilen teile "
                "besuchen besuche entdecken entdecke kontakt schreib schreiben unterstützen unterstützt "
                "provision spende gelesen lesen veröffentlichen "
                "merci bienvenue bonjour salut suivez suivre abonnez abonne abonner rejoignez rejoindre "
                "partagez partager partage découvrez contactez restez soutenez soutenir lu lire publions "
                "gracias bienvenido bienvenidos bienvenida hola síguenos sigue suscríbete suscríbase "
                "suscribirse únete comparte compartir compártelo visita descubre contáctanos afiliados leer publicamos "
                "grazie benvenuto benvenuti benvenuta ciao seguici segui iscriviti unisciti condividi "
                "condividilo scopri contattaci sostenerci letto leggere pubblichiamo "
                "obrigado obrigada olá siga inscreva junte compartilhe partilhe visite descubra "
                "assine afiliados ler "
                "bedankt dank welkom hoi volg volgen abonneer deel bezoek ontdek steun lezen publiceren "
                "спасибо благодарим пожаловать подписывайтесь подпишитесь присоединяйтесь следите "
                "делитесь поделитесь "
                "dziękujemy dziękuję dzięki witamy witaj obserwuj subskrybuj dołącz udostępnij odwiedź "
                "velkommen takk tack hej hei hallå følg följ tilmeld abonnér abonner prenumerera dela besøg besök "
                "udforsk upptäck oppdag kontakta kontakte støt støtt stötta læst läst lest læse läsa lese "
                "hilsen hälsningar "
                // Polish, inflected forms
                "zapraszamy zapraszam obserwujcie subskrybujcie dołączcie udostępnijcie odwiedźcie wesprzyj wesprzyjcie wspieraj wspierać wsparcie polub polubcie zapisz zapiszcie odkryj lektura lektury lekturę czytania cześć darowizna darowiznę wpłać"},
    {kBlurbCall, "get download read browse tell write check stay keep let try install sign turn drop click tap "
                 "consider help leave spread send grab catch find like come don't never discover remember become scroll "
                 "lade lies hol holen melde melden bleib bleiben verpasse verpassen registriere hinterlasse "
                 "schau klicke probiere lass vergiss denk "
                 "inscrivez inscris retrouvez retrouve lisez lis écrivez écris téléchargez télécharge laissez "
                 "laisse n'hésitez n'hésite reste aidez aide faites donnez consultez cliquez profitez "
                 "active activez n'oubliez oubliez "
                 "descarga descargue lee lea escríbenos escríbanos déjanos déjenos apoya apoye consulta "
                 "consulte regístrate regístrese invítanos ayúdanos recuerda recuerde "
                 "scarica leggi scrivici lasciaci resta sostieni iscriva segua condivida scriva scarichi "
                 "visiti sostenga contatti ricorda aiutaci raccontaci abbonati "
                 "segue assina descarrega descarregue baixe leia lê escreva escreve envia envie deixe deixa "
                 "apoie apoia continue inscreve ativa ative lembre lembra "
                 "lees meld download bekijk schrijf laat blijf stuur neem registreer probeer "
                 "pin save tell pass bookmark take see learn reach give email message register enable "
                 "allow accept manage please "
                 "trag tragen empfehlen empfehle schreiben speichere merk merken diskutieren diskutiere sende "
                 "senden schick schicken hilf helfen werde werden erfahre erfahren sichern gib "
                 "épingle épinglez envoyez envoie signalez signale dites rejoins recevez reçois sauvegardez "
                 "enregistrez désactivez acceptez gérez pensez "
                 "guarda guarde apúntate apúntese envía envíe cuéntanos cuéntenos dinos díganos hazte únase "
                 "activa active acepta acepte mira mire escribe escriba "
                 "salva salvi segnalaci mandaci manda attiva attivi accetta guarda registrati sostienici vai "
                 "salve mande conta conte subscreva subscreve fale fala veja saiba aceite confira "
                 "bewaar tip geef kijk doe word "
                 // adding the site to one's sources, receiving it
                 "add füge ajoutez ajoute añade añádenos adicione adiciona aggiungi aggiungici voeg "
                 "erhalte ricevi riceva reciba recibe receba recebe ontvang "
                 // Danish, Swedish, Norwegian ("Tak fordi ...", "Hent appen", "Glöm inte", "Sjekk ut")
                 "tak hent læs skriv husk glem bliv tjek registrer modtag få tilføj "
                 "ladda läs mejla tipsa glöm kolla missa bli registrera skicka berätta gilla lägg "
                 "sjekk fortell legg motta "
                 // Polish, inflected forms
                 "pobierz sprawdź napisz napiszcie zostaw zostawcie pamiętaj kliknij zarejestruj włącz wyślij podziel pomóż daj dajcie zostań śledź przeczytaj zobacz dowiedz czytaj wejdź dodaj sprawdźcie"},
    {kBlurbReport, "said says told according announced stated explained added reported confirmed "
                   "sagte sagt erklärte teilte laut zufolge berichtete betonte kündigte sagten "
                   "selon déclaré affirmé expliqué annoncé indiqué précisé ajouté "
                   "dijo según afirmó explicó anunció aseguró declaró señaló informó "
                   "detto secondo dichiarato spiegato annunciato affermato "
                   "disse segundo afirmou explicou anunciou declarou "
                   "zei volgens meldt aldus verklaarde "
                   "сказал заявил сообщил powiedział według "
                   "sagde siger ifølge oplyser oplyste fortæller fortalte udtaler udtalte meddeler "
                   "sade säger enligt uppger uppgav berättar berättade meddelar meddelade "
                   "sier opplyser opplyste forteller uttaler uttalte "
                   // Polish, inflected forms
                   "powiedziała powiedzieli mówi mówił mówiła poinformował poinformowała poinformowali dodał dodała podkreślił podkreśliła wyjaśnił wyjaśniła przekazał przekazała oświadczył oświadczyła zaznaczył zaznaczyła stwierdził stwierdziła zapowiedział zapowiedziała"},
    {kBlurbFormal, "sie ihnen ihr ihre ihren ihrem ihrer ihres lei la le suo sua suoi"},
    {kBlurbPage, "section sections archive archives privacy settings preferences consent device browser "
                 "adblocker links link alerts gallery topics "
                 "datenschutz datenschutzerklärung einstellungen galerie fotogalerie archiv dossier ressort "
                 "werbeblocker postfach eilmeldung eilmeldungen "
                 "confidentialité paramètres préférences dossier dossiers galerie archives bloqueur liens lien "
                 "alertes courriel "
                 "privacidad configuración preferencias sección secciones especial archivo galería enlaces "
                 "enlace alertas "
                 "informativa privacy sezione sezioni raccolta archivio galleria link edicola "
                 "privacidade secção seção seções arquivo galeria alertas "
                 "privacyverklaring privacy instellingen voorkeuren dossier archief galerij "
                 "arkiv privatlivspolitik indstillinger samtykke galleri integritetspolicy inställningar samtycke "
                 "kakor personvern personvernerklæring innstillinger lenker länkar "
                 // its upkeep: what a site asks of its readers ("independent" is too common in stories)
                 "contribution beitragen betrag aportación contributo contribuição contribua bijdrage "
                 "supporter supporters unterstützer sostenitori sostenitore apoiadores donateurs referral "
                 // its notices: sponsorship and corrections
                 "sponsored advertorial corrections gesponsert anzeige korrektur sponsorisé sponsorisée "
                 "patrocinado patrocinada sponsorizzato sponsorizzata patrocinado gesponsord "
                 "sponsoreret annoncelinks annoncørbetalt sponsrad annonslänkar reklamlänkar annonsørinnhold sponset "
                 "rättelse "
                 // Polish, inflected forms
                 "prywatności ustawienia ustawieniach preferencje zgoda zgody zgodę przeglądarka przeglądarki przeglądarce urządzenie urządzeniu archiwum galeria galerii linki linku alerty sponsorowany sponsorowane sponsorowana reklama reklamy korekta wpłaty"},
    {kBlurbPointer, "also more next related further recommended see "
                    "auch mehr weitere weiteres weiteren passend interessant thema weiterlesen "
                    "aussi également plus voir savoir même sujet découvrir suite "
                    "también más relacionado relacionados relacionadas interesar recomendamos ver "
                    "anche altre altri altro approfondire approfondimenti interessarti potrebbe vedi correlati "
                    "também mais veja saiba leia relacionadas relacionados "
                    "ook meer verder gerelateerd interessant bekijk "
                    "også mere flere relateret relaterede också mer fler relaterat relaterade relatert "
                    // Polish, inflected forms
                    "więcej również także powiązane polecamy kolejne"},
    {kBlurbThis, "this these dieser diese diesen diesem dieses ce cet cette ces este esta estos estas "
                 "questo questa questi queste estes deste desta destes destas neste nesta nestes nestas deze dit "
                 "этот эта это эти этой этом этого этих ten ta te tym tej tego tych tę "
                 "denne dette disse denna detta dessa"},
    {kBlurbPlace, "page pages seite seiten pagina pagine página páginas strona stronie страница страницу "
                  "side siden sida sidan "
                  // Polish, inflected forms
                  "strony stronę stron witrynę"},
    {kBlurbArticle, "article articles post piece story entry text artikel beitrag meldung bericht l'article billet "
                    "texte artículo entrada nota texto noticia articolo pezzo testo notizia artigo matéria notícia "
                    "stuk tekst статья статью статье материал текст artykuł artykule tekst wpis "
                    "artiklen indlæg artikeln inlägg artikkel artikkelen innlegg "
                    // Polish, inflected forms
                    "artykułu artykułem wpisu wpisie materiał materiału tekstu"},
    // disclaimers and house rules; not "independent", "responsibility" or "views": too common in stories
    {kBlurbNotice, "disclaimer opinions necessarily reflect advice substitute informational illustration "
                   "illustrative liability endorsement moderated "
                   "haftung gewähr gewährleistung meinungen wiedergeben rechtsberatung moderiert symbolbild "
                   "avertissement engagent reflètent remplace illustration modérés modération "
                   "opiniones reflejan necesariamente sustituye divulgativo ilustración moderados moderación "
                   "opinioni rispecchiano impegnano sostituisce sostituiscono illustrativo illustrativa moderati "
                   "moderazione opiniões refletem substitui ilustração ilustrativa moderação "
                   "meningen weerspiegelen aansprakelijk aansprakelijkheid vervangt ontleend illustratie "
                   "gemodereerd moderatie мнения иллюстрация модерация opinie ilustracja moderowane "
                   "rådgivning erstatter erstatte ersätter ersätta holdninger åsikter meninger modereret modereras "
                   "moderert orientering vejledning vägledning veiledning "
                   // Polish, inflected forms
                   "zastrzeżenie odpowiedzialności informacyjny informacyjnym informacyjne charakterze porady porada zastępuje zastępują poglądy moderowany moderujemy ilustracyjne ilustracyjna ilustracyjny"},
    {kBlurbSoon, "today tomorrow tonight soon next goodbye bye farewell heute morgen bald tschüss wiedersehen wiederlesen "
                 "nächsten nächste nächstes aujourd'hui demain bientôt prochaine prochain revoir hoy mañana pronto "
                 "próxima próximo luego adiós oggi domani presto prossima prossimo arrivederci hoje amanhã breve "
                 "logo vandaag binnenkort gauw volgende ziens сегодня завтра скоро следующий встречи dziś dzisiaj "
                 "jutro wkrótce następny zobaczenia "
                 "snart næste nästa neste farvel morgon aften kväll kveld "
                 // Polish, inflected forms
                 "następnym następnej kolejnym kolejnej usłyszenia jutra"},
    // the site's people and its record: by-lines, credits, bios and corrections ("Fotos:",
    // "Additional reporting by", "studied at", "An earlier version misstated"); stories name
    // reporters and photos too, so the model weighs it with cohesion; not "staff" or "updated":
    // a story's staff, and "This article will be updated ..." is the article's own (hand-written gold)
    {kBlurbCredit, "reporter reporters reporting journalist journalists journalism correspondent columnist "
                   "contributor contributors contributing freelance editor editorial photographer photo "
                   "photos photograph photographs photography courtesy credit credits correction "
                   "corrected misstated erratum originally republished reprinted copyright degree graduated "
                   "studied alumnus alumna "
                   "reporterin redakteur redakteurin journalistin journalismus korrespondent korrespondentin "
                   "kolumnist kolumnistin fotograf fotografin fotos foto bildnachweis mitarbeit "
                   "korrigiert berichtigung urheberrecht studierte studium "
                   "journaliste journalistes journalisme rédacteur rédactrice correspondant correspondante "
                   "chroniqueur chroniqueuse photographe crédit crédits rectificatif corrigé "
                   "diplômée diplômé "
                   "periodista periodistas periodismo redactor redactora corresponsal columnista fotógrafo "
                   "fotógrafa crédito corregido corregida erratas licenciada licenciado "
                   "graduada graduado estudió "
                   "giornalista giornalisti giornalismo redattore redattrice corrispondente editorialista "
                   "fotografo fotografa crediti corretto rettifica laureata laureato "
                   "jornalista jornalistas jornalismo redator redatora correspondente colunista créditos "
                   "corrigido errata formada formado "
                   "journalisten journalistiek verslaggever verslaggeefster redacteur redactrice fotograaf "
                   "foto's fotografie gecorrigeerd rectificatie studeerde afgestudeerd "
                   "dziennikarz dziennikarka dziennikarze redaktor redaktorka korespondent felietonista "
                   "zdjęcia zdjęcie sprostowanie absolwentka absolwent "
                   // where a writer studied and who checked the text ("medically reviewed by", "Geprüft von")
                   "university master's bachelor's phd bsc msc mba doctorate reviewed universität hochschule "
                   "volontierte volontariat geprüft université universidad máster licenciatura università laurea "
                   "universidade mestre mestrado universiteit hogeschool uniwersytet uniwersytetu "
                   "journalister redaktør redaktøren fotos fotograferet rettelse korrigeret uddannet universitet "
                   "universitetet kandidat ophavsret redaktör korrigerad rättad examen utbildad kandidatexamen "
                   "upphovsrätt korrigert utdannet doktorgrad opphavsrett "
                   // Polish, inflected forms
                   "dziennikarką dziennikarzem fot reporterka redaktorem redaktorką redaktora absolwentem absolwentką ukończył ukończyła studiował studiowała magister doktor poprawiono sprostowania autorskie korespondentka"},
    // the site's standing: who owns and funds it, its members and subscribers, its trademarks
    // (stories have owners and members too: the model weighs it with cohesion)
    {kBlurbStanding, "owned owner owners ownership nonprofit non-profit funded funding publisher subscriptions "
                     "subscribers members member membership trademark trademarks registered shareholders paywall "
                     "ad-free reader-supported independently advertisers "
                     "gehört gehören verlag verein mitglied mitglieder mitgliedschaft abonnenten abonnentinnen "
                     "finanziert finanzieren bezahlschranke werbefrei werbefinanziert eingetragene eingetragenes "
                     "gemeinnützig ehrenamtlich herausgegeben herausgeber gesellschafter "
                     "édité éditée éditeur éditrice propriétaire appartient association adhérent adhérents adhérer "
                     "adhésion abonnés financé financée subvention subventions membres membre déposée actionnaires "
                     "propiedad pertenece editado editada editora socios suscripción suscriptores financiado "
                     "financiada subvención subvenciones registrada miembros accionistas "
                     "proprietà appartiene editore edito soci associazione abbonati finanziato finanziata "
                     "registrato iscritti azionisti "
                     "propriedade pertence editada assinatura assinantes registado registada registrado sócios "
                     "membros acionistas "
                     "eigendom eigenaar uitgegeven uitgever abonnees leden donateurs gefinancierd vrijwilligers "
                     "geregistreerd geregistreerde aandeelhouders "
                     "należącym należy wydawca wydawnictwo wydawnictwem prenumerata subskrypcja członkowie "
                     "finansowany zastrzeżony zastrzeżone towarowy "
                     "ejes ejet ejer udgives udgiver medlem medlemmer støttemedlem abonnenter finansieret "
                     "finansieres mediestøtte varemærke registreret registrerede annoncører "
                     "ägs ägd ägare utgivare medlemmar prenumeranter finansieras finansierad presstöd mediestöd "
                     "varumärke registrerat registrerade annonsörer "
                     "eies eid eier utgis utgiver abonnent finansiert pressestøtte varemerke registrert "
                     "registrerte annonsører "
                     // Polish, inflected forms
                     "właściciel właścicielem właściciela wydawcą wydawcy członków członkostwo członkiem prenumeraty prenumeratorów subskrybenci finansowane finansowana dofinansowany dofinansowane fundacja fundacji stowarzyszenie stowarzyszenia reklamodawcy reklamodawców"},
    // a price's period and currency: with a number, the site's membership or subscription price
    {kBlurbPeriod, "month monthly months year yearly annually annual monat monatlich jahr jährlich mois mensuel "
                   "année annuel mes mensual año anual mese mensile anno annuale mês mensal ano maand "
                   "maandelijks jaar jaarlijks miesiąc miesięcznie rocznie måned måneden månedlig år året "
                   "årligt månad månaden "
                   // Polish, inflected forms
                   "miesiąca miesięczny miesięczna rok roczny roczna"},
    {kBlurbMoney, "euro euros eur dollar dollars usd gbp pounds kr kroner kronor krone krona nok sek dkk zł "
                  "złotych chf franken francs reais pesos "
                  // Polish, inflected forms
                  "złote złoty pln"},
};

const WordTable<unsigned>& lexicon() {
  static const auto* map = [] {
    auto* m = new WordTable<unsigned>();
    for (const auto& l : kLists) {
      std::string_view s = l.words;
      while (!s.empty()) {
        std::size_t sp = s.find(' ');
        std::string_view w = s.substr(0, sp);
        if (!w.empty()) m->add(w, l.cls);
        if (sp == std::string_view::npos) break;
        s.remove_prefix(sp + 1);
      }
    }
    return m;
  }();
  return *map;
}

}  // namespace

unsigned blurb_class(std::string_view folded) {
  return lexicon().find(folded);
}

}  // namespace winnow::classify
