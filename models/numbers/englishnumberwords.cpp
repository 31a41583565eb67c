#include "numbers/englishnumberwords.h"

#include <unordered_map>

#include <algorithm>
#include <cstring>

namespace {

using W = EnglishNumberWords;

// The number words in groups whose values step from the first: kind, first value, step, words.
// clang-format off
const struct
{
    W::Kind kind;
    double first, step;
    const char *words;
} kGroups[] = {
    {W::Unit, 0, 1, "zero one two three four five six seven eight nine"},
    {W::Unit, 10, 1, "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"},
    {W::Tens, 20, 10, "twenty thirty forty fifty sixty seventy eighty ninety"},
    {W::Ordinal, 1, 1, "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"},
    {W::Ordinal, 20, 10, "twentieth thirtieth"}, {W::Ordinal, 100, 0, "hundredth"},
    {W::Hundred, 100, 0, "hundred"}, {W::Scale, 1e3, 0, "thousand"}, {W::Scale, 1e6, 0, "million"},
    {W::Scale, 1e9, 0, "billion"}, {W::Scale, 1e12, 0, "trillion"}, {W::Dozen, 12, 0, "dozen"},
    {W::Half, 2, 0, "half halves"}, {W::Quarter, 4, 0, "quarter quarters"},
    {W::Denominator, 3, 1, "thirds fourths fifths sixths sevenths eighths ninths tenths"},
    {W::Denominator, 100, 0, "hundredths"}, {W::Multiple, 2, 0, "twice double doubled twofold"},
    {W::Multiple, 3, 0, "triple tripled treble trebled threefold"}, {W::Multiple, 4, 0, "quadrupled fourfold"},
    {W::Multiple, 5, 1, "fivefold sixfold sevenfold eightfold ninefold tenfold"},
    {W::Multiple, 20, 10, "twentyfold thirtyfold fortyfold fiftyfold"}, {W::Multiple, 100, 0, "hundredfold"},
    {W::Multiple, 5, 0, "quintupled"}, {W::Plural, 10, 0, "tens"}, {W::Plural, 12, 0, "dozens"},
    {W::Plural, 100, 0, "hundreds"}, {W::Plural, 1e3, 0, "thousands"}, {W::Plural, 1e6, 0, "millions"}};
// clang-format on

const char *const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

// The word lists are single strings searched for " word " (" word=" for measures), which is quick
// enough for the one or two words after each figure and keeps each list readable in one place.
const char kNotUnits[] =
    " a an the of to in on at by for from with and or but than as is are was were be been being has have had "
    "will "
    "would shall should can could may might must do does did this that these those which who whom whose it "
    "its "
    "their his her our they we he she per each every more less most least over under about around nearly "
    "almost "
    "only also just then there here where when while if so such not no nor yet percent times fold yuan "
    "compared "
    "respectively including ahead before after since during until within without between among into through "
    "across along against toward towards above below up down out off again once both either all any some few "
    "many much several other another same own via last next ";
const char kAdjectives[] =
    " new old large small big major main additional different various advanced newly key "
    "basic total whole entire local existing original indian soviet american british japanese ";
const char kMeasures[] = " jin=jin jins=jin catty=jin catties=jin dan=dan picul=dan piculs=dan mu=mu ton=ton "
                         "tons=ton tonne=ton tonnes=ton kilogram=kg kilograms=kg kg=kg kilometer=km "
                         "kilometers=km kilometre=km kilometres=km km=km li=li chi=chi zhang=zhang meter=m "
                         "meters=m metre=m metres=m hectare=hectare hectares=hectare qing=qing "
                         "pound=pound pounds=pound shi=shi degree=degree degrees=degree cartload=cartload "
                         "cartloads=cartload kilowatt=kw kilowatts=kw liang=liang taels=liang ";
const char16_t kChineseMeasures[] = u"斤担亩吨";
const char *const kChineseUnits[] = {"jin", "dan", "mu", "ton"};
// Each entry ends in its sense: > more, < less, ~ about.
const char kPrefixes[] =
    "no less than> not less than> no more than< not more than< in excess of> more than> "
    "less than< fewer than< at least> up to< close to< upwards of> over> nearly< almost< "
    "about~ around~ approximately~ roughly~ some~ under< above> below< exceeding> exceeded> exceeds> "
    "surpassed> surpassing> approached< approaching< approaches<";

// The words of a list (" word " or " word=value ") as a hash from word to what follows its
// delimiter: built once, so that the one or two words after each figure cost a hash lookup each, not a
// search through the whole list.
using WordMap = std::unordered_map<std::string_view, std::string_view>;
WordMap wordMap(const char *list)
{
    WordMap m;
    const std::string_view all(list);
    for (size_t pos = 0; pos < all.size();) {
        const size_t from = all.find_first_not_of(' ', pos);
        if (from == std::string_view::npos)
            break;
        const size_t to = std::min(all.find_first_of(" =", from), all.size());
        std::string_view value;
        if (to < all.size() && all[to] == '=') {
            const size_t valueEnd = std::min(all.find(' ', to), all.size());
            value = all.substr(to + 1, valueEnd - to - 1);
            pos = valueEnd;
        } else {
            pos = to;
        }
        m.emplace(all.substr(from, to - from), value);
    }
    return m;
}

} // namespace

// Number words by first letter and length, so that most words of running text are rejected after
// one bucket lookup and a compare or two.
const EnglishNumberWords::Word *EnglishNumberWords::lookup(const char16_t *s, int p, int end)
{
    static const auto buckets = [] {
        std::array<std::array<std::vector<Word>, 12>, 26> b;
        for (const auto &g : kGroups) {
            double value = g.first;
            for (const char *w = g.words; *w; value += g.step) {
                const size_t len = strcspn(w, " ");
                b[*w - 'a'][len].push_back({std::string(w, len), g.kind, value});
                w += len + (w[len] ? 1 : 0);
            }
        }
        return b;
    }();
    // The last letters of the words of each bucket: "the", "that", "some" end in none of them, so
    // most words of running text are rejected without a compare.
    static const auto lastLetters = [] {
        std::array<std::array<quint32, 12>, 26> m{};
        for (size_t first = 0; first < 26; ++first) {
            for (size_t len = 0; len < 12; ++len) {
                for (const Word &w : buckets[first][len])
                    m[first][len] |= quint32(1) << (w.text.back() - 'a');
            }
        }
        return m;
    }();
    const int len = end - p;
    if (len < 3 || len >= 12)
        return nullptr;
    const int first = (s[p] | 0x20) - 'a';
    const int last = (s[end - 1] | 0x20) - 'a';
    if (first < 0 || first >= 26 || last < 0 || last >= 26 ||
        !(lastLetters[size_t(first)][size_t(len)] >> last & 1))
        return nullptr;
    for (const Word &w : buckets[size_t(first)][size_t(len)])
        if (std::equal(s + p + 1, s + end, w.text.begin() + 1,
                       [](char16_t c, char x) { return (c | 0x20) == x; }))
            return &w;
    return nullptr;
}

std::array<bool, 128> EnglishNumberWords::initials()
{
    std::array<bool, 128> a{};
    for (const auto &g : kGroups)
        for (const char *w = g.words; *w; w += strcspn(w, " "), w += *w ? 1 : 0)
            a[uchar(*w)] = a[uchar(*w - 'a' + 'A')] = true;
    return a;
}

int EnglishNumberWords::month(const char16_t *word, int length, bool dotted)
{
    for (int m = 0; m < 12; ++m) {
        const int len = int(strlen(kMonths[m]));
        const bool abbreviated = dotted && (length == 3 || (m == 8 && length == 4));
        if ((length == len || abbreviated) && length <= len && std::equal(word, word + length, kMonths[m]))
            return m + 1;
    }
    return 0;
}

const std::vector<EnglishNumberWords::Prefix> &EnglishNumberWords::prefixes()
{
    static const auto prefixes = [] {
        std::vector<Prefix> list;
        for (const char *entry = kPrefixes; *entry;) {
            const size_t len = strcspn(entry, "<>~");
            const char sense = entry[len];
            list.push_back({std::string(entry, len), sense == '>'   ? Quantity::Approx::More
                                                     : sense == '<' ? Quantity::Approx::Less
                                                                    : Quantity::Approx::About});
            entry += len + (entry[len + 1] ? 2 : 1);
        }
        return list;
    }();
    return prefixes;
}

EnglishNumberWords::After EnglishNumberWords::after(std::string_view word)
{
    // One hash of the three lists: the word after each figure costs one lookup, not three.
    static const std::unordered_map<std::string_view, After> words = [] {
        std::unordered_map<std::string_view, After> m;
        for (const auto &[w, value] : wordMap(kMeasures))
            m[w].measure = QLatin1String(value.data(), int(value.size()));
        for (const auto &entry : wordMap(kNotUnits))
            m[entry.first].notUnit = true;
        for (const auto &entry : wordMap(kAdjectives))
            m[entry.first].adjective = true;
        return m;
    }();
    const auto it = words.find(word);
    return it == words.end() ? After{} : it->second;
}

QLatin1String EnglishNumberWords::chineseMeasure(char16_t c)
{
    const char16_t *k = std::char_traits<char16_t>::find(kChineseMeasures, 4, c);
    return k ? QLatin1String(kChineseUnits[k - kChineseMeasures]) : QLatin1String();
}
