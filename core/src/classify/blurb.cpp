// Blurb word classes and the blurb test (blurb.h). The word lists are function words and the
// vocabulary of a site addressing its readers, per language; none is a sentence of a page.
#include "classify/blurb.h"

#include <string>
#include <unordered_map>

#include "classify/settings.h"
#include "winnow/url.h"

namespace winnow::classify {
namespace {

enum Cls : unsigned char { kWe = 1, kYou = 2, kSite = 4, kAct = 8 };

struct WordList {
  Cls cls;
  const char* words;  // space separated, folded
};

constexpr WordList kLists[] = {
    // first person plural
    {kWe, "we our ours us we're we've we'll ourselves "
          "wir unser unsere unseren unserem unserer unseres uns "
          "nous notre nos nôtre "
          "nosotros nosotras nuestro nuestra nuestros nuestras "
          "noi nostro nostra nostri nostre "
          "nós nosso nossa nossos nossas "
          "wij ons onze "
          "мы наш наша наше наши нас нам нашего нашей нашим "
          "nasz nasza nasze naszych naszym naszej nam"},
    // the reader addressed
    {kYou, "you your yours you're you've you'll yourself "
           "du dich dir dein deine deinen deinem deiner euch euer eure "
           "vous votre vos tu ton ta tes toi "
           "usted ustedes tú tu tus te contigo "
           "voi vostro vostra vostri vostre tuo tua tuoi ti "
           "você vocês teu tua "
           "jij jou jouw je u uw "
           "вы вас вам ваш ваша ваше ваши вашего вашей ты тебя тебе "
           "ty ciebie ci twój twoja twoje wasz wasza państwo"},
    // the site and its parts
    {kSite, "website site blog platform portal newsletter community readers reader team inbox channel "
            "podcast subscribers homepage "
            "webseite seite nachrichtenportal portal leser leserinnen redaktion "
            "plateforme lecteurs lectrices équipe communauté rédaction "
            "sitio web plataforma lectores equipo boletín comunidad "
            "sito piattaforma lettori squadra redazione comunità "
            "plataforma leitores equipe comunidade "
            "lezers redactie nieuwsbrief "
            "сайт портал блог читатели читателей команда редакция рассылка канал "
            "strona portal czytelnicy czytelników redakcja zespół"},
    // greeting, thanks, invitations and calls to follow
    {kAct, "welcome thanks thank hello hey hi greetings follow subscribe join bookmark share visit explore "
           "discover contact enjoyed enjoy appreciate support tuned "
           "danke vielen willkommen hallo folgen folgt folge abonnieren abonniere abonniert teilen teile "
           "besuchen besuche entdecken entdecke kontakt schreib schreiben unterstützen "
           "merci bienvenue bonjour suivez suivre abonnez abonner rejoignez rejoindre partagez partager "
           "découvrez contactez restez "
           "gracias bienvenido bienvenidos bienvenida hola síguenos sigue suscríbete suscribirse únete "
           "comparte compartir visita descubre contáctanos "
           "grazie benvenuto benvenuti benvenuta ciao seguici segui iscriviti unisciti condividi "
           "scopri contattaci "
           "obrigado obrigada olá siga inscreva junte compartilhe visite descubra "
           "bedankt dank welkom volg volgen abonneer deel bezoek ontdek "
           "спасибо благодарим пожаловать подписывайтесь подпишитесь присоединяйтесь следите "
           "делитесь поделитесь "
           "dziękujemy dziękuję dzięki witamy witaj obserwuj subskrybuj dołącz udostępnij odwiedź"},
};

const std::unordered_map<std::string_view, unsigned char>& lexicon() {
  static const auto* map = [] {
    auto* m = new std::unordered_map<std::string_view, unsigned char>();
    for (const auto& l : kLists) {
      std::string_view s = l.words;
      while (!s.empty()) {
        std::size_t sp = s.find(' ');
        std::string_view w = s.substr(0, sp);
        if (!w.empty()) (*m)[w] |= l.cls;
        if (sp == std::string_view::npos) break;
        s.remove_prefix(sp + 1);
      }
    }
    return m;
  }();
  return *map;
}

// Bytes that end a word: ASCII that is neither a letter, a digit nor an apostrophe, and the
// typographic apostrophe and quotes (E2 80 98..9D) which are read as ASCII ' / nothing.
bool ascii_separator(unsigned char c) {
  return c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'');
}

// Second-level labels under a country code ("co.uk", "com.au"): the name is the label before.
bool generic_second_level(std::string_view label) {
  for (std::string_view g : {"co", "com", "org", "net", "gov", "ac", "edu"})
    if (label == g) return true;
  return false;
}

// Follows one, two or three adjacent words spelling the site's name ("daily" "horizon"), with
// no copy of the words that do not.
struct NameSpelling {
  std::string_view name;
  std::size_t named = 0, pieces = 0;  // how much of `name` the last words spelled, in how many

  bool ends_with(std::string_view word) {
    if (name.empty()) return false;
    if (pieces > 0 && pieces < 3 && name.substr(named).starts_with(word)) {
      named += word.size();
      ++pieces;
    } else if (name.starts_with(word)) {
      named = word.size();
      pieces = 1;
    } else {
      named = pieces = 0;
    }
    if (named < name.size()) return false;
    named = pieces = 0;
    return true;
  }
};

}  // namespace

std::string site_name(std::string_view url) {
  std::string host = site_of(url);
  std::size_t end = host.rfind('.');
  if (end == std::string::npos) return {};
  std::size_t start = host.rfind('.', end - 1);
  start = start == std::string::npos ? 0 : start + 1;
  if (start > 0 && generic_second_level(std::string_view(host).substr(start, end - start))) {
    end = start - 1;
    start = host.rfind('.', end - 1);
    start = start == std::string::npos ? 0 : start + 1;
  }
  std::string name;
  for (char c : std::string_view(host).substr(start, end - start))
    if (c != '-') name += c;
  return name.size() >= settings::kSiteNameMinChars ? name : std::string();
}

BlurbWords blurb_words(std::string_view folded, std::string_view name) {
  BlurbWords w;
  const auto& lex = lexicon();
  std::string word;
  NameSpelling spelling{name};
  bool digit = false;
  auto flush = [&] {
    if (word.empty()) return;
    ++w.words;
    if (digit) ++w.digits;
    if (spelling.ends_with(word)) ++w.self;
    auto it = lex.find(word);
    if (it != lex.end()) {
      w.we += (it->second & kWe) != 0;
      w.you += (it->second & kYou) != 0;
      w.site += (it->second & kSite) != 0;
      w.act += (it->second & kAct) != 0;
    }
    word.clear();
    digit = false;
  };
  for (std::size_t i = 0; i < folded.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(folded[i]);
    if (c == 0xE2 && i + 2 < folded.size() && static_cast<unsigned char>(folded[i + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(folded[i + 2]);
      if (d == 0x99) {  // ’ inside a word ("we’re")
        word += '\'';
        i += 2;
        continue;
      }
      flush();
      i += 2;
      continue;
    }
    if (c == 0xC2 && i + 1 < folded.size() && static_cast<unsigned char>(folded[i + 1]) >= 0xA0 &&
        static_cast<unsigned char>(folded[i + 1]) <= 0xBF) {  // no-break space, ¡ « » ¿ and kin
      flush();
      ++i;
      continue;
    }
    if (ascii_separator(c)) {
      flush();
      continue;
    }
    if (c >= '0' && c <= '9') digit = true;
    word += static_cast<char>(c);
  }
  flush();
  return w;
}

bool is_blurb(const BlurbWords& w, unsigned chars) {
  namespace S = settings;
  if (chars < S::kBlurbMinChars || chars > S::kBlurbMaxChars || w.words < S::kBlurbMinWords) return false;
  // the site speaks as "we", to "you", or under its own name; and about itself or an act to it
  const bool speaker = w.we + w.you >= S::kBlurbMinPersonWords || w.self > 0;
  const bool about_site = w.site + w.act >= S::kBlurbMinSiteWords;
  return speaker && about_site && w.share() >= S::kBlurbMinShare &&
         w.digits * S::kBlurbMaxDigitsPer <= w.words;
}

}  // namespace winnow::classify
