// Site blurbs are told by what they do (classify/blurb.h): the words are read with their
// capitals and their place in the sentence, and the learned model marks the site talking to
// its reader in every language, not an event told with "we", "you" or an appeal.
#include <catch2/catch.hpp>

#include <string>

#include "classify/blurb.h"
#include "winnow/blocks.h"
#include "winnow/classify.h"
#include "winnow/html.h"

using namespace winnow;
using namespace winnow::classify;

// The tests name only the BlurbPage fields they set ({.name = ...}); GCC's -Wextra warns of every
// field a designated initializer leaves to its default (276 warnings in a CI log).
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace {

unsigned chars_of(const std::string& t) {
  unsigned chars = 0;
  for (unsigned char c : t) chars += (c & 0xC0) != 0x80;
  return chars;
}

bool blurb(const std::string& t, const BlurbPage& page = {}) { return is_blurb(blurb_words(t, page), chars_of(t)); }

// The kind `text` is removed as when it opens a page of the language whose story is `story`
// (Kind::Article when kept): judged as the core judges a page, with the story's words to tell the
// site's own from the story's (cohesion.h).
Kind removed_as(const std::string& lang, const std::string& title, const std::vector<std::string>& story,
                const std::string& text) {
  std::string html = "<!doctype html><html lang=\"" + lang + "\"><head><title>" + title +
                     "</title></head><body><article><h1>" + title + "</h1><p>" + text + "</p>";
  for (const std::string& p : story) html += "<p>" + p + "</p>";
  html += "</article></body></html>";
  dom::Tree tree = dom::from_html(html);
  std::vector<blocks::Block> bl = blocks::extract(tree);
  Result r = classify_page(tree, bl, "https://www.example-news.example/2025/06/3/story");
  for (std::size_t i = 0; i < bl.size(); ++i)
    if (bl[i].text == text && r.verdicts[i].label == Label::Boilerplate) return r.verdicts[i].kind;
  return Kind::Article;
}

}  // namespace

TEST_CASE("blurb: capitals tell the formal reader from a third person and from a name", "[classify][blurb]") {
  const BlurbPage de{.nouns_capitalised = true};
  CHECK(blurb_words("Schön, dass Sie hier sind und Ihnen die Seite gefällt.", de).you == 2);
  CHECK(blurb_words("Gestern sagte sie, dass ihr die Seite gefällt.", de).you == 0);
  CHECK(blurb_words("Sie kam am Montag.", de).you == 0);  // sentence-initial: she, they or you
  CHECK(blurb_words("Se apprezza il nostro lavoro, La invitiamo a sostenerci.").you == 1);
  CHECK(blurb_words("Il treno arriva a La Spezia alle nove.").you == 0);
  // German nouns are capitalised: no names there; elsewhere a capital inside a sentence is one
  CHECK(blurb_words("Der Rat tagte im Rathaus von Essen mit Karin Vogt.", de).names == 0);
  CHECK(blurb_words("The council met in Essen with Karin Vogt on Monday.").names == 4);
}

TEST_CASE("blurb: calls, questions and reported speech are counted per sentence", "[classify][blurb]") {
  BlurbWords w = blurb_words("Abonnieren Sie unseren Newsletter. Heeft u een tip? Síguenos en redes.");
  CHECK(w.sentences == 3);
  CHECK(w.calls == 3);  // a verb before "Sie" / "u", and an imperative carrying its pronoun
  CHECK(w.asks == 1);
  CHECK(w.talking == 3);
  CHECK(blurb_words("The mayor said the road would reopen, according to the council.").report == 2);
  CHECK(blurb_words("Werktags fahren 2.300 Busse: 14 Linien, 3 Depots.").digits == 3);  // 2.300 is one number
  CHECK(blurb_words("Thanks for reading!").prose);
  CHECK_FALSE(blurb_words("Build your first web app with Firebase").prose);
  // ’ inside a word is read as ', the word whole: the reader's bytes leave the text there
  const BlurbWords curly = blurb_words("We\u2019re glad you\u2019re here: we\u2019d love 2.300 tips, l\u2019\u00e9quipe.");
  const BlurbWords plain = blurb_words("We're glad you're here: we'd love 2.300 tips, l'\u00e9quipe.");
  CHECK(curly.words == 9);
  CHECK(curly.words == plain.words);
  CHECK(curly.we == plain.we);
  CHECK(curly.you == plain.you);
  CHECK(curly.we + curly.you >= 3);
}

TEST_CASE("blurb: the site naming itself, or its own headline, speaks of itself", "[classify][blurb]") {
  CHECK(site_name("https://www.daily-horizon.example/2025/06/1/story") == "dailyhorizon");
  CHECK(site_name("https://www.theguardian.co.uk/sport") == "theguardian");
  CHECK(site_name("https://news.bbc.co.uk/sport") == "");  // "bbc": three letters
  CHECK(site_name("https://www.tagesecho24.de/") == "tagesecho24");
  CHECK(site_name("http://localhost:8080/a") == "");      // no public suffix to stand left of
  CHECK(blurb_words("Good morning from the Daily Horizon newsroom.", {.name = "dailyhorizon"}).self == 1);
  CHECK(blurb_words("Read it first on TagesEcho24 today.", {.name = "tagesecho24"}).digits == 0);
  CHECK(blurb_words("Bem-vindo ao Diário da Brisa!", {.name = "diariodabrisa"}).self == 1);  // accents aside
  CHECK(blurb_words("Willkommen bei Straßenfæhre Ötzi!", {.name = "strassenfaehre"}).self == 1);  // ß, æ spelled out
  CHECK(blurb_words("Добро пожаловать: Diário Brisa.", {.name = "diariobrisa"}).self == 1);
  CHECK(blurb_words("Bem-vindo ao Diárío da Brisa!", {.name = "diariodabrisa"}).self == 1);
  CHECK(blurb_words("Bem-vindo ao Diärio da Brisa!", {.name = "diariodabrisa"}).self == 1);
  CHECK(blurb_words("Dziękujemy, że czytasz Głos Łodzi.", {.name = "gloslodzi"}).self == 1);  // Latin Extended-A
  CHECK(blurb_words("Vítejte na webu Žďárský Deník.", {.name = "zdarskydenik"}).self == 1);
  CHECK(blurb_words("The Daily Horizons were late.", {.name = "dailyhorizon"}).self == 0);
  const std::string title = "Ferry Service to the Northern Islands Resumes After Storm Repairs";
  const BlurbWords quoted = blurb_words("Thanks for reading " + title + ". Tell us what you think below.",
                                        blurb_page("", title, false));
  CHECK(quoted.self == 1);
  CHECK(quoted.names == 0);  // the title's capitals name no one
  CHECK(blurb_words(title, blurb_page("", title, false)).self == 0);  // the headline itself is no sign-off
}

TEST_CASE("blurb: the site speaking to its reader, in several languages and registers", "[classify][blurb]") {
  CHECK(blurb("Thanks for stopping by! Follow us for more stories like this one and share them with your friends."));
  CHECK(blurb("Herzlich willkommen auf unserer Seite! Hier findest du täglich neue Geschichten aus aller Welt.",
              {.nouns_capitalised = true}));
  CHECK(blurb("Merci de votre visite ! Abonnez-vous à notre newsletter pour suivre toute notre actualité."));
  CHECK(blurb("Haben Sie Anregungen oder Kritik? Schreiben Sie unserer Redaktion, wir antworten Ihnen gern.",
              {.nouns_capitalised = true}));
  CHECK(blurb("¿Le ha gustado este artículo? Compártalo con sus amigos y síganos en nuestras redes sociales."));
  CHECK(blurb("Grazie per averci letto fin qui! Se ti va, iscriviti alla nostra newsletter settimanale."));
  CHECK(blurb("Gostou do conteúdo? Siga-nos nas redes sociais e partilhe este artigo com os seus amigos."));
  CHECK(blurb("Mis geen enkel verhaal meer: volg ons op Instagram en meld je aan voor onze nieuwsbrief."));
}

TEST_CASE("blurb: events are no blurbs, even an appeal, a thank-you or a newsletter launch", "[classify][blurb]") {
  CHECK_FALSE(blurb("The council voted on Tuesday to build new cycle lanes along the river road."));
  CHECK_FALSE(blurb("We found that 41 of the 120 patients recovered within 14 days, the team said on 3 May 2024."));
  CHECK_FALSE(blurb("Der Stadtrat hat am Mittwoch eine neue Buslinie in den Norden der Stadt beschlossen.",
                    {.nouns_capitalised = true}));
  CHECK_FALSE(blurb("Mayor Ana Ruiz urged residents to stay indoors on Friday and thanked the volunteers who "
                    "filled 3,000 sandbags along the Elm River."));
  CHECK_FALSE(blurb("In a letter to customers, Brightwater said it was sorry for the outage and would refund "
                    "two months of fees to the 18,000 households affected."));
  CHECK_FALSE(blurb("Le Courrier de l'Ouest a lancé mardi une lettre d'information gratuite consacrée à la "
                    "politique locale, a indiqué sa directrice, Claire Morin."));
  CHECK_FALSE(blurb("Gli organizzatori del festival hanno ringraziato i 25.000 visitatori e i volontari, "
                    "ha detto il presidente Luca Ferri."));
  // the site's own name in an event does not make it the site speaking
  CHECK_FALSE(blurb("TrendPulse reported on Monday that the council approved 14 new cycle lanes in 2024.",
                    {.name = "trendpulse"}));
}

TEST_CASE("blurb: a page's greeting and sign-off are marked blurb, its story kept", "[classify][blurb]") {
  const std::string html =
      "<!doctype html><html lang=\"it\"><head><title>Nuova pista ciclabile sul lungomare</title></head><body>"
      "<article><h1>Nuova pista ciclabile sul lungomare</h1>"
      "<p>Benvenuto su Onda Locale! Siamo felici di averti qui: ogni giorno ti raccontiamo la tua città.</p>"
      "<p>Il comune di Rimini ha inaugurato sabato una pista ciclabile di 4 chilometri lungo il lungomare, "
      "costata 2,1 milioni di euro.</p>"
      "<p>Secondo l'assessore Marta Gatti, la pista sarà collegata entro il 2026 alla stazione ferroviaria.</p>"
      "<p>Il sindaco ha invitato i cittadini a usare la bicicletta e ha ringraziato i residenti per la "
      "pazienza durante i lavori.</p>"
      "<p>Grazie per aver letto «Nuova pista ciclabile sul lungomare». Seguici su Instagram per non perderti "
      "le prossime notizie!</p></article></body></html>";
  dom::Tree tree = dom::from_html(html);
  std::vector<blocks::Block> bl = blocks::extract(tree);
  FeatureRows rows;
  Result r = classify_page(tree, bl, "https://www.ondalocale.example/2025/06/3/pista", &rows);
  // the training dump holds the blurb model's inputs, one row per block, as the core judged them
  REQUIRE(rows.blurb.size() == bl.size() * blurb_feature_names().size());
  int blurbs = 0, story_kept = 0;
  const std::size_t judged = blurb_feature_names().size() - 1;
  for (std::size_t i = 0; i < bl.size(); ++i) {
    if (bl[i].text.starts_with("Grazie per aver letto")) CHECK(rows.blurb[i * (judged + 1) + judged] == 1.0);
    const bool is_story = bl[i].text.find("Rimini") != std::string::npos ||
                          bl[i].text.find("Marta Gatti") != std::string::npos ||
                          bl[i].text.find("Il sindaco") != std::string::npos;
    if (is_story) story_kept += r.verdicts[i].label == Label::Content;
    if (bl[i].text.starts_with("Benvenuto") || bl[i].text.starts_with("Grazie per aver letto"))
      blurbs += r.verdicts[i].label == Label::Boilerplate && r.verdicts[i].kind == Kind::Blurb;
  }
  CHECK(blurbs == 2);
  CHECK(story_kept == 3);
}

TEST_CASE("blurb: a word's form tells the call and the site's things where no pronoun stands by it",
          "[classify][blurb]") {
  // Italian enclitics and hyphen-joined pronouns open a call; inside a sentence they do not
  CHECK(blurb_words("Condividilo con gli amici.").calls == 1);
  CHECK(blurb_words("Il bambino condividilo non dice nulla.").calls == 0);
  CHECK(blurb_words("Abonnez-vous à la lettre.").calls == 1);
  CHECK(blurb_words("Siga-nos nas redes.").calls == 1);
  CHECK(blurb_words("Peut-être viendra-t-il demain.").calls == 0);  // no pronoun joined to the opening verb
  // compounds on the site's words, in languages that write them as one word
  CHECK(blurb_words("Lesetipp: der Leserbrief der Woche.", {.nouns_capitalised = true}).page == 2);
  CHECK(blurb_words("Cookiemelding: wijzig je keuze in de privacyverklaring.").page == 2);
  CHECK(blurb_words("Die Lesung im Rathaus war gut besucht.", {.nouns_capitalised = true}).page == 0);
  // a short opening label a colon ends, with a word pointing on
  const BlurbWords also = blurb_words("Lesen Sie auch: Was die Sanierung kostet.", {.nouns_capitalised = true});
  CHECK(also.label);
  CHECK(also.pointer == 1);
  const BlurbWords ruling = blurb_words("The ruling, delivered on Tuesday after a long hearing: no cookies without consent.");
  CHECK_FALSE(ruling.label);  // an opening clause longer than a label
  // a first-person plural verb opening a sentence is the site speaking; a capitalised one inside is a name
  CHECK(blurb_words("Utilizamos cookies propias.").we == 1);
  CHECK(blurb_words("El presidente Ramos llegó ayer.").we == 0);
  // the site's name behind an elided article
  CHECK(blurb_words("Abonnez-vous à L'Écho des Vallées.", {.name = "lechodesvallees"}).self == 1);
  CHECK(blurb_words("La lettre d'Astuces Maison arrive.", {.name = "astucesmaison"}).self == 1);
}

TEST_CASE("blurb: a speaker quoted and reported is an event, whatever else the text says", "[classify][blurb]") {
  const std::string quoted = "\"We thank our readers and our community for their support,\" the editor said on Monday.";
  const BlurbWords w = blurb_words(quoted);
  CHECK(w.quoted == 2);
  CHECK(w.report == 1);
  CHECK_FALSE(is_blurb(w, static_cast<unsigned>(quoted.size())));
  // a sign-off quoting its own headline quotes no speaker
  const std::string title = "Ferry Service Resumes After the Storm Repairs";
  CHECK(blurb_words("Thanks for reading \"" + title + "\" on our site today.", blurb_page("", title, false)).quoted ==
        0);
}

TEST_CASE("blurb: kinds in new wording, and how-to steps, appeals and letters that are no blurbs",
          "[classify][blurb]") {
  CHECK(blurb("Suscríbase a nuestro boletín y reciba cada mañana las noticias de su provincia."));
  CHECK(blurb("Lesen Sie auch: Alle Baustellen der Woche im Überblick in unserer Rubrik Verkehr.",
              {.nouns_capitalised = true}));
  // on a page the newsletter rule takes it first ("iscriviti alla newsletter"); the model alone, without
  // a story to compare with, no longer scores it above its cut since the model read Scandinavian pages
  CHECK(removed_as("it", "Nuova pista ciclabile sul lungomare",
                   {"Il comune di Rimini ha inaugurato sabato una pista ciclabile di 4 chilometri lungo il "
                    "lungomare, costata 2,1 milioni di euro.",
                    "Secondo l'assessore Marta Gatti, la pista sarà collegata entro il 2026 alla stazione "
                    "ferroviaria e ai parcheggi del porto.",
                    "I lavori, durati otto mesi, hanno riguardato anche l'illuminazione e dodici nuove "
                    "rastrelliere per le biciclette vicino alle spiagge libere.",
                    "Nei primi due giorni il contatore all'ingresso nord ha registrato oltre 3.000 passaggi, "
                    "soprattutto di famiglie e turisti diretti verso il centro storico."},
                   "Iscriviti alla newsletter: ogni mattina le notizie del territorio nella tua casella.") ==
        Kind::Subscribe);
  CHECK_FALSE(blurb("Trim the stems, stand them in a jar with two centimetres of water and cover the leaves."));
  CHECK_FALSE(blurb("Las autoridades piden a los vecinos que eviten desplazamientos innecesarios y no crucen "
                    "cauces inundados, informó Protección Civil."));
  CHECK_FALSE(blurb("In einem Schreiben an ihre Kunden begründen die Stadtwerke den Schritt mit gestiegenen "
                    "Kosten für Gas.",
                    {.nouns_capitalised = true}));
}

TEST_CASE("blurb: the page pointing at itself, its notices, its leave-taking and its exclamations",
          "[classify][blurb]") {
  const BlurbPage de{.nouns_capitalised = true};
  // a demonstrative before the site's noun: the site speaks of itself; "this article" is its author
  CHECK(blurb_words("Some links on this page may earn the site a fee.").deixis == 1);
  CHECK(blurb_words("In this article, we explore how the engine works.").deixis == 0);
  CHECK(blurb_words("Diese Website verwendet nur notwendige Cookies.", de).deixis == 1);
  CHECK(blurb_words("Ce site utilise des cookies de mesure d'audience.").deixis == 1);
  CHECK(blurb_words("Deze website gebruikt alleen functionele cookies.").deixis == 1);
  CHECK(blurb_words("This week the council approved the plan.").deixis == 0);  // no noun of the site's
  CHECK(blurb_words("The page was this long.").deixis == 0);                     // the noun before, not after
  // disclaimers and house rules, in several languages
  CHECK(blurb_words("Opinions expressed here do not necessarily reflect the editors' own.").notice == 3);
  CHECK(blurb_words("Alle Angaben ohne Gewähr, keine Rechtsberatung.", de).notice == 2);
  CHECK(blurb_words("Le opinioni dei lettori impegnano solo i loro autori.").notice == 2);
  CHECK(blurb_words("The minister resigned over the scandal.").notice == 0);
  // leave-taking and the next time, where a sign-off names no keyword of the site
  CHECK(blurb_words("Per oggi è tutto. A domani!").soon == 2);
  CHECK(blurb_words("Das war es. Bis bald!", de).soon == 1);
  CHECK(blurb_words("Por hoy es todo. ¡Hasta mañana!").exclaims == 1);
  CHECK(blurb_words("It works! It really works! Does it?").exclaims == 2);
}

TEST_CASE("blurb: disclaimers, house rules and sign-offs without a pronoun are marked; a story's note is not",
          "[classify][blurb]") {
  CHECK(removed_as("en", "The best budget headphones we tested this spring",
                   {"Twelve pairs of wireless headphones between 40 and 90 dollars went through three weeks of "
                    "commuting, gym sessions and office calls.",
                    "The winner lasted 28 hours on one charge with its case and blocked the most noise on the "
                    "underground, although its microphone struggled in wind."},
                   "This article may contain affiliate links. Purchases made through them can earn the site a fee.") ==
        Kind::Blurb);
  CHECK(removed_as("de", "Neue Buslinie in den Norden der Stadt",
                   {"Der Stadtrat hat am Mittwoch eine neue Buslinie beschlossen, die ab August alle zehn Minuten "
                    "vom Hauptbahnhof bis zum Gewerbegebiet Nord fahren soll.",
                    "Die Verkehrsbetriebe rechnen mit 4.000 Fahrgästen am Tag und stellen dafür sechs neue "
                    "Elektrobusse in Dienst."},
                   "Diese Website verwendet ausschließlich technisch notwendige Cookies zur Bereitstellung der Seite.") ==
        Kind::Blurb);
  CHECK_FALSE(blurb("Proposed reforms include better training on ethics, independent oversight for investigations, "
                    "and improved community engagement practices."));
  CHECK_FALSE(blurb("The regulator said the article of the treaty would be reviewed when the talks resume next year."));
}

TEST_CASE("blurb: Danish, Swedish and Norwegian sites speak in their own words", "[classify][blurb]") {
  BlurbWords da = blurb_words("Tilmeld dig vores nyhedsbrev, og følg os på Facebook.");
  CHECK(da.we == 1);    // vores
  CHECK(da.you == 1);   // dig
  CHECK(da.site >= 2);  // nyhedsbrev, Facebook
  CHECK(da.act == 2);   // tilmeld, følg
  BlurbWords sv = blurb_words("Tack för att du läste! Vi ses i morgon på sajten.");
  CHECK(sv.calls == 1);
  CHECK(sv.we == 1);
  CHECK(sv.site == 1);
  CHECK(blurb_words("Glem ikke at tjekke siden i morgen.").calls == 1);
  CHECK(blurb_words("Hun sagde, at Rådet ifølge planen mødes i morgen.").report == 2);
}

TEST_CASE("blurb: Polish sites speak in inflected words", "[classify][blurb]") {
  BlurbWords pl = blurb_words("Zapraszamy do lektury naszego portalu i zapisz się do newslettera.");
  CHECK(pl.we == 1);    // naszego
  CHECK(pl.site == 2);  // portalu, newslettera
  CHECK(pl.act == 3);   // zapraszamy, lektury, zapisz
  CHECK(blurb_words("Pobierz naszą aplikację i włącz powiadomienia.").calls == 1);
  CHECK(blurb_words("Członkostwo kosztuje 15 zł miesięcznie.").price);
  CHECK(blurb_words("Burmistrz powiedziała, że według planu prace ruszą jutro.").report == 2);
}

TEST_CASE("blurb: the site's standing and a membership's price are read as such", "[classify][blurb]") {
  CHECK(blurb_words("The Ledger is owned by its readers and funded by 1,100 members.").standing == 3);
  CHECK(blurb_words("Nyhedsbroen ejes af Broen Medier ApS og modtager ingen mediestøtte.").standing == 2);
  CHECK(blurb_words("Membership costs $4 a month.").price);
  CHECK(blurb_words("Bli abonnent for 99 kroner måneden.").price);
  CHECK(blurb_words("Das Digitalabo kostet 7,99 € im Monat.").price);
  CHECK_FALSE(blurb_words("The scheme will cost £3.1 million.").price);          // no period
  CHECK_FALSE(blurb_words("Prices rose every month last year.").price);          // no sum
}

TEST_CASE("blurb: a short line is judged too: a sign-off, a credit, an affiliate note; a short story line is not",
          "[classify][blurb]") {
  // under six words: not judged at all before the eighth session
  CHECK(blurb("Bis morgen, eure Redaktion!"));
  CHECK(blurb("Additional reporting by Sam Lee."));
  CHECK(blurb("This page contains affiliate links."));
  CHECK(blurb("Save this story for later!"));
  CHECK(blurb("Este artículo contiene enlaces de afiliados."));
  CHECK(blurb("Thanks for reading, see you Friday!"));
  CHECK_FALSE(blurb("The council meets again on Monday."));
  CHECK_FALSE(blurb("Police are still searching for the driver."));
  CHECK_FALSE(blurb("Tickets cost $12 at the door."));
  CHECK_FALSE(blurb("Die Polizei ermittelt weiter."));
}

TEST_CASE("blurb: a rights-reserved line is legal chrome in every language the phrases cover", "[classify][blurb]") {
  const std::vector<std::string> story = {
      "Il consiglio comunale ha approvato martedì la chiusura del ponte di via Roma per otto mesi di lavori.",
      "I tecnici hanno trovato corrosione in due dei sostegni in acciaio durante un controllo a ottobre."};
  for (const char* line : {"Tutti i diritti riservati.", "© Riproduzione riservata", "Todos os direitos reservados.",
                           "Alle rechten voorbehouden.", "Wszelkie prawa zastrzeżone."})
    CHECK(removed_as("it", "Chiude il ponte di via Roma", story, line) == Kind::Legal);
}
