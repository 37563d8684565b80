// Stopword tables (text/stopwords.h): the most frequent function words of each supported
// language, the evidence for language detection and for stopword density (prose is full of
// them; menus, titles and link lists are not). Han and kana languages list single characters,
// because the tokenizer cuts those scripts one character per token.
#include "text/stopwords.h"

#include "common/fold.h"

namespace winnow::text {

const std::vector<StopwordList>& stopword_lists() {
  static const std::vector<StopwordList> lists = {
      {"en", "a about after all also an and any are as at be because been but by can could did do does "
             "for from had has have he her his how i if in into is it its just like more most my no "
             "not of on one only or other our out over she so some such than that the their them then "
             "there these they this those to up very was we were what when where which while who will "
             "with would you your"},
      {"de", "aber als am an auch auf aus bei bin bis da damit dann das dass dem den denn der des die "
             "dies diese diesem diesen dieser doch dort du durch ein eine einem einen einer eines er es "
             "für hat hatte hier ich ihr im in ist ja jedoch kann kein keine mit muss nach nicht noch "
             "nur ob oder ohne sehr sein seine sich sie sind so soll über um und uns unter vom von vor "
             "war waren was weil wenn werden wie wir wird wurde wurden zu zum zur zwischen"},
      {"fr", "à au aux avec ce ces cette comme dans de des du elle en est et être il ils je la le les "
             "leur lui mais même ne nous on ont ou où par pas plus pour qu que qui sa sans se ses son "
             "sont sur un une vous été était aussi bien cela leurs entre fait tout tous très y"},
      {"es", "a al algo como con cuando de del desde donde el ella ellos en entre era es esa ese eso "
             "esta este esto fue ha hay la las le les lo los más me mi muy no nos o para pero por que "
             "qué se ser si sin sobre son su sus también te tiene todo un una uno unos y ya está han"},
      {"it", "a al alla alle anche che chi ci come con da dal dalla degli dei del della delle di e è "
             "gli ha hanno il in la le lo loro ma mi ne nel nella non o per più quando questo questa "
             "se si sia sono su sua suo tra un una uno essere stato sulla ancora"},
      {"pt", "a ao aos as até com como da das de do dos e é ela ele eles em entre era essa esse está "
             "foi há isso já mais mas me muito na nas não no nos o os ou para pela pelo por que se "
             "sem ser seu sua são também tem um uma você à são"},
      {"nl", "aan al als bij dan dat de die dit door een en er had heeft het hij hoe ik in is je kan "
             "maar met meer naar niet nog nu of om ons ook op over te tot uit van veel voor was wat "
             "we werd wordt zal ze zich zijn zo"},
      {"ru", "а без бы был была были было в вам вас весь во вот все всё вы где да даже для до его ее "
             "её если есть еще ещё же за и из или им их к как когда кто ли мне может мы на над не нет "
             "ни но о об однако он она они оно от по под при с со так также там те то того тоже только "
             "том ты у уже хотя что чтобы эти это этот я"},
      {"pl", "a aby ale bo być był była było były co czy dla do gdy go i ich ile im jak jako jego jej "
             "jest jeszcze już każdy kiedy które który która ma może mu na nad nie nich nim o od oraz "
             "po pod przez przy się są ta tak także te tego tej tym to tu w we więc właśnie z za że "
             "żeby"},
      {"zh", "的 了 是 在 和 有 我 他 这 不 人 们 中 来 上 个 国 为 也 说 就 到 要 以 会 着 对 与 之 而 被 于 "
             "其 从 地 得 都 将 后 她 你 年 等 还 及 或 但 所 此"},
      {"ja", "の に は を た が で て と し れ さ も な か だ へ や ず せ ば い る う く こ そ あ ま す っ ょ ら り"},
      // the Scandinavian three share most function words; the forms they spell apart decide
      // ("af" / "av", "ikke" / "inte", "mig" / "meg", "at" / "att" / "å"). Left out: words English
      // pages are full of where English's list cannot answer them ("men", "man", "under", "mine",
      // "bare"), or a shop's "Men's Shoes" outvotes its declared English
      {"da", "af alle alt andre at blev bliver da de dem den denne der deres det dette dig din disse du "
             "efter eller en end er et for fra ham han hans har havde hende hendes her hos hun hvad hvis "
             "hvor hvordan i ikke ind jeg jer kan kunne mange med meget mere mig min mod ned "
             "noget nogle nu når og også om op os over på sig sin sine sit skal skulle som så sådan til ud "
             "var ved vi vil ville vores være været"},
      {"sv", "alla allt andra att av blev bli blir de dem den denna deras dess det detta dig din dina ditt "
             "du där efter eller en ett från för ha hade han hans har henne hennes hon honom hur här i "
             "ingen inte jag kan kunde med mellan mer mig min mina mitt mot mycket ni nu när någon "
             "något några och om oss på sedan sig sin sina själv skulle som så sådan till upp ut "
             "utan vad var vara varit vi vid vilka vilken vill vår våra än är också över"},
      // Bokmål, with the commonest Nynorsk forms ("ikkje", "eg", "frå"): language_index maps no and nn here
      {"nb", "alle andre at av ble blir bli da de dem den denne der deres det dette deg din disse du "
             "eller en enn er et etter for fra før har hadde han hans henne hennes hun hva hvis hvor "
             "hvordan i ikke inn jeg kan kunne mange med meg mer min mot mye må ned noe noen nå "
             "når og også om opp oss over på seg selv sin sitt skal skulle som så til ut var ved vi "
             "vil ville vår våre være vært å ikkje eg dei frå kva korleis"},
  };
  return lists;
}

int language_index(std::string_view code) {
  std::size_t dash = code.find_first_of("-_");
  std::string primary = fold(code.substr(0, dash));
  if (primary == "no" || primary == "nn") primary = "nb";  // Norwegian, and Nynorsk read by its Bokmål list
  const auto& lists = stopword_lists();
  for (std::size_t i = 0; i < lists.size(); ++i)
    if (primary == lists[i].lang) return static_cast<int>(i);
  return -1;
}

}  // namespace winnow::text
