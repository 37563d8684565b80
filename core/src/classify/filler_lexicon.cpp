// The word tables of the filler judgement, one block per language, and their compilation into
// hashed lookups (filler_lexicon.h). Entries are lower case; a trailing '*' makes a word a
// stem (any word starting with it). A stock phrase is padding that fits any story of its kind;
// a vague word is abstract evaluation or a hedge. Neither alone makes a paragraph filler: a
// paragraph with a new name, number or quotation never is (filler.cpp).
#include "classify/filler_lexicon.h"

#include <algorithm>
#include <mutex>

namespace winnow::classify::filler_detail {
namespace {

struct Tables {
  std::string_view lang;
  std::string_view stop;     // space-separated words
  std::string_view phrases;  // '|'-separated phrases
  std::string_view vague;    // space-separated words or stems
  std::string_view sources;  // '|'-separated attributions: a paragraph giving words to a source reports
};

constexpr Tables kTables[] = {
    {"en",
     "a about above after again against all also am an and any are as at be because been before "
     "being between both but by can could did do does doing down during each even ever every few "
     "for from further had has have having he her here hers him his how i if in into is it its "
     "itself just like many more most much must my no nor not now of off often on once one only "
     "or other our out over own same she should since so some still such than that the their "
     "them then there these they this those though through to too under until up upon very was "
     "we were what when where whether which while who whom whose why will with within without "
     "would yet you your",
     "raises serious questions|raised serious questions|raising serious questions|"
     "raises serious concerns|raised serious concerns|raises questions|raise questions|"
     "speaks volumes|only time will tell|time will tell|remains to be seen|growing louder|"
     "far-reaching consequences|far-reaching|stark reminder|serves as a reminder|"
     "cannot be overstated|can't be overstated|should not be underestimated|"
     "plays a crucial role|plays a vital role|play a crucial role|play a vital role|"
     "in today's|in an era|in an increasingly|underscores the|underscore the|"
     "highlights the importance|highlights the need|highlight the importance|the coming weeks|"
     "the coming months|the coming days|weeks and months|days and weeks|one thing is clear|"
     "one thing is certain|isolated incident|broader issues|wider issues|broader sense|"
     "firestorm|all too common|all too familiar|behind every|stay informed|staying informed|"
     "the road ahead|the implications of|more than ever|a genuine commitment|"
     "stronger commitment|transparency and accountability|accountability and transparency|"
     "restore public trust|regain public trust|sparked a debate|sparked debate|"
     "sparked outrage|sparked a wave|needless to say|at the end of the day|in conclusion|"
     "in summary|to sum up|the stakes are high|wake-up call|the bigger picture|looking ahead|"
     "what happens next|we will continue to update|more information becomes|"
     "no organisation is immune|no one is immune|the pressure is on|mounting pressure|"
     "pressure is mounting|in many different ways|is not just|voices are not|whether trust|"
     "trust can be",
     "crucial vital essential significant* importan* broad* wider concern* challeng* "
     "implication* impact* transparen* accountab* trust communit* situation frustrat* "
     "uncertain* debate profound* meaningful genuine* robust comprehensive effective* various "
     "numerous stakeholder* ongoing underscor* highlight* emphasi* undermin* erod* foster* "
     "ensur* prioriti* commitment integrity culture systemic landscape navigat* consequen* "
     "repercussion* dialogue well-being resilien* vulnerab* reform* issues factors aspect* "
     "overall ultimately undoubtedly certainly clearly arguably perhaps potential* likely "
     "might may anxiety sadly deeply growing urgent* critical crisis confidence reassur* "
     "priorit* emotional toll unease pressure* approach solutions respect* perception "
     "understanding important necessary",
     "according to|said|says|told|stated|stating|announced|confirmed|reported|reportedly|"
     "claimed|claims|alleged|alleges|revealed|wrote|testified|admitted|denied|insisted|"
     "acknowledged|warned|added|explained|in a statement|a spokesman|a spokeswoman|"
     "a spokesperson"},
    {"de",
     "aber als am an auch auf aus bei bin bis da damit dann das dass dem den denn der des die "
     "dies diese diesem diesen dieser doch dort du durch ein eine einem einen einer eines er es "
     "für hat hatte hier ich ihr im in ist ja jedoch kann kein keine mit muss nach nicht noch "
     "nur ob oder ohne sehr sein seine sich sie sind so soll über um und uns unter vom von vor "
     "war waren was weil wenn werden wie wir wird wurde wurden zu zum zur zwischen ihre ihren "
     "ihrem ihrer sowie bereits schon immer nun wieder einmal man mehr viel viele vielen alle",
     "wirft ernste fragen|wirft zahlreiche fragen|wirft fragen|wirft viele fragen|"
     "bleibt abzuwarten|wird sich zeigen|werden zeigen|wird zeigen|eines ist klar|"
     "eines ist sicher|eines steht fest|eines steht jedoch fest|klar ist|"
     "von entscheidender bedeutung|von großer bedeutung|einmal mehr|mehr denn je|"
     "hohe wellen|ein schlaglicht|der teufel|liegt nun an|es ist wichtig|ist wichtig|"
     "nicht in sicht|auf dem laufenden|in den kommenden|die kommenden tage|"
     "die kommenden wochen|die kommenden monate|auch in zukunft|nach wie vor|"
     "große herausforderungen|großen herausforderungen|vielfältig und komplex|sind vielfältig|"
     "gleichermaßen|verdeutlicht|ernst genommen|weit mehr als|ein echtes problem|"
     "das letzte wort|für diskussionen|für aufregung|große verunsicherung|"
     "stellt sich nun die frage|stellt sich die frage|nicht leichtfertig|ein hohes gut|"
     "tragfähige lösungen|verantwortung gerecht|fronten|verhärtet|zeichen für|an bedeutung|"
     "viele beobachter|viele experten|experten sehen|wie es weitergeht|zunächst nachvollziehbar|"
     "wie so oft|umfassend informiert|die sorgen|die unsicherheit ist groß|"
     "zahlreiche haushalte|in diesem zusammenhang|fest steht|im ganzen land|"
     "jeden euro zweimal|ein grundbedürfnis",
     "wichtig* entscheidend* bedeutung herausforderung* folgen auswirkung* sorge* unsicherheit "
     "verunsicherung vertrauen verantwortung* zukunft debatte diskussion* situation lage "
     "problem* vielfältig* komplex* tiefgreifend* zahlreich* menschen gesellschaft "
     "verständlich* grundsätzlich* deutlich* letztlich sicherlich vermutlich möglicherweise "
     "könnte* dürfte* betroffen* spürbar* emotional* frage* belastung* druck zunehmend* "
     "schwierig* entwicklung* lösung* beteiligt* geduld hintergr* gründe strukturell* "
     "herausfordernd* umstritten* kritiker befürworter vorteile nachteile klarheit",
     "sagte|sagt|sagten|erklärte|erklärt|teilte|mitteilte|zufolge|nach angaben|laut|berichtete|"
     "berichtet|bestätigte|kündigte|räumte|betonte|warnte|schrieb|hieß es|ein sprecher|"
     "eine sprecherin|in einer mitteilung"},
    {"fr",
     "à au aux avec ce ces cette comme dans de des du elle en est et être il ils je la le les "
     "leur lui mais même ne nous on ont ou où par pas plus pour qu que qui sa sans se ses son "
     "sont sur un une vous été était aussi bien cela leurs entre fait tout tous très y ainsi "
     "alors car donc encore déjà dont elles sera seront peut peuvent ont avait avaient cet",
     "soulève de nombreuses questions|soulève de sérieuses questions|soulève des questions|"
     "suscite une vive inquiétude|une vive inquiétude|une chose est sûre|"
     "une chose est certaine|l'avenir nous le dira|l'avenir le dira|seul l'avenir|"
     "reste à savoir|il est essentiel|il est indispensable|il est important|il est crucial|"
     "il est primordial|plus que jamais|une fois de plus|une fois encore|"
     "ne laisse personne indifférent|fait grand bruit|met en lumière|mettent en lumière|"
     "en résumé|en conclusion|en somme|pour conclure|dans ce contexte|il faut dire|"
     "il n'est pas surprenant|ne se sont pas fait attendre|toute la lumière|au cœur de|"
     "de l'ampleur|difficile de prédire|à ce stade|des traces durables|laisser des traces|"
     "dans les jours à venir|dans les semaines à venir|les jours à venir|véritable source|"
     "source de stress|ses responsabilités|la clé|terrain d'entente|mieux vaut|"
     "personne n'est à l'abri|n'est à l'abri|d'autant plus|en premier lieu|rappelle|illustre|"
     "soulève|suscite|de nombreuses familles|de nombreux français|les tensions|"
     "le dialogue|de plus en plus|réclament des explications|se disent choqués|"
     "la confiance|les conséquences|pourraient être considérables|se faire sentir|"
     "fasse preuve|dans ce type|ce type d'événement|risque de se multiplier|"
     "bien se renseigner|rester prudent|en attendant",
     "essentiel* important* crucial* indispensable* inquiétude* préoccup* conséquence* enjeu* "
     "défi* situation contexte confiance transparence tension* débat questions problème* "
     "nombreu* véritable* profond* durable* avenir citoyens climat pourrait pourraient "
     "probablement vigilance solidarité responsabilit* dialogue difficile* considérable* "
     "exemplarité polémique réactions explications impact* fragiles",
     "a déclaré|ont déclaré|déclare|selon|a indiqué|indique|a annoncé|annonce|affirme|"
     "a affirmé|a confirmé|confirme|a expliqué|explique|d'après|rapporte|a précisé|précise|"
     "a assuré|a estimé|a dénoncé|a reconnu|dans un communiqué|un porte-parole"},
};

void add_words(std::string_view list, FlatSet& whole, FlatSet* stems, std::vector<std::uint8_t>* lengths) {
  std::size_t i = 0;
  while (i < list.size()) {
    std::size_t j = list.find(' ', i);
    if (j == std::string_view::npos) j = list.size();
    std::string_view w = list.substr(i, j - i);
    if (!w.empty() && w.back() == '*' && stems) {
      w.remove_suffix(1);
      stems->insert(word_hash(w));
      lengths->push_back(static_cast<std::uint8_t>(w.size()));
    } else if (!w.empty()) {
      whole.insert(word_hash(w));
    }
    i = j + 1;
  }
}

void add_phrases(std::string_view list, Lexicon& lx, bool attribution) {
  std::size_t i = 0;
  while (i < list.size()) {
    std::size_t j = list.find('|', i);
    if (j == std::string_view::npos) j = list.size();
    Phrase p;
    p.text = list.substr(i, j - i);
    p.attribution = attribution;
    std::size_t k = 0;
    while (k < p.text.size()) {
      std::size_t e = p.text.find(' ', k);
      if (e == std::string_view::npos) e = p.text.size();
      PhraseWord w{p.text.substr(k, e - k), false};
      if (!w.text.empty() && w.text.back() == '*') {
        w.text.remove_suffix(1);
        w.prefix = true;
      }
      p.words.push_back(w);
      k = e + 1;
    }
    lx.first[word_hash(p.words.front().text)].push_back(static_cast<int>(lx.phrases.size()));
    lx.starts.insert(word_hash(p.words.front().text));
    lx.phrases.push_back(std::move(p));
    i = j + 1;
  }
}

Lexicon compile(const Tables& t) {
  Lexicon lx;
  add_words(t.stop, lx.stop, nullptr, nullptr);
  add_phrases(t.phrases, lx, false);
  add_phrases(t.sources, lx, true);
  add_words(t.vague, lx.vague, &lx.vague_prefix, &lx.prefix_lengths);
  std::sort(lx.prefix_lengths.begin(), lx.prefix_lengths.end());
  lx.prefix_lengths.erase(std::unique(lx.prefix_lengths.begin(), lx.prefix_lengths.end()),
                          lx.prefix_lengths.end());
  return lx;
}

}  // namespace

const Lexicon* lexicon_for(std::string_view lang) {
  static std::once_flag once;
  static std::vector<Lexicon> compiled;
  std::call_once(once, [] {
    for (const auto& t : kTables) compiled.push_back(compile(t));
  });
  std::string_view base = lang.substr(0, std::min<std::size_t>(lang.find('-'), lang.size()));
  for (std::size_t i = 0; i < std::size(kTables); ++i)
    if (kTables[i].lang == base) return &compiled[i];
  return nullptr;
}

}  // namespace winnow::classify::filler_detail
